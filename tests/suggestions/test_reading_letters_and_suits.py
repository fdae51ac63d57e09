"""Readings first met in round am of news the reader had not seen (bench/reading_unseen): a
committee that "has written to" a minister, dated by the letter "sent on Friday", and a suit
told more of ("The suit, filed on Friday in federal court in Atlanta") where its place differs."""

from .reading_helpers import TEXAS, iso, one, plain


def test_a_committee_that_has_written_to_a_minister_sends_a_letter_dated_when_sent():
    proposal = one(
        plain(
            "The FTC has written to the Home Secretary, warning that police use of facial "
            "recognition lacks a legal basis. In the letter, sent on Friday, the commission "
            "asked the government to bring forward legislation.",
            published="2024-01-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2024-01-26")


def test_the_suit_told_more_of_where_it_was_filed_is_the_suit_already_reported():
    proposal = one(
        plain(
            "A Texas man who spent a week in jail has sued the Texas Supreme Court. The suit, "
            "filed on Friday in federal court in Sacramento, says a deputy relied on a face match.",
            published="2023-09-12",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2023-09-08",
        TEXAS.pk,
    )
