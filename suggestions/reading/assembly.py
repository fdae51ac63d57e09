"""The events one text reports, assembled into its actions: a sentence that only describes an
action already read is folded into it ("The law bars ...", "It lets police use ..."), a
headline into the action its first sentence reports, and two reports of one event into one
(`assemble`); and whether two events are the same one (`same_event`), which the reader also
asks across the texts of a document. Pure: events in, events out.
"""

import re

from policies.dates import PRECISION_RANK, truncate_to_precision
from policies.models import ActionStatus, ActionType

from .place_lists import related
from .proposals import kindred_types
from .proposing import RECENT
from .report_references import report_referred_to
from .retellings import (
    ALSO,
    its_actor_goes_on,
    its_call_again,
    the_law_again,
    the_ruling_told_again,
)

T = ActionType


def _combinable(first, second):
    if kindred_types(first.action_type, second.action_type):
        return True
    if not (first.act and second.act and first.specific and second.specific):
        return True
    distinct = {T.LETTER, T.CAMPAIGN, T.CORPORATE_PLEDGE, T.LAWSUIT}
    return not ({first.action_type, second.action_type} & distinct)


_UNPLACED = frozenset(("context", "company"))


def _places_agree(first, second, *, loose=False):
    if "none" in (first.place_source, second.place_source):
        return True
    if first.place is None or second.place is None:
        if first.place is not None or second.place is not None:
            # Loosely, a place found only from the text around, or none found for a text
            # about a company ("In the letter to Andy Jassy, ..."), is no other place.
            return loose and bool(_UNPLACED.intersection((first.place_source, second.place_source)))
        return first.actor is None or second.actor is None or first.actor == second.actor
    if first.place.pk == second.place.pk:
        return True
    if loose:
        return related(first.place, second.place) or "context" in (
            first.place_source,
            second.place_source,
        )
    return False


def _dates_agree(first, second):
    if first.date is None or second.date is None:
        return True
    coarse, fine = sorted((first, second), key=lambda e: PRECISION_RANK[e.precision])
    return truncate_to_precision(fine.date, coarse.precision) == coarse.date


def same_event(event, other):
    unknown = "none" in (event.place_source, other.place_source)
    if unknown and event.action_type != other.action_type:
        return False  # where one happened is not known: only the same kind of act is the same
    return (
        kindred_types(event.action_type, other.action_type)
        and _places_agree(event, other)
        and _dates_agree(event, other)
    )


_SOURCE_RANK = {
    "sentence": 5, "organisation": 4, "company": 4, "multiple": 4, "global": 4,
    "demonym": 3, "context": 1, "none": 0,
}  # fmt: skip
_NAMED_SUBJECT = re.compile(
    r"^(?:The\s+)?((?:[A-Z][\w.]*|\d+)(?:\s+(?:[A-Z][\w.]*|\d+))+)(?=\s+[a-z])"
)


def _described(event, kept):
    """The action a sentence that only describes one is about: the one whose sentence names
    the same measure ("Prop E carves out ..."), else the last one read."""
    named = _NAMED_SUBJECT.match(event.sentence.text)
    if named:
        words = (re.escape(word) + r"\w*" for word in named.group(1).split())
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b")
        for other in kept:
            if pattern.search(other.sentence.text):
                return other
    return kept[-1]


def _elsewhere(event, kept):
    """Whether `event` says what places of its own also have ("Texas and Washington also have
    biometric privacy laws"): their own measures, not more about one already read."""
    if event.place_source != "sentence" or event.place is None:
        return False
    if not ALSO.search(event.sentence.text, 0, event.cue_start + 5):
        return False
    return not any(
        other.place is not None
        and other.place_source not in ("context", "none")  # a guess says nothing here
        and related(other.place, event.place)
        for other in kept
    )


def _also_another(event, other):
    """Whether `event` says it "also" befell others than `other` names, each naming someone
    the other does not: "the commissioner found that Bunnings had also interfered with
    privacy", after a finding against Kmart, is a second finding. Undated, it says more of
    the same one ("The law also requires the council to ...")."""
    if event.date is None or not ALSO.search(event.sentence.text, event.clause_start):
        return False
    theirs = {(org.pk, org.name) for org, _role in other.organisations}
    ours = {(org.pk, org.name) for org, _role in event.organisations}
    return bool(ours - theirs) and bool(theirs - ours)


# ("The proposed class action, filed last month in ...": the suit, as its plaintiffs call it)
_THE_SUIT = re.compile(r"(?:(?:law)?suit|class action),", re.IGNORECASE)
_THE_CASE = re.compile(r"case\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+(?:proposed\s+)?$", re.IGNORECASE)


def _suit_referred_to(event, kept):
    """ "The suit, filed on Friday in federal court in Atlanta, says ...": the suit last
    reported, told more of (where and when it was filed), not another one; and "The case was
    brought by Ed Bridges", the case of the suit or ruling last reported."""
    text = event.sentence.text
    if event.action_type != T.LAWSUIT or not _THE_BEFORE.search(text, 0, event.cue_start):
        return None
    if _THE_SUIT.match(text, event.cue_start):
        kinds = (T.LAWSUIT,)
    elif _THE_CASE.match(text, event.cue_start):
        kinds = (T.LAWSUIT, T.COURT_RULING)
    else:
        return None
    return next((other for other in reversed(kept) if other.action_type in kinds), None)


_INQUIRY_OPENED = re.compile(
    r"(?:launch|open)\w* (?:an? |its |the )?(?:formal |full )?(?:investigation|inquiry)\b",
    re.IGNORECASE,
)


def _decision_of_the_inquiry(event, kept):
    """ "The OAIC opened its investigation in 2022 ...", told after the determination it led
    to: how that decision came about, not another action."""
    if event.action_type != T.ENFORCEMENT:
        return None
    if not _INQUIRY_OPENED.match(event.sentence.text, event.cue_start):
        return None
    return next(
        (
            other for other in reversed(kept)
            if other.action_type == T.ENFORCEMENT and _places_agree(event, other, loose=True)
        ),
        None,
    )  # fmt: skip


def _one_government(event, other):
    """Whether both were taken by government bodies of one place: "Italy's parliament has
    approved a moratorium" and "a decree that the Senate passed on Thursday" are one act."""
    bodies = [
        next((o for o, role in e.organisations if role == "actor"), None) for e in (event, other)
    ]
    return all(b is not None and b.kind == "government" and b.place for b in bodies) and (
        bodies[0].place.pk == bodies[1].place.pk
    )


def _absorber(event, kept):
    """The action already read that `event` only describes further, if any."""
    if not kept:
        return None
    if event.apart or _elsewhere(event, kept) or _another_of_its_kind(event):
        return None
    decision = _decision_of_the_inquiry(event, kept)
    if decision is not None:
        return decision
    if event.date is None and (not event.act or event.instrument_subject):
        return _described(event, kept)
    if event.instrument_subject:
        # "The code, drawn up by the commissioner, comes into force today": the measure just
        # reported, whoever drafted it, at a date within the one it was reported at.
        described = _described(event, kept)
        if same_event(event, described) and _places_agree(event, described):
            return described
    for other in reversed(kept):
        if _also_another(event, other) or _suit_and_settlement(event, other):
            continue
        undated_kin = not event.dated and (
            kindred_types(event.action_type, other.action_type)
            or its_call_again(event, other)
            or the_law_again(event, other)
        )
        if undated_kin and (
            _places_agree(event, other, loose=True)
            or its_actor_goes_on(event, other)
            or the_ruling_told_again(event, other)
        ):
            return other
        same_actor = (
            event.place is None
            or other.place is None
            or event.actor == other.actor
            or _one_government(event, other)
            or (
                None in (event.actor, other.actor)
                and (event.date, other.date) != (None, None)
                and event.place.pk == other.place.pk
            )
        )
        if same_actor and same_event(event, other):
            return other
    return None


_SETTLING = re.compile(r"\bsettle(?:s|d|ment)?\b|\bagree(?:s|d)? to pay\b", re.IGNORECASE)


def _suit_and_settlement(event, other):
    """ "Six Flags has agreed to pay $36 million to settle the class action ... The case began
    in 2016, when Stacy Rosenbach sued": a suit's settlement and its start are two events."""
    if not event.action_type == other.action_type == T.LAWSUIT:
        return False
    return bool(_SETTLING.search(event.sentence.text)) != bool(
        _SETTLING.search(other.sentence.text)
    )


def _another_of_its_kind(event):
    """ "In 2021 it agreed to pay $650 million to settle a similar case", "It is the second
    time the regulator has penalised the company: in 2021 it fined": a dated action its own
    words set apart from the one reported, however alike."""
    text, cue = event.sentence.text, event.cue_start
    after = text[cue : cue + _REACH_OF_ANOTHER]
    before = text[max(0, cue - _REACH_OF_ANOTHER) : cue]
    return event.dated and (
        _ANOTHER.search(after) is not None or _TIMES_BEFORE.search(before) is not None
    )


_REACH_OF_ANOTHER = 80
_ANOTHER = re.compile(
    r"\b(?:a|an) (?:similar|separate|earlier|different|second)\b|\banother\b", re.IGNORECASE
)
# "It is the second time ...", "not the first time ...": what follows is the earlier time.
_TIMES_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth) time\b|\bnot the first time\b", re.IGNORECASE
)


def merge(into, event, *, refine=True, place=True):
    if into.date is None or (
        event.date is not None
        and PRECISION_RANK[event.precision] > PRECISION_RANK[into.precision]
        and _dates_agree(into, event)
    ):
        into.date, into.precision = event.date, event.precision
    # ("adopted a bill that would allow ..." and then "it would forbid ...": what a bill does
    # describes the bill, which stays one)
    describes_bill = into.action_type == T.BILL and not event.act
    if refine and event.specific and not into.specific and not event.mixed and not describes_bill:
        into.action_type, into.specific, into.status = (
            event.action_type, event.specific, event.status,
        )  # fmt: skip
    elif refine and _the_call_was_a_letter(into, event):
        into.action_type, into.status = T.LETTER, event.status
    weak = _SOURCE_RANK[into.place_source] <= _SOURCE_RANK["context"]
    if place and weak and _SOURCE_RANK[event.place_source] > _SOURCE_RANK[into.place_source]:
        into.place, into.place_source = event.place, event.place_source
    known = {(org.pk, org.name) for org, _role in into.organisations}
    into.organisations.extend(
        (org, role) for org, role in event.organisations if (org.pk, org.name) not in known
    )
    into.absorbed.append(event)


def _the_call_was_a_letter(into, event):
    """ "Five senators called on the TSA to stop ..." and then "In a letter to the TSA's
    head, they wrote ...": the call was made by that letter (a campaign launched as such
    stays one)."""
    return (
        into.action_type == T.CAMPAIGN
        and into.status == ActionStatus.ONGOING
        and event.action_type == T.LETTER
        and not event.dated
    )


def a_trend(event):
    """Whether `event` is a trend, no act: told of places in the plural ("Lawmakers in several
    states have filed bills"), with no date and no body named."""
    return event.place_source == "multiple" and not event.dated and not event.organisations


def assemble(events, sentences, published):
    kept = []
    for event in (e for e in events if not e.in_title and not a_trend(e)):
        told_of = _suit_referred_to(event, kept) or report_referred_to(event, kept)
        if told_of is not None:
            # Where the suit was filed, or where its bringer is from, is not where it belongs.
            merge(told_of, event, place=False)
            continue
        home = _absorber(event, kept)
        if home is None:
            kept.append(event)
        else:
            merge(home, event)
    for headline in (e for e in events if e.in_title):
        home = next(
            (
                other for other in kept
                if kindred_types(headline.action_type, other.action_type)
                or (_combinable(headline, other) and _places_agree(headline, other, loose=True))
            ),
            None,
        )  # fmt: skip
        if home is not None:
            place, source = home.place, home.place_source
            if headline.act and not home.act:  # the headline says who did it
                home.organisations[:0] = [
                    o for o in headline.organisations if o not in home.organisations
                ]
            merge(home, headline)
            if _SOURCE_RANK[source] >= _SOURCE_RANK["context"] and source != "context":
                home.place, home.place_source = place, source  # the body says it more exactly
        else:
            if headline.date is None:
                _date_from_first_sentence(headline, sentences, published)
            kept.insert(0, headline)
    return _letters_that_pledge(kept)


def _letters_that_pledge(kept):
    """A company's letter that carries its own pledge ("In a letter to Congress, IBM's CEO
    ...") is the pledge, not an action of its own."""
    pledges = [e for e in kept if e.action_type == T.CORPORATE_PLEDGE and e.actor]
    out = []
    for event in kept:
        companies = {(o.pk, o.name) for o, _r in event.organisations if o.kind == "company"}
        pledge = next((p for p in pledges if p.actor in companies), None)
        if event.action_type == T.LETTER and pledge is not None:
            merge(pledge, event, refine=False)
        else:
            out.append(event)
    return out


def _date_from_first_sentence(headline, sentences, published):
    """A headline's undated action happened when the text's first dated sentence says, if
    that is recent ("Dutch watchdog fines Clearview AI" / "said this week")."""
    from .dates import find_dates

    if published is None:
        return
    first = next((s for s in sentences if s.paragraph != 0), None)
    if first is None:
        return
    for mention in find_dates(first.text, published):
        if mention.date and mention.role == "event" and published - mention.date <= RECENT:
            headline.date, headline.precision = mention.date, mention.precision
            return
