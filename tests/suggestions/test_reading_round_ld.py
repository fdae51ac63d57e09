"""Round ld: United States state and local news (a school ban, a damages cap, a ballot
measure). Each test pins a rule a careful reader uses on any text."""

from .reading_helpers import OAKLAND, one, plain


def test_a_place_that_only_locates_another_is_not_where_the_act_belongs():
    # "Lockport, a small city near Niagara Falls, became the first district ...": the landmark
    # locates the city in an apposition; the act is the city's alone.
    proposal = one(
        plain(
            "Oakland, a small city near San Francisco, became the first district in the state"
            " to switch on a face-matching system in its schools, in January 2020."
        )
    )
    assert proposal.jurisdiction_id == OAKLAND.pk
