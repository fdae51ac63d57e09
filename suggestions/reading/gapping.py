"""Clauses whose verb is left out or said again with "did so": one action each.

English leaves out a verb the clause before has just used ("Italy's regulator fined Clearview
in March, and Greece's in July"; "X fined A in March and Y B in July"): the second clause is
an action of its own, with its own actor, place and date, and the object carries over when it
is not said again. "Did so", "did the same" and "followed suit" repeat the action the text
has just reported, with a new actor: its targets carry over.

The rules stay narrow, so that a list ("fined Acme and Meta") is not read as a second clause:
the clause after "and" must begin with its actor (an organisation, or a place's body:
"Greece's authority"), hold a date of its own and nothing after the actor but names, amounts
and prepositions.
"""

import re

from policies.models import ActionType

from . import cue_context as around
from . import cues as c

# A finite verb that repeats the action reported before, with the actor named before it.
PRO_VERB = re.compile(
    r"\b(?:did (?:so|the same|likewise)|(?:has|have|had) (?:also )?(?:done (?:so|the same|"
    r"likewise)|followed suit)|followed suit|followed(?=\s*(?:[;,.]|$)|\s+(?:in|on|last|later|"
    r"soon|months|weeks|days|this)\b))\b",
    re.IGNORECASE,
)
_AND = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:the\s+)?")
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[\u2013\u2014]\s|\s--\s|\s+and\s+")
_STOP = re.compile(r"[;:.!?]|\s[\u2013\u2014]\s|\s--\s")
_POSSESSIVE = re.compile(r"'s?\s+")
# After the actor, the words a clause without its verb holds: prepositions, amounts, articles.
_GAP_WORD = re.compile(
    r"(?:in|on|at|by|for|of|over|from|with|to|last|this|earlier|later|the|a|an|its|their|"
    r"million|billion|thousand|euros?|dollars?|pounds?|kronor|francs?|yen|fines?|penalty|"
    r"[$\u20ac\u00a3]?\d[\d.,]*[mbk]?)",
    re.IGNORECASE,
)
_SUBJECT_WORD = re.compile(r"[A-Za-z][\w-]*")
_VERBISH = re.compile(r"\w+(?:ed|ing)|said|says|is|are|was|were|has|have|had|will|would")
_MAX_CONJUNCTS = 3
JOINS = re.compile(r"\bjoin(?:s|ed|ing)\b(?:,?\s+among others,?)?\s+")
_MEASURES = {ActionType.BAN, ActionType.MORATORIUM, ActionType.REGULATION}
_PLACE_SUBJECT = re.compile(
    r"\b(?:city|state|town|county|country|community|municipality)\s+(?:now\s+|also\s+)?$"
)


# What a "followed" did, said in a participle after it: "followed on Wednesday, announcing a".
_SPELLED_OUT = re.compile(r"[^.;]*?,\s+(?:\w+ly\s+)?\w+ing\b")


def pro_verb_item(text, previous, spans, found, clauses):
    """A cue for "did so" or "followed" that repeats the action reported before it in the
    sentence or else `previous` (the last one the text reported), if it has an actor before it
    and no cue of its own there. Its date is one in its own clause: "followed" is later."""
    match = PRO_VERB.search(text)
    if match is None:
        return None
    start, end = match.span()
    if any(f["start"] <= start < f["end"] for f in found):
        return None
    if any(f["cue"].specific and _SPELLED_OUT.match(text, end, f["start"]) for f in found):
        return None  # "Amazon followed on Wednesday, announcing a moratorium": that is what
    earlier = [f for f in found if f["end"] <= start]
    if earlier:
        action_type, specific, targets = earlier[-1]["cue"].action_type, True, []
    elif previous is not None:
        action_type, specific = previous.action_type, previous.specific
        targets = [
            (record, "target") for record, role in previous.organisations if role == "target"
        ]
    else:
        return None
    prefix = text[:start]
    if around.NEGATION.search(prefix[-110:]) or around.GENERIC_SUBJECT.search(prefix):
        return None  # "one of the cities to have done so"
    if around.HEDGE.search(prefix[-110:]):
        return None
    if not any(s < start for s, _e, _r in spans) and not around.ACTOR_WORDS.search(prefix):
        return None
    cue = c.Cue(action_type, PRO_VERB, specific=specific)
    clause = next((span for span in clauses if span[0] <= start < span[1]), (0, len(text)))
    return {
        "cue": cue, "start": start, "end": end, "clause": clause, "passive": False,
        "act": True, "instrument": False, "inherited": targets, "dated_in_clause": True,
        "repeats": True,
    }  # fmt: skip


def joined_items(text, earlier, places):
    """Places a place "joins" have taken the measure last reported ("Maine's largest city
    joins, among others, Cambridge and Somerville in Massachusetts"): one cue over the list,
    undated, each place an action of its own."""
    previous = next((e for e in reversed(earlier) if e.action_type in _MEASURES and e.act), None)
    if previous is None:
        return []
    out = []
    for match in JOINS.finditer(text):
        prefix = text[: match.start()]
        if not _PLACE_SUBJECT.search(prefix) and not any(
            e <= match.start() and not text[e : match.start()].strip(" '") for _s, e, _r in places
        ):
            continue
        if around.NEGATION.search(prefix[-110:]) or around.HEDGE.search(prefix[-110:]):
            continue
        out.extend(_joined_list(text, match, previous.action_type, previous.specific, places))
    return out


_JOINING = re.compile(r",\s+joining\s+(?:,?\s*among others,?\s+)?")


def joining_items(text, found, places):
    """ "The council voted to ban it, joining San Francisco, Oakland and Berkeley": the places
    a measure of this sentence joins have taken it too."""
    out = []
    for match in _JOINING.finditer(text):
        measure = next(
            (
                item for item in reversed(found)
                if item["end"] <= match.start() and item["act"]
                and item["cue"].action_type in _MEASURES
            ),
            None,
        )  # fmt: skip
        if measure is not None:
            cue = measure["cue"]
            out.extend(_joined_list(text, match, cue.action_type, cue.specific, places))
    return out


def _joined_list(text, match, action_type, specific, places):
    """The items for the places listed after "joins" (or "joining"): one; or two for a list
    whose last part is told more of in a relative clause ("..., as well as San Francisco and
    Oakland in California, which passed similar ordinances in 2019"), the clause's date the
    last part's alone; a clause after a list of one part dates the whole list."""
    listed, end, last_part = [], match.end(), match.end()
    for start, place_end, _record in places:
        if start < match.end():
            continue
        if start != end and not around.LISTED_PLACES.fullmatch(text, end, start):
            break
        if start != end and _ANOTHER_PART.fullmatch(text, end, start):
            last_part = start
        listed.append(start)
        end = place_end
    if not listed:
        return []
    relative = _RELATIVE_AFTER.match(text, end)
    if relative is None:
        return [_joined_item(action_type, specific, (match.end(), end))]
    if last_part == match.end():
        # "Tennessee joins Iowa, Indiana and Montana, which passed similar laws this year": the
        # clause is told of the whole list, and its date is theirs.
        return [_joined_item(action_type, specific, (match.end(), relative.end()))]
    return [
        _joined_item(action_type, specific, (match.end(), last_part)),
        _joined_item(action_type, specific, (last_part, relative.end())),
    ]


# "..., as well as San Francisco": where a list's last part begins.
_ANOTHER_PART = re.compile(r",?\s+(?:as well as|along with)\s+")
# ", which passed similar ordinances in 2019": a relative clause told of the places before it.
_RELATIVE_AFTER = re.compile(r",\s+(?:which|that|who)\b[^,;.]*")


def _joined_item(action_type, specific, scope):
    return {
        "cue": c.Cue(action_type, JOINS, specific=specific), "start": scope[1], "end": scope[1],
        "clause": scope, "passive": False, "act": True, "instrument": False, "scope": scope,
        "gapped": True, "dated_in_clause": True,
    }  # fmt: skip


def gapped_items(text, found, dates, places, organisations):
    """A cue item for each clause after one of `found` that leaves its verb out."""
    out = []
    for item in found:
        if not item["act"] or item["passive"]:
            continue
        actors = [r for s, _e, r in organisations if item["clause"][0] <= s < item["start"]]
        objects = None  # the first clause's, named before the first "and"
        position = item["end"]
        for _ in range(_MAX_CONJUNCTS):
            joint = _next_and(text, position, places, organisations)
            if joint is None or _STOP.search(text, position, joint.start()):
                break
            if any(position <= other["start"] < joint.start() for other in found):
                break  # a cue of its own comes first
            if objects is None:
                objects = [r for s, _e, r in organisations if item["end"] <= s < joint.start()]
            gapped = _conjunct(text, joint.end(), item, actors, dates, places, organisations)
            if gapped is not None:
                gapped["inherited"] = item.get("inherited") or [(r, "target") for r in objects]
                out.append(gapped)
            position = joint.end()
    return out


def _next_and(text, position, places, organisations):
    """The next "and" after `position` that is not inside a name."""
    names = [(s, e) for s, e, _r in (*places, *organisations)]
    for match in _AND.finditer(text, position):
        if not any(s <= match.start() < e for s, e in names):
            return match
    return None


def _conjunct(text, start, item, actors, dates, places, organisations):
    end = _end_of_clause(text, start, places, organisations)
    inside_places = [(s, e, r) for s, e, r in places if start <= s and e <= end]
    inside_orgs = [(s, e, r) for s, e, r in organisations if start <= s and e <= end]
    own_dates = [d for d in dates if start <= d.start and d.end <= end]
    if not own_dates:
        return None  # a list of names ("fined Acme and Meta"), not a clause of its own
    position = start
    subject_place = next((p for p in inside_places if p[0] == start), None)
    if subject_place is not None:
        possessive = _POSSESSIVE.match(text, subject_place[1])
        if possessive is None:
            return None
        position = possessive.end()
    subject_org = next((o for o in inside_orgs if o[0] == position), None)
    if subject_org is not None:
        actor_kinds = {r.kind for r in actors}
        if actors and subject_org[2].kind not in actor_kinds:
            return None  # "fined Acme in May and Meta in June": one actor, a second target
        gap = subject_org[1]
    elif subject_place is not None:
        gap = _end_of_subject(text, position, end, dates, inside_orgs)
        if gap is None:
            return None
    else:
        return None
    if not _only_names_and_amounts(text, gap, end, own_dates, inside_orgs, inside_places):
        return None
    return {
        "cue": item["cue"], "start": gap, "end": gap, "clause": (start, end), "passive": False,
        "act": True, "instrument": False, "scope": (start, end), "gapped": True,

    }  # fmt: skip


def _end_of_clause(text, start, places, organisations):
    names = [(s, e) for s, e, _r in (*places, *organisations)]
    for match in _CLAUSE_END.finditer(text, start):
        if not any(s <= match.start() < e for s, e in names):
            return match.start()
    return len(text)


def _end_of_subject(text, position, end, dates, organisations):
    """Where the body after a place's possessive ends ("Greece's data protection authority
    in July"): at most four words, none a verb, up to a date, a name or a preposition."""
    stops = [d.start for d in dates if d.start >= position] + [s for s, _e, _r in organisations]
    for words, match in enumerate(_SUBJECT_WORD.finditer(text, position, end)):
        if match.start() in stops or _GAP_WORD.fullmatch(match.group()):
            return match.start() if words else None
        if _VERBISH.fullmatch(match.group().lower()) or words == 4:
            return None
    return None


def _only_names_and_amounts(text, start, end, dates, organisations, places):
    spans = [(d.start, d.end) for d in dates]
    spans += [(s, e) for s, e, _r in (*organisations, *places)]
    for match in re.finditer(r"[^\s,()]+", text[start:end]):
        at = start + match.start()
        if any(s <= at < e for s, e in spans):
            continue
        if not _GAP_WORD.fullmatch(match.group().strip("'")):
            return False
    return True
