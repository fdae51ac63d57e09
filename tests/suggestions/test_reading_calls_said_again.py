"""A body's undated call, after an act of its own that the text has dated, is that act."""

from .reading_helpers import GARANTE, one, plain, read


def test_a_regulators_undated_call_after_its_dated_opinion_is_the_opinion_said_again():
    proposal = one(
        plain(
            "On Friday, the Garante adopted an opinion on the proposal.\n\n"
            "For this reason, the Garante calls for a general ban on the technology.",
            published="2021-06-21",
        )
    )
    assert proposal.date.isoformat() == "2021-06-18"
    assert GARANTE.pk in [pk for pk, _role in proposal.organisations]


def test_an_undated_act_after_another_undated_one_of_the_same_body_stays_its_own():
    proposals = read(
        plain(
            "The Garante issued a formal opinion on the proposal. "
            "The Garante calls for a general ban on the technology.",
            published="2021-06-21",
        )
    )
    assert len(proposals) == 2
