"""Readings first met in round me of news the reader had not seen (bench/reading_unseen): a
regulator asking a ministry for "urgent clarity", a group saying forces should stop a use, a
parliament's vote told with the city it sat in, and "demand" as a noun."""

from .reading_helpers import ITALY, feed, iso, plain, read


def test_a_regulator_asking_for_urgent_clarity_demands_an_account_of_a_use():
    proposals = read(
        plain(
            'The Garante said on Friday that it had asked Acme for "urgent clarity" after tests '
            "found its face searches returned more false matches for some groups.",
            published="2025-12-06",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2025-12-05")]


def test_a_group_saying_forces_should_stop_a_use_calls_for_a_halt_and_halts_nothing():
    proposals = read(
        plain(
            "Amnesty International said on Friday that police forces should stop using the "
            "searches until the problem is fixed.",
            published="2025-12-06",
        )
    )
    assert [p.action_type for p in proposals] == ["campaign"]


def test_the_city_a_parliament_voted_in_is_where_it_sat_not_where_its_vote_belongs():
    proposals = read(
        feed(
            "Lawmakers back limits on face recognition",
            "Members of the Italian Parliament voted on Wednesday in Rome to ban real-time "
            "facial recognition in public spaces.",
            published="2023-06-14",
        )
    )
    assert [(iso(p), p.jurisdiction_id) for p in proposals] == [("2023-06-14", ITALY.pk)]


def test_demand_expected_to_grow_is_a_market_not_anyones_call():
    document = plain(
        "Vendors at a trade fair in Rome said shop chains were still asking about face matching, "
        "and that they expect demand to grow once the rules are settled."
    )
    assert read(document) == []
