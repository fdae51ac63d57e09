"""Readings first met in round hb of news the reader had not seen (bench/reading_unseen): a
board's opinion adopted at another regulator's request, placed where the board acts, not where
the one who asked for it is."""

from .reading_helpers import EU, iso, plain, read


def test_an_opinion_adopted_at_a_national_regulators_request_is_the_boards_rule():
    proposals = read(
        plain(
            "In an opinion adopted on Thursday at the request of Italy's data protection "
            "authority, the board of the EU's national regulators said airports may scan "
            "faces only where passengers keep their own data.",
            published="2024-05-24",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("regulation", "2024-05-23", EU.pk)
    ]
