"""Readings first met in round de of news the reader had not seen (bench/reading_unseen): a
criminal complaint filed against a company, and a government's consultation on a new law."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_criminal_complaint_filed_against_a_company_is_a_suit():
    proposals = read(
        plain(
            "The ACLU said on Tuesday it had filed a criminal complaint against Acme and its "
            "managers.",
            published="2025-10-29",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2025-10-28")]
