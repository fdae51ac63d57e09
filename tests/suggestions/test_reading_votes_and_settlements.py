"""Shapes of news probed beside rounds ga to gc (city councils and state attorneys general): a
council's vote to end a department's use of the technology, a settlement announced, a veto, and
a regulator ending its inquiry."""

from .reading_helpers import CALIFORNIA, COUNCIL, GARANTE, META, PORTLAND, TEXAS, iso, one, plain


def test_a_councils_vote_to_end_a_departments_use_of_the_technology_bans_it():
    proposal = one(
        plain(
            "The Portland City Council voted on Thursday to end the police department's use of "
            "facial recognition software.",
            published="2020-09-11",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "ban",
        PORTLAND.pk,
        "2020-09-10",
    )
    assert [pk for pk, _role in proposal.organisations] == [COUNCIL.pk]


def test_a_settlement_with_a_company_announced_by_a_state_settles_its_suit():
    proposal = one(
        plain(
            "Texas Attorney General Ken Paxton announced on Tuesday a $1.4 billion settlement "
            "with Meta over its use of facial recognition.",
            published="2024-07-31",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "lawsuit",
        TEXAS.pk,
        "2024-07-30",
    )
    assert META.pk in [pk for pk, _role in proposal.organisations]


def test_a_governors_veto_is_a_bill_refused():
    proposal = one(
        plain(
            "Gov. Gavin Newsom vetoed a bill on Friday that would have limited facial "
            "recognition in California schools.",
            published="2023-10-09",
        )
    )
    assert (proposal.action_type, proposal.status, proposal.jurisdiction_id, iso(proposal)) == (
        "bill",
        "rejected",
        CALIFORNIA.pk,
        "2023-10-06",
    )


def test_a_regulator_that_ended_its_inquiry_decides_as_one_that_closed_it():
    proposal = one(
        plain(
            "The Garante said on Friday that it had ended its inquiry into Esselunga's use of "
            "facial recognition in its stores.",
            published="2023-03-31",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2023-03-31")
    assert GARANTE.pk in [pk for pk, _role in proposal.organisations]
