"""A government's instrument named "Decision" or "Decree" with its number ("issued Decision
2345, which requires banks to ..."), and a rule said to come "under a decision" a body issued,
are measures made, as a decree or a rule is."""

from .reading_helpers import iso, plain, read


def test_a_numbered_decision_issued_is_a_regulation():
    text = (
        "The Italian Parliament on Monday issued Decision 2345, which requires banks to check "
        "customers' faces before large transfers."
    )
    proposals = read(plain(text, published="2023-12-19"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2023-12-18")]


def test_a_rule_under_a_decision_a_body_issued_is_a_regulation():
    text = (
        "From Monday, customers must match their face before large transfers, under a decision "
        "the Italian Parliament issued in December."
    )
    proposals = read(plain(text, published="2024-07-01"))
    assert [p.action_type for p in proposals] == ["regulation"]
