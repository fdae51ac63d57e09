"""Readings first met in rounds ta to tc of news the reader had not seen
(bench/reading_unseen): a body's recommendation asks for an action even when a time stands
between the verb and what it recommends; the rule a body announced is its regulation; cameras
that "were switched on" are a use authorised."""

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
