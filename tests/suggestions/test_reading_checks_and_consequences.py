"""Readings first met in round jd of news the reader had not seen (bench/reading_unseen): a
regulator's inquiry told as "checks" or "announced ... a joint investigation", by a body
described in the plural ("The privacy commissioners of ..."), and a decision's consequence
told after it in an apposition ("..., a decision that suspends its contract")."""

from .reading_helpers import CANADA, US, iso, plain, read


def test_a_regulator_that_opened_checks_into_a_company_opened_an_inquiry():
    proposals = read(
        plain(
            "The Federal Trade Commission said on Friday that it had opened checks into Acme's "
            "collection of biometric data.",
            published="2023-07-28",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2023-07-28")]


def test_commissioners_that_announced_a_joint_investigation_opened_an_inquiry():
    proposals = read(
        plain(
            "The privacy commissioners of Canada announced on Friday a joint investigation into "
            "whether Acme's scraping of photos complies with the law.",
            published="2020-02-21",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("enforcement", "2020-02-21", CANADA.pk)
    ]


def test_a_decision_that_suspends_a_contract_is_the_decision_told_before_it():
    proposals = read(
        plain(
            "Acme will no longer provide its facial recognition service in Canada, the Federal "
            "Trade Commission said on Monday, a decision that suspends the company's contract "
            "with the Portland City Council.",
            published="2020-07-06",
        )
    )
    assert [p.action_type for p in proposals] == ["corporate_pledge"]


def test_commissioners_of_a_country_and_its_provinces_act_once_in_the_country():
    proposals = read(
        plain(
            "The privacy commissioners of the United States, California and Texas announced on "
            "Friday a joint investigation into Acme.",
            published="2020-02-21",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("enforcement", US.pk)]
