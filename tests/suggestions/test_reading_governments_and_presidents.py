"""A government's order to its own departments, and a president's signature."""

from .reading_helpers import US, one, plain


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
