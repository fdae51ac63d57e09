"""An event the reader assembled, as the proposal staff review: its status (the verb's, else the
usual one of its type), whether it is background to the news, and how sure the reader is."""

import datetime
import re

from policies.dates import DatePrecision, truncate_to_precision
from policies.models import ActionStatus, ActionType

from .proposals import ProposedAction

T = ActionType
# What happened this long before the text was published is background, unless it says otherwise.
RECENT = datetime.timedelta(days=45)
_CONTEXT_WORDS = re.compile(r"\b(?:already|similar|earlier)\b", re.IGNORECASE)
# After the cue: "passed similar restrictions earlier this year" is context for the news.
_CONTEXT_AFTER = re.compile(r"\b(?:similar|earlier this (?:year|month|week))\b", re.IGNORECASE)
_DEFAULT_STATUS = {
    T.BAN: ActionStatus.IN_FORCE, T.MORATORIUM: ActionStatus.IN_FORCE,
    T.REGULATION: ActionStatus.IN_FORCE, T.REPEAL: ActionStatus.IN_FORCE,
    T.AUTHORISATION: ActionStatus.IN_FORCE, T.CORPORATE_PLEDGE: ActionStatus.IN_FORCE,
    T.ENFORCEMENT: ActionStatus.ISSUED, T.COURT_RULING: ActionStatus.ISSUED,
    T.LETTER: ActionStatus.ISSUED, T.LAWSUIT: ActionStatus.ONGOING,
    T.CAMPAIGN: ActionStatus.ONGOING, T.BILL: ActionStatus.PROPOSED,
}  # fmt: skip


def is_background(event, published):
    text = event.sentence.text
    if _CONTEXT_WORDS.search(text[: event.cue_start]) or _CONTEXT_AFTER.search(
        text, event.cue_start
    ):
        return True
    if event.date is None or published is None:
        return False
    end = {
        DatePrecision.DAY: event.date,
        DatePrecision.MONTH: (event.date.replace(day=28) + datetime.timedelta(days=4)).replace(
            day=1
        )
        - datetime.timedelta(days=1),
        DatePrecision.YEAR: datetime.date(event.date.year, 12, 31),
    }[event.precision]
    return end < published - RECENT


def _confidence(event):
    score = 0.45
    score += 0.2 if event.act and event.specific else 0.05
    score += 0.15 if event.date is not None else 0
    score += 0.1 if event.place_source in ("sentence", "organisation", "company") else 0
    score -= 0.2 if event.proposal and event.action_type not in (T.LETTER, T.CAMPAIGN) else 0
    return round(min(max(score, 0.1), 0.95), 2)


def proposal(event, related_index, published):
    date = event.date
    precision = event.precision if date is not None else None
    if date is not None:
        date = truncate_to_precision(date, precision)
    return ProposedAction(
        action_type=str(event.action_type),
        status=str(event.status or _DEFAULT_STATUS.get(event.action_type) or "") or None,
        background=is_background(event, published),
        date=date,
        date_precision=str(precision) if precision else None,
        jurisdiction_id=event.place.pk if event.place is not None else None,
        organisations=tuple(
            (org.pk, role) for org, role in event.organisations if org.pk is not None
        ),
        evidence=event.sentence.text,
        evidence_start=event.sentence.start,
        related_index=related_index,
        confidence=_confidence(event),
        candidates=tuple((org.name, role) for org, role in event.organisations if org.pk is None),
    )
