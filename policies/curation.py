"""Load the curated policy actions in fixtures/actions.yaml, citing imported articles.

Actions are keyed by slug and created when missing; an existing one is left as it is, because
staff may have edited it in the admin and a re-import must never undo their work. Each record is
saved in its own transaction, and a bad record is reported with the file and the slug while the
rest still load. The articles an action cites must have been imported first.
"""

import datetime
import re
from pathlib import Path

from articles.models import ArticleURL
from articles.urls import normalize_url
from core.counts import Counts
from core.publicdata import bump_public_version
from core.records import RecordError, load_record_file, require
from directory.models import Jurisdiction, Organisation

from .dates import DatePrecision
from .models import ActionExtent, ActionParticipant, Citation, EditorialState, PolicyAction

ACTIONS_FILE = "actions.yaml"


_PARTIAL_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


def parse_partial_date(value):
    """ "2019" -> (2019-01-01, year); "2019-06" -> (2019-06-01, month); "2019-06-27" -> day."""
    if isinstance(value, datetime.date):
        return value, DatePrecision.DAY
    match = _PARTIAL_DATE.match(str(value).strip())
    if not match:
        raise RecordError(f"cannot read the date {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.group("year", "month", "day")
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    try:
        return datetime.date(int(year), int(month or 1), int(day or 1)), precision
    except ValueError:
        raise RecordError(f"impossible date {value!r}") from None


def _create_action(record):
    slug = require(record, "slug")
    if PolicyAction.objects.filter(slug=slug).exists():
        return False
    date, precision = parse_partial_date(require(record, "date"))
    jurisdiction = None
    if record.get("jurisdiction"):
        jurisdiction = Jurisdiction.objects.filter(slug=record["jurisdiction"]).first()
        if jurisdiction is None:
            raise RecordError(f"unknown jurisdiction '{record['jurisdiction']}'")
    action = PolicyAction(
        slug=slug,
        title=require(record, "title"),
        action_type=require(record, "type"),
        status=require(record, "status"),
        extent=record.get("extent") or ActionExtent.JURISDICTION,
        jurisdiction=jurisdiction,
        scope=require(record, "scope"),
        date=date,
        date_precision=precision,
        date_source=" ".join((record.get("date_source") or "").split()),
        notes=" ".join((record.get("notes") or "").split()),
        effective_date=parse_partial_date(record["effective_date"])[0]
        if record.get("effective_date")
        else None,
        expiry_date=parse_partial_date(record["expiry_date"])[0]
        if record.get("expiry_date")
        else None,
        summary=" ".join(require(record, "summary").split()),
        state=record.get("state") or EditorialState.PUBLISHED,
    )
    action.full_clean()
    action.save()

    participants = []
    for entry in record.get("organisations") or []:
        organisation = Organisation.objects.filter(slug=entry.get("organisation")).first()
        if organisation is None:
            raise RecordError(f"unknown organisation '{entry.get('organisation')}'")
        participants.append(
            ActionParticipant(action=action, organisation=organisation, role=entry.get("role"))
        )
    for participant in participants:
        participant.full_clean(exclude=["action"])
    ActionParticipant.objects.bulk_create(participants)

    citations = []
    for position, source in enumerate(require(record, "sources"), start=1):
        url = normalize_url(require(source, "url"))
        article_id = ArticleURL.objects.filter(url=url).values_list("article_id", flat=True).first()
        if article_id is None:
            raise RecordError(f"source {url} is not an imported article (import the seeds first)")
        quote = " ".join((source.get("quote") or "").split())
        citations.append(
            Citation(action=action, article_id=article_id, quote=quote, position=position)
        )
    Citation.objects.bulk_create(citations)
    # After the last write: its parts and sources were written in bulk, without signals.
    bump_public_version()
    return True


def load_curated_actions(fixtures_dir):
    """Policy actions, after the articles they cite have been imported."""
    path = Path(fixtures_dir) / ACTIONS_FILE
    return {"actions": load_record_file(path, _create_action, Counts(), "action")}
