"""One sentence's cues folded into the actions it reports: the `Event` a document's reader
puts together. Cues that bring no date of their own describe the same action and are folded
together, the most telling type winning; each group then takes its place and its
organisations' roles. `events.read_sentence` decides which cues report an action at all.
"""

import re
from dataclasses import dataclass, field

from policies.models import ActionType

from .cue_dates import came_to_light
from .grouping import better, cannot_take, combinable, near
from .proposals import of_the_earlier_kind
from .roles import mark_subjects, read_roles, within_reach

# (and a contract ended: "The Jefferson County Sheriff's Office has ended its contract with
# Clearview AI" is the office's halt of its use, where a company's would be its pledge)
_HALTING = re.compile(
    # "said it would stop using it", "will not go ahead with facial recognition".
    r"(?:(?:will|would) )?(?:to )?(?:stop|cease|stopped|ceased)\b|"
    r"(?:will|would|wo)(?: not|n't) (?:go ahead|move forward|proceed) with\b|"
    r"(?:end(?:ed|s)?|cancel(?:l?ed|s)?|"
    r"terminat(?:ed|es|e)) (?:a |an |its |the |their )?(?:[\w-]+ ){0,2}?contract\b",
    re.IGNORECASE,
)
_GOVERNING_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:[\w.'-]+\s+){0,3}?(?:department|police|council|city|county|state|"
    r"government|agency|ministry|board|commission|force|sheriff's office|sheriff|officers|"
    r"deputies|detectives|troopers)\b",
    re.IGNORECASE,
)


@dataclass
class Event:
    action_type: str
    specific: bool
    act: bool
    status: str | None
    date: object  # datetime.date | None
    precision: str | None
    place: object  # PlaceRecord | None
    place_source: str  # sentence, organisation, demonym, context, company, multiple, none
    organisations: list  # [(OrganisationRecord, role)]
    sentence: object  # Sentence
    cue_start: int  # where the cue begins in the sentence
    clause_start: int = 0  # where the cue's clause begins in the sentence
    dated: bool = False  # the sentence dates it, if perhaps with no year to resolve it by
    apart: bool = False  # a clause of its own ("and Greece's authority in July"): never folded
    instrument_subject: bool = False
    proposal: bool = False
    in_title: bool = False
    mixed: bool = False  # folded from cues of unrelated types ("bans ... and lets police use")
    absorbed: list = field(default_factory=list)

    @property
    def actor(self):
        """Who took it, as (pk, name): an organisation the directory does not know yet has
        no pk but still tells one company's pledge from another's."""
        return next(((o.pk, o.name) for o, role in self.organisations if role == "actor"), None)


def _in_scope(lead, gaps, places, organisations):
    """The names a group reads: a clause without its verb only its own, the rest the sentence's
    outside such clauses."""
    if "scope" in lead:
        start, end = lead["scope"]
        return (
            [n for n in places if start <= n[0] < end],
            [n for n in organisations if start <= n[0] < end],
        )
    if not gaps:
        return places, organisations
    return (
        [n for n in places if not any(a <= n[0] < b for a, b in gaps)],
        [n for n in organisations if not any(a <= n[0] < b for a, b in gaps)],
    )


def fold(found, sentence, text, places, organisations, context):
    gaps = [item["scope"] for item in found if "scope" in item]
    mark_subjects(text, found, organisations)
    groups = []
    for item in found:
        date = item["date"]
        home = None
        for group in groups if not (item.get("gapped") or item.get("repeats")) else ():
            lead = group[0]
            if lead.get("gapped") or (lead.get("repeats") and lead["clause"] != item["clause"]):
                continue
            same_date = (
                date is None or lead["date"] is None or date.role == "effective"
                or near(date.date, lead["date"].date)
            )  # fmt: skip
            others = (
                lead["subject"]
                and item["subject"]
                and lead["subject"] != item["subject"]
                and not cannot_take(item)
            )
            # "has opened an investigation after documents showed that ... since the city barred
            # it in 2020": an act told in what came out before is another, earlier one.
            told_before = came_to_light(text, lead["end"], item["start"])
            if same_date and combinable(lead, item) and not others and not told_before:
                home = group
                break
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    events = []
    earlier_type = None
    for group in groups:
        best = group[0]
        for item in group[1:]:
            best = better(best, item)
        lead_date = group[0]["date"]
        date = lead_date or next((i["date"] for i in group if i["date"] is not None), None)
        action_type, specific = best["cue"].action_type, best["cue"].specific
        # "Somerville banned ...; Brookline approved its bylaw in December": the same kind.
        action_type, specific = of_the_earlier_kind(action_type, specific, earlier_type)
        if specific:
            earlier_type = action_type
        if action_type in (ActionType.BAN, ActionType.REGULATION) and _company_acts(
            text, group[0]["start"], organisations
        ):
            action_type = ActionType.CORPORATE_PLEDGE  # "Microsoft bans police from using it"
        elif (
            action_type == ActionType.CORPORATE_PLEDGE
            and _HALTING.match(text, best["start"], best["end"])
            and _governing_subject(text, group[0], organisations)
        ):
            # "The department told officers to stop using Clearview AI": a public body's
            # halt, not a company's pledge (what it promises not to do is still its pledge).
            action_type = ActionType.MORATORIUM
        start = min(item["start"] for item in group)
        end = max(item["end"] for item in group)
        cue = best["cue"]
        lead = group[0]  # the place is the first cue's: "passed the law, which allows ..."
        group_places, group_organisations = _in_scope(lead, gaps, places, organisations)
        chosen = context.chooser.choose(
            action_type,
            text,
            lead["start"],
            lead["end"],
            lead["clause"],
            group_places,
            group_organisations,
            context,
        )
        roles = read_roles(
            cue.action_type,
            text,
            start,
            end,
            within_reach(text, lead, groups, group_organisations),
            lead["passive"],
        )
        if not any(role == "target" for _r, role in roles):
            roles += [r for item in group for r in item.get("inherited", ()) if r not in roles]
        mixed = len({i["cue"].action_type for i in group if i["cue"].specific}) > 1
        for place, source in chosen:
            events.append(
                Event(
                    action_type=action_type,
                    specific=specific,
                    mixed=mixed,
                    act=any(item["act"] for item in group),
                    status=cue.status,
                    date=date.date if date else None,
                    dated=date is not None,
                    apart=bool(lead.get("gapped")),
                    precision=date.precision if date else None,
                    place=place,
                    place_source=source,
                    organisations=list(roles),
                    sentence=sentence,
                    cue_start=start,
                    clause_start=lead["clause"][0],
                    instrument_subject=all(item["instrument"] for item in group),
                    proposal=cue.proposal,
                    in_title=sentence.paragraph == 0,
                )
            )
    return events


def _governing_subject(text, lead, organisations):
    before = [record for s, _e, record in organisations if s < lead["start"]]
    if any(record.kind == "company" for record in before):
        return False
    if before and before[-1].kind == "government":
        return True  # "... said the Santa Cruz Police Department had stopped using it"
    return bool(_GOVERNING_SUBJECT.match(text, lead["clause"][0], lead["start"]))


def _company_acts(text, start, organisations):
    actors = [(e, record) for s, e, record in organisations if s < start]
    if actors and _BROUGHT_UNDER.match(text, max(e for e, _r in actors), start):
        return False  # "YouTube added to Australia's under-16 ban": the rule's, not its own
    return bool(actors) and all(record.kind == "company" for _e, record in actors)


# A company the measure is made to reach, named before it in a headline's passive.
_BROUGHT_UNDER = re.compile(r"\s+(?:is |was |now )?(?:added|brought) (?:in)?to\b", re.IGNORECASE)
