"""What the reader proposes, and how a proposal is matched to an action already on record."""

import datetime
import itertools
import re
from dataclasses import dataclass

from policies.dates import DatePrecision
from policies.models import ActionType

# Types that name the same event in different words: a time-limited ban is a moratorium, a
# company's sales moratorium a pledge, a bill signed into law a regulation, a campaign's letter
# a letter. Reports disagree on these, so a proposal of one matches a record of the other.
_KINDRED = [
    {ActionType.BAN, ActionType.MORATORIUM, ActionType.BILL, ActionType.REGULATION},
    {ActionType.CORPORATE_PLEDGE, ActionType.MORATORIUM},
    {ActionType.LETTER, ActionType.CAMPAIGN},
]


@dataclass(frozen=True, slots=True)
class ProposedAction:
    action_type: str  # a policies.models.ActionType value
    status: str | None  # a policies.models.ActionStatus value, None when the text does not say
    background: bool  # an earlier action mentioned as context, not the news of the day
    date: datetime.date | None  # the first day of the month/year for coarser precisions
    date_precision: str | None  # a policies.dates.DatePrecision value, None when date is None
    jurisdiction_id: int | None  # directory.Jurisdiction pk; None for a company-wide action
    organisations: tuple  # ((directory.Organisation pk, "actor" | "target" | "signatory"), ...)
    evidence: str  # the sentence that reports it, verbatim
    evidence_start: int  # offset of `evidence` in the text it was read from
    related_index: int | None  # None for the main text, else the related item's 0-based index
    confidence: float  # 0..1, how sure the rules are
    # ((name, role), ...): organisations named that the directory does not know yet. The
    # importer stores them as candidates before reading, so stored documents have none here;
    # `read_news`, which stores nothing, prints them by name.
    candidates: tuple = ()


@dataclass(frozen=True, slots=True)
class ExistingAction:
    """An action on record, as much of it as matching needs."""

    slug: str
    action_type: str
    jurisdiction_id: int | None
    date: datetime.date | None
    date_precision: str | None
    # The organisations that took it: two companies' pledges of one week are two events.
    actor_ids: frozenset = frozenset()
    # What its citations quote, as `quote_key` gives them: a proposal that reports one of these
    # sentences is this record's event even when the reader could not place it.
    quotes: frozenset = frozenset()


_SHORTEST_QUOTE = 20  # characters: "It was banned." is too short to tell one event from another


def quote_key(text):
    """A quote or an evidence sentence with its spacing and case set aside."""
    return " ".join((text or "").split()).casefold()


def quotes_evidence(quotes, evidence):
    """Whether one of `quotes` (keys) is the sentence `evidence`, or a part of it, or holds it:
    a headline quoted without its outlet's name is still the same sentence."""
    evidence = quote_key(evidence)
    return any(
        min(len(quote), len(evidence)) >= _SHORTEST_QUOTE
        and (quote in evidence or evidence in quote)
        for quote in quotes
    )


def kindred_types(first, second):
    return first == second or any(first in group and second in group for group in _KINDRED)


def of_the_earlier_kind(action_type, specific, earlier_type):
    """(type, specific) of an action whose verb names no kind of measure ("approved its bylaw",
    "passed similar restrictions"): the kind of the measure last reported, where the two are
    kin; otherwise as it is."""
    if not specific and earlier_type is not None and kindred_types(earlier_type, action_type):
        return earlier_type, True
    return action_type, specific


def _period(date, precision):
    """The first and last day a partial date may stand for."""
    if precision == DatePrecision.YEAR:
        return datetime.date(date.year, 1, 1), datetime.date(date.year, 12, 31)
    if precision == DatePrecision.MONTH:
        start = date.replace(day=1)
        following = (start + datetime.timedelta(days=32)).replace(day=1)
        return start, following - datetime.timedelta(days=1)
    return date, date


def dates_close(first, first_precision, second, second_precision, *, slack_days=31):
    """Whether two partial dates may be the same event's: they overlap at the coarser of the
    two precisions, or lie within `slack_days` (reports and records round differently).
    An unknown date is close to any."""
    if first is None or second is None:
        return True
    first_start, first_end = _period(first, first_precision)
    second_start, second_end = _period(second, second_precision)
    if first_start <= second_end and second_start <= first_end:
        return True
    gap = max(first_start - second_end, second_start - first_end)
    return gap.days <= slack_days


def match_existing(proposal, candidates):
    """The candidate that records the event `proposal` reports, or None.

    Same event: kindred type, close dates, and either the same place (both none for
    company-wide actions, then taken by the same organisation) or a record that quotes the
    very sentence that reports it, when the reader found no place in it. The same type beats
    a kindred one, then a known date beats an unknown one, then the nearest date.
    """
    actors = frozenset(
        next(([pk] for pk, role in proposal.organisations if role == "actor"), [])
    )  # who took it: the first actor named
    best, best_rank = None, None
    for candidate in candidates:
        quoted = proposal.jurisdiction_id is None and quotes_evidence(
            candidate.quotes, proposal.evidence
        )
        if candidate.jurisdiction_id != proposal.jurisdiction_id and not quoted:
            continue
        if candidate.jurisdiction_id is None and not quoted and not actors & candidate.actor_ids:
            continue  # nowhere in particular: only the same actor makes it the same event
        if not kindred_types(proposal.action_type, candidate.action_type):
            continue
        if not dates_close(
            proposal.date, proposal.date_precision, candidate.date, candidate.date_precision
        ):
            continue
        distance = (
            abs((proposal.date - candidate.date).days)
            if proposal.date and candidate.date
            else 10**6
        )
        rank = (candidate.action_type != proposal.action_type, distance, candidate.slug)
        if best_rank is None or rank < best_rank:
            best, best_rank = candidate, rank
    return best


_DECISIONS = {ActionType.ENFORCEMENT, ActionType.COURT_RULING}
# "Denham also recommended that ICBC tell its customers ...": what the decision recommends.
_ALSO_RECOMMENDED = re.compile(r"\balso\s+(?:\w+\s+)?$", re.IGNORECASE)
_RECOMMENDS = re.compile(r"recommend(?:s|ed)?\b", re.IGNORECASE)


def without_recommendations_of_a_decision(kept):
    """`kept` less what a regulator's finding or a court's ruling "also recommended", told
    right after it, dated with it and naming no one it does not: "The commissioner found ...
    Denham also recommended that ICBC tell its customers ..." is one decision, its remedies
    part of it (a call on others, "also urged lawmakers to ...", stays a campaign)."""
    dropped = set()
    for before, event in itertools.pairwise(kept):
        text = event.sentence.text
        if (
            before.action_type in _DECISIONS
            and event.action_type == ActionType.CAMPAIGN
            and _RECOMMENDS.match(text, event.cue_start)
            and _ALSO_RECOMMENDED.search(text, 0, event.cue_start)
            and event.date == before.date
            and (event.actor is None or event.actor == before.actor)
            and {o for o, _r in event.organisations} <= {o for o, _r in before.organisations}
        ):
            dropped.add(id(event))
    return [event for event in kept if id(event) not in dropped]
