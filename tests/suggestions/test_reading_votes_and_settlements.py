"""Shapes of news probed beside rounds ga to gc (city councils and state attorneys general): a
council's vote to end a department's use of the technology, and a settlement announced."""

from .reading_helpers import COUNCIL, META, PORTLAND, TEXAS, iso, one, plain


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
