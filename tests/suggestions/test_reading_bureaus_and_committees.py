"""Readings first met in round kc of news the reader had not seen (bench/reading_unseen): a
country's bureau named in lower case scrapping its tender, and more of round kc."""

from .reading_helpers import ITALY, feed, iso, one


def test_a_countrys_bureau_scrapping_its_tender_acts_in_that_country():
    proposal = one(
        feed(
            "Italy's crime records bureau scraps face recognition tender",
            "The bureau said on Monday it would look again at the plan.",
            published="2020-06-24",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "corporate_pledge",
        "2020-06-22",
        ITALY.pk,
    )
