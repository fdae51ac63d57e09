"""Which cues of one sentence report one action, and which type the action keeps.

Cues of a sentence fold into one action when their dates agree and their kinds go together
("voted to ban ... bars the police": one ban); a letter, a campaign, a pledge and a lawsuit
stay apart from other acts, except a pledge made in settling a lawsuit, which is the
settlement. `events` reads the cues; this module only compares them.
"""

import re

from policies.models import ActionType

from . import cues as c
from .proposals import kindred_types

_BAN_OR_RULES = {ActionType.BAN, ActionType.REGULATION}
_ASKING = {ActionType.CAMPAIGN, ActionType.LETTER}


def near(first, second):
    return first is None or second is None or abs((first - second).days) <= 31


def cannot_take(item):
    """A company does not fine or rule: "the authority ruled that Clearview AI had processed
    data unlawfully and ordered the company to delete it" is the authority's one decision."""
    kinds = (ActionType.ENFORCEMENT, ActionType.COURT_RULING)
    return item["cue"].action_type in kinds and item["subject"].kind == "company"


def combinable(first, second):
    a, b = first["cue"], second["cue"]
    if kindred_types(a.action_type, b.action_type):
        return True
    if a.action_type in _ASKING and b.proposal and b.action_type == ActionType.BILL:
        return True  # "called on deputies to reject the article of the bill that would ..."
    if not (first["act"] and second["act"] and a.specific and b.specific):
        return True
    if {a.action_type, b.action_type} == _PLEDGE_AND_SUIT and (
        first.get("settles") or second.get("settles")
    ):
        return True  # "agreed to stop selling it, settling a lawsuit": the settlement's terms
    distinct = {
        ActionType.LETTER,
        ActionType.CAMPAIGN,
        ActionType.CORPORATE_PLEDGE,
        ActionType.LAWSUIT,
    }
    return not ({a.action_type, b.action_type} & distinct)


_PLEDGE_AND_SUIT = {ActionType.CORPORATE_PLEDGE, ActionType.LAWSUIT}
SETTLING = re.compile(r"\bsettl(?:e|es|ed|ing)\b(?:\s+\S+){0,3}?\s+(?:lawsuit|suit|case)\b", re.I)


def better(first, second):
    """The cue whose type the folded action keeps."""

    def rank(item):
        cue = item["cue"]
        return (not cue.specific, not item["act"], c.PRIORITY.index(cue.action_type))

    describing = not (first["act"] or second["act"]) and first["cue"].specific
    if describing and {first["cue"].action_type, second["cue"].action_type} == _BAN_OR_RULES:
        return first  # "a policy that limits ... and bars ...": what it does first says what it is
    return first if rank(first) <= rank(second) else second
