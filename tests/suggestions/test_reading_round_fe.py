"""Readings first met in round fe of news the reader had not seen (bench/reading_unseen):
continental Europe's regulators and courts. The ones ordered to stop may be described by a
relative clause between commas."""

from .reading_helpers import iso, plain, read


def test_an_order_to_stop_past_a_relative_clause_is_still_an_order():
    proposals = read(
        plain(
            "The Garante on Wednesday ordered the Portland City Council, which runs the "
            "cameras in ten neighbouring towns, to stop using the facial recognition function.",
            published="2023-11-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2023-11-22")]


def test_a_court_order_to_stop_past_a_relative_clause_is_its_ruling():
    proposals = read(
        plain(
            "The Texas Supreme Court on Wednesday ordered the Portland City Council, which "
            "runs the cameras in ten neighbouring towns, to stop using facial recognition.",
            published="2023-11-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2023-11-22")]
