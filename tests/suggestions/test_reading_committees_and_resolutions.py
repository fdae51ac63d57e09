"""Readings first met in round lb of news the reader had not seen (bench/reading_unseen): an
ordinance introduced is a council's bill, as a bill introduced is a legislature's."""

from .reading_helpers import iso, plain, read


def test_an_ordinance_introduced_is_a_bill_proposed():
    proposals = read(
        plain(
            "The council on Thursday introduced an ordinance that would ban the police from "
            "using facial recognition.",
            published="2025-05-16",
        )
    )
    assert [(p.action_type, p.status, iso(p)) for p in proposals] == [
        ("bill", "proposed", "2025-05-15")
    ]
