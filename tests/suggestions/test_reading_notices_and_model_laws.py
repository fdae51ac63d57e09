"""Readings first met in round kb of news the reader had not seen (bench/reading_unseen): a rights
group's legal notice to an agency, and a model law published "with bans for the riskiest uses"."""

from .reading_helpers import feed, iso, one, plain


def test_a_group_that_sent_a_legal_notice_to_an_agency_sent_a_letter():
    proposal = one(
        plain(
            "The ACLU on Thursday sent a legal notice to the FTC, asking it to recall its call "
            "for bids to build a national facial recognition system.",
            published="2019-07-20",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2019-07-18")


def test_bans_after_with_in_a_headline_are_a_noun_that_reports_no_ban():
    proposal = one(
        feed(
            "Researchers publish a model law for facial recognition, with bans for the riskiest "
            "uses",
            "The ACLU released a report on Tuesday proposing a model law for facial recognition.",
            published="2022-09-28",
        )
    )
    assert proposal.action_type == "campaign"


def test_a_ministry_that_withdrew_an_earlier_version_of_a_law_withdrew_a_bill():
    proposal = one(
        plain(
            "The Interior Ministry of Italy withdrew an earlier version of the law in September "
            "2021, dropping its plan for facial recognition cameras.",
            published="2022-12-27",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.status) == (
        "bill",
        "2021-09",
        "rejected",
    )
