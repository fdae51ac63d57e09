"""Shapes of news probed beside round mf (police departments' general orders and state bills): a
police order told with the day it was last revised, and a policy a department already has,
described by what it allows."""

from .reading_helpers import iso, one, plain, read


def test_a_general_order_last_revised_on_a_day_is_a_rule_made_that_day():
    proposal = one(
        plain(
            "General Order 338, which governs the Portland police's use of artificial "
            "intelligence and was last revised on Nov. 20, 2024, says facial recognition may be "
            "used with the chief's written approval.",
            published="2025-03-04",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2024-11-20")


def test_a_policy_a_body_already_has_described_by_what_it_allows_is_no_act():
    text = (
        "The Portland City Council has a written policy that lets officers use facial "
        "recognition in felony cases."
    )
    assert read(plain(text, published="2025-03-04")) == []
