"""Readings first met in round as of news the reader had not seen (bench/reading_unseen): a
company that switches off a feature in one state, and a nationality that begins another name
("Italian Americans", "British Columbians"), which places nothing."""

from .reading_helpers import TEXAS, iso, one, plain


def test_a_company_that_disabled_a_feature_in_one_state_pledges_there():
    proposal = one(
        plain(
            "Acme said on Wednesday it had disabled its face filters for users in Texas.",
            published="2022-05-11",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "corporate_pledge",
        "2022-05-11",
        TEXAS.pk,
    )


def test_a_nationality_that_begins_another_name_places_no_ruling():
    proposal = one(
        plain(
            "The Texas Supreme Court on Thursday dismissed Acme's appeal, ruling that the "
            "company broke the law by scraping images of Italian Americans.",
            published="2024-12-13",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "court_ruling",
        "2024-12-12",
        TEXAS.pk,
    )
