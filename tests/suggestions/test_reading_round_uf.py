"""Readings first met in round uf of news the reader had not seen (bench/reading_unseen):
privacy commissioners' findings told in a headline's plural or by "faults", a regulator's
report of what a body should stop, and a group's findings released one sentence before its
call on a body named with its initials."""

from .reading_helpers import feed, iso, plain, read


def test_commissioners_who_find_a_company_broke_the_law_enforce():
    proposals = read(
        feed(
            "Privacy commissioners find Clearview AI broke Canadian law by scraping faces",
            "The federal commissioner and his counterparts said on Wednesday that the company "
            "carried out mass surveillance of Canadians.",
            published="2021-02-03",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2021-02-03")]


def test_a_commissioner_who_faults_a_university_enforces():
    proposals = read(feed("Ontario privacy commissioner faults Acme over AI exam proctoring", ""))
    assert [p.action_type for p in proposals] == ["enforcement"]


def test_what_a_regulators_report_says_a_body_should_stop_is_its_finding():
    proposals = read(
        plain(
            "Acme did not tell students enough about its exam software, and should stop using "
            "their recordings, the Federal Trade Commission said in a report made public this "
            "week.",
            published="2024-02-29",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2024-02")]


def test_what_a_groups_report_says_police_should_stop_is_no_enforcement():
    proposals = read(
        plain(
            "Police should stop using the cameras, Amnesty International said in a report "
            "made public this week.",
            published="2024-02-29",
        )
    )
    assert "enforcement" not in [p.action_type for p in proposals]


def test_a_groups_findings_released_and_then_its_call_are_one_campaign_of_that_day():
    proposals = read(
        plain(
            "Amnesty International released its findings on June 15. In them, it called on "
            "the Office of the United Nations High Commissioner for Refugees (UNHCR) to open "
            "an independent inquiry.",
            published="2021-06-17",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2021-06-15")]


def test_a_call_on_a_long_name_with_its_initials_is_still_a_call():
    proposals = read(
        plain(
            "Amnesty International on Tuesday called on the Office of the United Nations High "
            "Commissioner for Refugees (UNHCR) to stop sharing the data.",
            published="2021-06-17",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2021-06-15")]
