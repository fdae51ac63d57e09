"""What is wished for, conditional, denied or quoted is not reported as done."""

import pytest

from .reading_helpers import PORTLAND, one, plain, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The Portland City Council rejected a ban on Tuesday.",
        "The mayor said the city does not ban facial recognition.",
        "Companies that break the rules could face fines of up to 35 million euros.",
        "\u201cWe need to ban it now,\u201d said an activist on Tuesday.",
        "Critics argue for limits on police use.",
        "City councilors could ban the technology next year.",
    ],
)
def test_nothing_is_proposed_for_denied_hedged_or_quoted_actions(sentence):
    assert read(plain(sentence)) == []


def test_urging_a_council_to_ban_is_a_campaign_not_a_ban():
    proposal = one(
        plain("On Monday the ACLU urged the Portland City Council to ban the technology.")
    )
    assert proposal.action_type == "campaign"


def test_considering_a_moratorium_is_a_proposed_moratorium():
    proposal = one(plain("The Portland City Council is considering a moratorium of its own."))
    assert (proposal.action_type, proposal.status) == ("moratorium", "proposed")
    assert proposal.jurisdiction_id == PORTLAND.pk


def test_a_bill_that_would_ban_is_a_proposed_bill():
    proposal = one(
        plain("A bill that would ban police use of facial recognition is pending in Maine.")
    )
    assert (proposal.action_type, proposal.status) == ("bill", "proposed")


def test_a_community_that_has_banned_is_no_action_of_the_place_named():
    document = plain(
        "The Portland City Council voted on Monday to ban facial recognition. The vote makes "
        "Maine the third state with a community that has banned government use of it."
    )
    assert [p.jurisdiction_id for p in read(document)] == [PORTLAND.pk]


def test_the_month_of_may_is_no_hedge():
    proposals = read(
        plain(
            "The council approved the bill in May in response to the Texas Supreme Court's "
            "2019 ruling, which held that every scan is a violation.",
            published="2020-08-05",
        )
    )
    assert [(p.action_type, p.date.year) for p in proposals] == [
        ("bill", 2020),
        ("court_ruling", 2019),
    ]


def test_a_clause_of_time_closed_by_its_comma_does_not_hedge_the_main_clause():
    proposal = one(
        plain(
            "On Sunday, before the resignations were announced, its chief wrote that Acme was "
            "pausing work on the project.",
            published="2022-06-07",
        )
    )
    assert (proposal.action_type, proposal.date.isoformat()) == ("moratorium", "2022-06-05")
