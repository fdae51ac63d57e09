"""Readings first met in rounds gd-gf of news the reader had not seen (bench/reading_unseen):
companies and the courts, and regulators outside Europe and North America. A suit filed in a
named court belongs where the court sits, whatever else the complaint says happened in "four
states"."""

from .reading_helpers import CALIFORNIA, US, iso, one, plain


def test_a_suit_filed_in_a_named_court_belongs_where_the_court_sits_not_to_many_states():
    proposal = one(
        plain(
            "A student sued Acme in a U.S. federal court on Monday, claiming its cameras linked "
            "him to thefts from its stores in four states.",
            published="2019-04-23",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2019-04-22",
        US.pk,
    )


def test_a_suit_filed_in_a_state_court_by_people_from_several_states_is_the_courts():
    proposal = one(
        plain(
            "Customers in several states sued Acme in California state court on Monday over "
            "its face scans.",
            published="2019-04-23",
        )
    )
    assert (proposal.jurisdiction_id) == CALIFORNIA.pk
