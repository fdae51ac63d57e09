"""A cue's type changed by who acts and how, the rules asked in order, the first that applies
deciding."""

from policies.models import ActionType
from suggestions.reading.cue_words import cue
from suggestions.reading.retyping import CueSite, retyped

ORDERED = cue(ActionType.ENFORCEMENT, r"ordered")


def site(prefix, words="ordered officers to stop", kinds=frozenset()):
    return CueSite(words, prefix, prefix + words, len(prefix), set(kinds), set(), [])


def test_a_courts_order_to_officers_is_its_ruling_before_any_halt_of_its_own():
    ruled = retyped(ORDERED, site("A state judge "))
    assert ruled.action_type == ActionType.COURT_RULING


def test_a_chiefs_order_to_officers_is_a_halt_of_the_forces_own():
    halted = retyped(ORDERED, site("The police chief "))
    assert halted.action_type == ActionType.MORATORIUM


def test_a_cue_no_rule_applies_to_keeps_its_type():
    fined = cue(ActionType.ENFORCEMENT, r"fined")
    assert retyped(fined, site("The agency ", words="fined the company")) is fined
