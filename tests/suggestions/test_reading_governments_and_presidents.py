"""A government's order to its own departments, and a president's signature."""

from .reading_helpers import GARANTE, PORTLAND, US, one, plain


def test_a_president_who_signs_a_law_acts_where_the_body_it_binds_does():
    proposal = one(
        plain(
            "President Joe Biden on Thursday signed a law that requires the FTC to stop "
            "approving equipment from companies it deems a threat.",
            published="2021-11-12",
        )
    )
    assert (proposal.action_type, proposal.date.isoformat()) == ("regulation", "2021-11-11")
    assert proposal.jurisdiction_id == US.pk


def test_a_government_that_orders_its_departments_to_stop_halts_its_own_use():
    proposal = one(
        plain(
            "The Portland City Council on Thursday ordered government departments to stop "
            "installing the cameras.",
            published="2022-11-25",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("moratorium", PORTLAND.pk)


def test_a_regulator_that_orders_departments_to_stop_still_enforces():
    proposal = one(
        plain("The Garante on Thursday ordered government departments to stop using the cameras.")
    )
    assert proposal.action_type == "enforcement"
    assert GARANTE.pk in [pk for pk, _role in proposal.organisations]


def test_a_government_that_instructs_its_departments_to_stop_halts_its_own_use():
    proposal = one(
        plain(
            "Today the Portland City Council instructed government departments to stop "
            "deploying the cameras.",
            published="2022-11-24",
        )
    )
    assert (proposal.action_type, proposal.date.isoformat()) == ("moratorium", "2022-11-24")
