"""Readings first met in round kb of news the reader had not seen (bench/reading_unseen): a rights
group's legal notice to an agency, and a model law published "with bans for the riskiest uses"."""

from .reading_helpers import iso, one, plain


def test_a_group_that_sent_a_legal_notice_to_an_agency_sent_a_letter():
    proposal = one(
        plain(
            "The ACLU on Thursday sent a legal notice to the FTC, asking it to recall its call "
            "for bids to build a national facial recognition system.",
            published="2019-07-20",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2019-07-18")
