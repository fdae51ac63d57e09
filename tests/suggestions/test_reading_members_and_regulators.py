"""Readings first met in the fortieth round of unseen news: where a member of a legislature
comes from is not where the measure they propose belongs."""

from .reading_helpers import US, one, plain


def test_the_states_senators_come_from_are_not_where_their_federal_bill_belongs():
    proposal = one(
        plain(
            "Two U.S. senators, Jane Roe of Texas and John Doe of Maine, introduced a bill on "
            "Wednesday that would bar the FTC from buying face searches.",
            published="2023-11-16",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("bill", US.pk)
