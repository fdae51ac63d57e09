"""Readings first met in round tf of news the reader had not seen (bench/reading_unseen): a
regulator telling the firms it oversees to require a check of their customers, and rules told
as notified in a clause after their name."""

from .reading_helpers import iso, plain, read


def test_a_regulator_telling_banks_to_require_a_check_makes_a_rule():
    proposals = read(
        plain(
            "The Garante on Thursday told commercial banks to require a face scan for "
            "transfers of 50,000 euros or more.",
            published="2023-03-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2023-03-09")]


def test_rules_a_ministry_notified_in_a_clause_after_their_name_are_made_that_day():
    proposals = read(
        plain(
            "The group is concerned by the Aadhaar Authentication Amendment Rules, 2025, which "
            "the ministry notified in the Gazette on Friday, January 31.",
            published="2025-02-03",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-01-31")]
