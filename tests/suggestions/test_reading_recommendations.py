"""Readings first met in round ta of news the reader had not seen (bench/reading_unseen): a
body's recommendation asks for an action even when a time stands between the verb and what
it recommends."""

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
