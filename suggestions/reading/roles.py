"""Who takes part in an action a sentence reports, read from the sentence's structure.

Named before the verb, the actor ("the council voted to ban"); after it, the target ("fined
Clearview AI", "banned the police from"); in the passive the other way round. A cue's subject
is the organisation that opens its clause, and another action's subject is no party to it.
"""

import re

from policies.models import ActionType

from . import cue_context as around

_COMMENTATOR_AFTER = re.compile(
    r"^\W*(?:,[^,]{0,80},\s*)?(?:also\s+)?(?P<verb>welcomed|condemned|praised|criticised|criticized|"
    r"opposed|backed|supported|endorsed|said|says|called|argued|testified|spoke)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSOR = re.compile(r"'s\s+(?:[\w-]+\s+){0,2}")
# Between an action and an organisation named after it: a clause of its own about what led to
# it ("... hours after the committee asked"), so the organisation is no party to it. Not
# "until", "while" or "when", which often say how far the action goes ("bars schools until
# July 2022, while the State Education Department studies it").
_SUBORDINATE = re.compile(r"\b(?:after|following|because)\b", re.IGNORECASE)
# Just before an organisation after the action: it is the subject of a clause about what comes
# later ("... for up to a year before the Board of Supervisors approves a policy"), no party.
_LATER_SUBJECT = re.compile(r"\b(?:before|until|unless)\s+(?:the\s+)?$", re.IGNORECASE)
# Just before an organisation: it only describes another ("Minderoo Centre, part of the
# University of Cambridge", "the GAO, the investigative arm of Congress"): no party.
_DESCRIBING = re.compile(
    r"\b(?:(?:part|a subsidiary|a member|(?:an?|the)\s+(?:[\w-]+\s+)?(?:unit|division|arm|"
    r"branch|wing)) of|owned by)"
    r"\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_OPENS = re.compile(r"(?:[,;]|\b(?:and|but|while|whereas|that|which))\s+(?:the\s+)?$")
_COORDINATED = re.compile(r";|,\s(?:and|but)\s")
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)  # "fined by the regulator"
_REPORTS_AFTER = re.compile(r"\s+(?:said|says|found|finds|concluded|reported)\b")
_SIGNED_BY = re.compile(r"\b(?:signed by|from)\s+(?:the\s+)?$", re.IGNORECASE)


def within_reach(text, lead, groups, organisations):
    """The organisations that may take part in the action of the group `lead` leads: not the
    subject of a later action (nor of an earlier one, when it has a subject of its own); in a
    clause coordinated after one that reports another action or names its own subject, not
    those before it ("In 2021
    the FTC required X to delete ..., and in May 2023 the commission issued ...": X is no
    actor of the second)."""
    others = [
        g[0]["subject_at"] for g in groups
        if g[0] is not lead and (lead["subject"] is not None or g[0]["start"] > lead["start"])
    ]  # fmt: skip
    organisations = [o for o in organisations if o[0] not in others]
    clause_start = lead["clause"][0]
    if lead.get("repeats"):  # "and Northampton and Brookline followed": its clause alone
        return [o for o in organisations if clause_start <= o[0] < lead["clause"][1]]
    if not _COORDINATED.match(text, clause_start):
        return organisations
    another_action = any(g[0] is not lead and g[0]["start"] < clause_start for g in groups)
    own_subject = any(clause_start <= o[0] < lead["start"] for o in organisations)
    if not (another_action or own_subject):  # "..., and in May Privacy International alerted it"
        return organisations
    return [o for o in organisations if o[0] >= clause_start]


def mark_subjects(text, found, organisations):
    """Each cue's subject: the last organisation named between the cue before it and it, in
    the active voice ("The Parliament approved it in March and the Council gave its final
    approval in May": two acts, not one)."""
    previous_end = 0
    for item in sorted(found, key=lambda f: f["start"]):
        named = [
            (s, r) for s, e, r in organisations
            if previous_end <= s and e <= item["start"]
            and (previous_end == 0 or _SUBJECT_OPENS.search(text, previous_end, s))
        ]  # fmt: skip
        subject = named[-1] if named and not item["passive"] else (None, None)
        item["subject_at"], item["subject"] = subject
        previous_end = max(previous_end, item["end"])


def read_roles(action_type, text, start, end, organisations, passive=False):
    """Who acted and who was acted on, by where each is named: before the action, its actor
    ("the council voted to ban"), after it, its target ("fined Clearview AI", "banned the
    police from"); in the passive the other way round ("Clearview AI was fined by the
    regulator"); a company is the target of any enforcement. A letter's other senders, and
    those it was "signed by" or is "from", sign it. Left out: commentators, organisations in a
    clause of their own after the action ("hours after the committee asked") and those named
    only to describe another."""
    roles = []
    owner = next(
        (
            (s, e, r) for s, e, r in organisations
            if e <= start and _POSSESSOR.fullmatch(text[e:start])
        ),
        None,
    )  # fmt: skip
    if owner is not None:  # "The ACLU says Amazon's 1-year suspension": Amazon's own act
        organisations = [owner, *((s, e, r) for s, e, r in organisations if s >= end)]
    speaker = next(
        (s for s, e, _r in organisations if s <= start < e and _REPORTS_AFTER.match(text, e)), None
    )
    if speaker is not None:
        # "Seven agencies in the Justice Department ... ran searches, the Government
        # Accountability Office said in a report": what the body whose name the cue begins in
        # reports is what it found, and those named in it take no part in its act.
        organisations = [o for o in organisations if o[0] >= speaker]
    previous_end, previous_role = None, None
    for o_start, o_end, record in organisations:
        before = text[:o_start]
        # (not the body whose own name the cue begins in: "the Government Accountability Office
        # said in a report" is the auditor's own finding)
        inside = o_start <= start < o_end
        commenting = _ACCORDING.search(before) or (_comments(text, o_end, start) and not inside)
        speaks_for_itself = o_end <= start and re.match(r"^\W*(?:said|says)\b", text[o_end:])
        if commenting and not speaks_for_itself:
            continue
        if _DESCRIBING.search(before) or (o_start >= end and _LATER_SUBJECT.search(before)):
            continue
        if o_start >= end and _SUBORDINATE.search(text, end, o_start):
            continue
        if o_end <= start and around.ANOTHER_ANTECEDENT.search(text, o_end, start):
            continue
        listed = previous_end is not None and around.LISTED_ORGANISATIONS.fullmatch(
            text[previous_end:o_start]
        )
        if listed and previous_role:
            role = previous_role  # "signed by A, B and C", "fined A and B"
        elif o_end <= start or o_start < start:  # "the Court's ruling" starts in the name
            role = "target" if passive else "actor"
            if action_type == ActionType.LETTER and any(r == "actor" for _o, r in roles):
                role = "signatory"
        elif action_type == ActionType.LETTER and _SIGNED_BY.search(before):
            role = "signatory"
        elif passive and _AGENT_BY.search(before):
            role = "actor"
        else:
            role = "target"
        if role == "actor" and action_type == ActionType.ENFORCEMENT and record.kind == "company":
            role = "target"  # "Kmart broke privacy law ..., the commissioner has found"
        previous_end, previous_role = o_end, role
        if all((record.pk, record.name) != (seen.pk, seen.name) for seen, _role in roles):
            roles.append((record, role))
    regulators = [role for r, role in roles if r.kind == "regulator"]
    if action_type == ActionType.ENFORCEMENT and regulators and "actor" not in regulators:
        # "Police photographed people without a lawful reason, the authority and the
        # commissioner found": the regulators, named after the finding, decide it, and the
        # body they found against is their target (not "the EDPB told the DPC to ...").
        roles = [(r, "actor" if r.kind == "regulator" else "target") for r, _role in roles]
    return roles


def _comments(text, o_end, start):
    """Whether the verb after an organisation says it only comments on the action: not where
    that verb is the action's own ("Datatilsynet, criticised the chain in a decision")."""
    match = _COMMENTATOR_AFTER.match(text[o_end:])
    return match is not None and o_end + match.start("verb") != start
