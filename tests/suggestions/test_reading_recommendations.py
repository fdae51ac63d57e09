"""Readings first met in rounds ta to tc of news the reader had not seen
(bench/reading_unseen): a body's recommendation asks for an action even when a time stands
between the verb and what it recommends; the rule a body announced is its regulation; cameras
that "were switched on" are a use authorised; what a court "told" a party to do it ordered; a body
that "said it would use a facial recognition app" authorises it."""

from .reading_helpers import iso, plain, read


def test_a_recommendation_with_a_time_before_that_is_a_call():
    proposals = read(
        plain(
            "A committee of the national parliament recommended last month that the telecoms "
            "regulator shut down the iris scanning project until a legal framework is in place.",
            published="2023-10-02",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2023-09")]


def test_the_rule_a_body_announced_is_its_regulation():
    # Round tb: "under a rule the ... Command announced earlier this year".
    proposals = read(
        plain(
            "Stores in Texas must delete shoppers' face scans within a year, under a rule the "
            "state's consumer protection agency announced earlier this year.",
            published="2019-10-28",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2019")]


def test_cameras_that_were_switched_on_are_a_use_authorised():
    # Round tc: the passive of "switches on its cameras", with a project approved beside it.
    proposals = read(
        plain(
            "The cameras, which scan faces, were switched on in Texas in December under a "
            "project that the state government had approved.",
            published="2021-03-15",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2020-12")]


def test_what_a_court_told_a_party_to_do_it_ordered_by_its_ruling():
    # Round tc: "When the Delhi High Court told the Delhi Police in 2018 to use ...".
    proposals = read(
        plain(
            "When the Texas Supreme Court told Acme in 2018 to use face matching software to "
            "trace missing children, few objected.",
            published="2020-02-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2018")]


def test_a_body_that_said_it_would_use_a_face_recognition_app_authorises_it():
    # Round tc: the article before "facial recognition" no longer hides the announcement.
    proposals = read(
        plain(
            "The Texas election commission said on Monday that it would use a facial "
            "recognition app to verify voters at ten polling stations.",
            published="2020-01-20",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2020-01-20")]
