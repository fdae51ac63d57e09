"""An action's type changed by who acts and how, once its cue has been read: what a court
orders is its ruling, what a regulator rules or bars is its enforcement, a report's "should
stop" is a call for a halt, and a chief's order to his own officers is their halt.

`retyped` asks the rules of `RETYPINGS` in order, each only of a cue of the type it names; the
first that applies gives the cue its new type, and no later one is asked.
"""

import re
from dataclasses import replace
from typing import NamedTuple

from policies.models import ActionType

T = ActionType

_BY_A_COURT = re.compile(r"\b(?:court|judge|tribunal|justices)\b", re.IGNORECASE)
_IN_A_REPORT = re.compile(r"\b(?:in|by) (?:a|its|their|the) (?:\w+ )?report\b", re.IGNORECASE)
_ORDERS_OWN_STAFF = re.compile(
    r"(?:order|requir)\w*\b.*\b(?:officers|staff|employees|detectives|agents)\b", re.IGNORECASE
)
# What a platform grants another and can take away: "suspended the developer account of ...".
_ACCESS_TAKEN = re.compile(
    r"\w+ (?:\S+ ){0,5}?(?:account|accounts|access|certificate|certificates|licen[cs]es?)\b",
    re.IGNORECASE,
)
# A government's buyer shutting a supplier out: "suspended Perceptics from new federal
# contracts", "debarred the firm from government contracting".
_SHUT_OUT_OF_CONTRACTS = re.compile(
    r"\w+ (?:\S+ ){1,4}?from (?:\S+ ){0,2}?(?:contracts?|contracting|tenders?|bidding)\b",
    re.IGNORECASE,
)
_A_POLICE_FORCE = re.compile(r"\b(?:police|constabulary|sheriff)\b", re.IGNORECASE)
_CHIEF_ORDERS = re.compile(r"\b(?:chief|chief constable|police commissioner)\b", re.IGNORECASE)
# "ordered government departments to stop installing": a government's bodies, in the plural.
_ORDERS_DEPARTMENTS = re.compile(
    r"(?:order|instruct|direct|told)\w*\b (?:\S+ ){0,3}?(?:departments|agencies|ministries)\b",
    re.IGNORECASE,
)


class CueSite(NamedTuple):
    """A cue where the sentence holds it: what the rules look at."""

    words: str  # what the cue matched ("ordered", "should stop")
    prefix: str  # the cue's clause before it
    text: str  # the whole sentence
    start: int  # where the cue begins in the sentence
    kinds: set  # the kinds of the bodies the sentence names or opens by describing
    opening: set  # the kinds it opens by describing ("The company said ...")
    organisations: list  # (start, end, record) of the bodies the sentence names


def a_court_orders(cue, site):
    """ "A São Paulo state court on Wednesday ordered the metro to stop": a court's ruling."""
    if (
        _BY_A_COURT.search(site.prefix)
        # (a regulator named only after the order, "under the supervision of the Data
        # Protection Commissioner", does not make the court's order its own)
        and not any(r.kind == "regulator" and s < site.start for s, _e, r in site.organisations)
        and "regulator" not in site.opening
    ):
        return replace(cue, action_type=T.COURT_RULING)
    return None


def a_regulator_rules(cue, site):
    """ "Austria's data protection authority ruled ...": a regulator's decision, enforcement."""
    if (
        "regulator" in site.kinds
        and "court" not in site.kinds
        and not _BY_A_COURT.search(site.prefix)
    ):
        return replace(cue, action_type=T.ENFORCEMENT)
    return None


def a_regulator_bars(cue, site):
    """ "Spain's data protection agency, which barred the company from collecting data": a
    regulator bars by its order, no law."""
    if not cue.act and "regulator" in site.kinds and not site.kinds & {"government", "court"}:
        return replace(cue, action_type=T.ENFORCEMENT)
    return None


def a_court_bars(cue, site):
    """ "In January 2020 the same court let registration continue but barred the government
    from collecting DNA": what a court bars, it bars by its ruling, no law."""
    if (
        _BY_A_COURT.search(site.prefix)
        and "regulator" not in site.kinds
        and "government" not in site.opening
    ):
        return replace(cue, action_type=T.COURT_RULING)
    return None


def a_report_calls_for_a_halt(cue, site):
    """ "Police forces should stop using it ..., the committee said in a report": a report's
    call for a halt, not the halt. So is a group's: "Big Brother Watch said on Friday that
    forces should stop using the searches" (a group halts no one's use but its own)."""
    if not site.words.startswith(("should", "must")):
        return None
    if _IN_A_REPORT.search(site.text) or _a_group_speaks(site):
        return replace(cue, action_type=T.CAMPAIGN, proposal=True)
    return None


def _a_group_speaks(site):
    actors = {r.kind for s, _e, r in site.organisations if s < site.start}
    return bool(actors & {"civil_society", "coalition"}) and not actors & {
        "government",
        "regulator",
        "court",
    }


def a_group_asks_for_a_pause(cue, site):
    """ "The ACLU asked the council to delay the purchase": a group's call for a pause, which
    only the authority over the body asked makes a pause."""
    if not site.words.startswith(("asked", "told")):
        return None
    actors = {r.kind for s, _e, r in site.organisations if s < site.start}
    if actors & {"civil_society", "coalition"} and not actors & {"government", "regulator"}:
        return replace(cue, action_type=T.CAMPAIGN, proposal=True)
    return None


def a_chief_halts_own_officers(cue, site):
    """ "The police chief ordered officers to stop using it": a force's halt of its own. So is
    a force's own order ("The Halton Regional Police Service said ... it had ordered them to
    stop"): a police force orders no one but its own people, unless a regulator or court gives
    the order."""
    if _ORDERS_OWN_STAFF.match(site.words) or (
        site.words.startswith("order") and _CHIEF_ORDERS.search(site.prefix)
    ):
        return replace(cue, action_type=T.MORATORIUM)
    if site.words.startswith("order"):
        before = [r for s, _e, r in site.organisations if s < site.start]
        if any(_A_POLICE_FORCE.search(r.name) for r in before) and not any(
            r.kind in ("regulator", "court") for r in before
        ):
            return replace(cue, action_type=T.MORATORIUM)
    return None


def a_government_halts_its_departments(cue, site):
    """ "The Cabinet Office on Thursday ordered government departments to stop installing the
    cameras": a government's halt across its own departments, not a regulator's order (what a
    regulator orders departments to stop is still its enforcement)."""
    if not _ORDERS_DEPARTMENTS.match(site.words):
        return None
    if any(r.kind in ("regulator", "court") for s, _e, r in site.organisations if s < site.start):
        return None
    return replace(cue, action_type=T.MORATORIUM)


def a_company_cuts_off_another(cue, site):
    """ "Apple on Friday suspended the developer account of Clearview AI": a company enforcing
    its rules on another, no halt of its own (what it suspends of its own is its pause)."""
    if not _ACCESS_TAKEN.match(site.text, site.start):
        return None
    end = _ACCESS_TAKEN.match(site.text, site.start).end()
    before = {r for s, _e, r in site.organisations if s < site.start}
    after = {r for s, _e, r in site.organisations if site.start <= s <= end + 4}
    if any(r.kind == "company" for r in before) and any(
        r.kind == "company" and r not in before for r in after
    ):
        return replace(cue, action_type=T.ENFORCEMENT)
    return None


def a_buyer_shuts_out_a_supplier(cue, site):
    """ "CBP suspended Perceptics from new federal contracts": a government body barring a
    company from its contracts, a sanction on the company and no halt of the body's own."""
    match = _SHUT_OUT_OF_CONTRACTS.match(site.text, site.start)
    if match is None:
        return None
    if any(r.kind == "company" for s, _e, r in site.organisations if site.start <= s < match.end()):
        return replace(cue, action_type=T.ENFORCEMENT)
    return None


def a_regulator_settles(cue, site):
    """ "The Federal Trade Commission on Wednesday announced a $5 billion settlement with
    Facebook", "The SEC said that Facebook misled investors, and agreed to pay $100 million":
    what a regulator settles with a company is its order, enforcement (a settlement a court
    approves, or a state's suit settled, stays a suit's)."""
    words = site.words.lower()
    if not ("settle" in words or "agreed to pay" in words) or site.kinds & {"court", "government"}:
        return None
    if any(r.kind == "regulator" for s, _e, r in site.organisations if s < site.start):
        return replace(cue, action_type=T.ENFORCEMENT)
    return None


# (the type of cue a rule is asked of, the rule), in the order they are asked.
RETYPINGS = (
    (T.ENFORCEMENT, a_court_orders),
    (T.COURT_RULING, a_regulator_rules),
    (T.BAN, a_regulator_bars),
    (T.BAN, a_court_bars),
    (T.MORATORIUM, a_report_calls_for_a_halt),
    (T.MORATORIUM, a_group_asks_for_a_pause),
    (T.MORATORIUM, a_company_cuts_off_another),
    (T.MORATORIUM, a_buyer_shuts_out_a_supplier),
    (T.LAWSUIT, a_regulator_settles),
    (T.ENFORCEMENT, a_chief_halts_own_officers),
    (T.ENFORCEMENT, a_government_halts_its_departments),
)
RETYPED = frozenset(action_type for action_type, _rule in RETYPINGS)


def retyped(cue, site):
    """`cue` with the type the first rule that applies gives it, else `cue` itself."""
    for action_type, rule in RETYPINGS:
        if cue.action_type == action_type:
            changed = rule(cue, site)
            if changed is not None:
                return changed
    return cue
