"""Load the curated records in fixtures/: jurisdictions, organisations and policy actions.

The files are YAML lists read with the importer's strict loader. Records are keyed by slug and
created when missing. A record that already exists is left as it is, because staff may have
edited it in the admin and a re-import must never undo their work. The exception is aliases,
which are added when missing, since the fixture's aliases are what link articles to the record.
Each record is saved in its own transaction, and a bad record is reported with the file and the
slug while the rest still load.
"""

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from articles.models import ArticleURL
from articles.parsing import DocumentError, load_yaml, normalize_url

from .dates import DatePrecision
from .models import (
    ActionExtent,
    ActionParticipant,
    Citation,
    EditorialState,
    Jurisdiction,
    JurisdictionAlias,
    Organisation,
    OrganisationAlias,
    PolicyAction,
)

JURISDICTIONS_FILE = "jurisdictions.yaml"
ORGANISATIONS_FILE = "organisations.yaml"
ACTIONS_FILE = "actions.yaml"


@dataclass
class CuratedCounts:
    created: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list = field(default_factory=list)  # (source, problem)

    def summary(self):
        return f"{self.created} created, {self.unchanged} unchanged, {self.failed} failed"


class RecordError(Exception):
    pass


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


def _read_records(path):
    """The list of records in a fixture file; raises DocumentError for the whole file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DocumentError(path, "not valid UTF-8") from None
    records = load_yaml(text, path, what="YAML") or []
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise DocumentError(path, "expected a list of records (- key: value)")
    return records


def _load_each(path, records, create, counts, label):
    for index, record in enumerate(records, start=1):
        name = f"{label} '{record.get('slug', f'#{index}')}'"
        try:
            with transaction.atomic():
                created = create(record)
        except (
            RecordError,
            ValidationError,
            AttributeError,
            KeyError,
            TypeError,
            ValueError,
        ) as exc:
            problem = exc.messages if isinstance(exc, ValidationError) else exc
            counts.failed += 1
            counts.failures.append((str(path), f"{name}: {problem}"))
            continue
        if created:
            counts.created += 1
        else:
            counts.unchanged += 1


def _require(record, key):
    value = record.get(key)
    if value in (None, ""):
        raise RecordError(f"missing {key}")
    return value


def _aliases(record):
    for alias in record.get("aliases") or []:
        if isinstance(alias, str):
            yield {"text": alias, "case_sensitive": False, "exclude": False}
        elif isinstance(alias, dict) and alias.get("text"):
            yield {
                "text": alias["text"],
                "case_sensitive": bool(alias.get("case_sensitive", False)),
                "exclude": bool(alias.get("exclude", False)),
            }
        else:
            raise RecordError(f"alias {alias!r} must be text or have a 'text' key")


def _add_missing_aliases(alias_model, owner_field, owner, record):
    existing = set(
        alias_model.objects.filter(**{owner_field: owner}).values_list("text", flat=True)
    )
    alias_model.objects.bulk_create(
        alias_model(**{owner_field: owner}, **alias)
        for alias in _aliases(record)
        if alias["text"] not in existing
    )


def _create_jurisdiction(record):
    slug = _require(record, "slug")
    parent = None
    if record.get("parent"):
        parent = Jurisdiction.objects.filter(slug=record["parent"]).first()
        if parent is None:
            raise RecordError(f"unknown parent '{record['parent']}' (list parents first)")
    jurisdiction = Jurisdiction.objects.filter(slug=slug).first()
    created = jurisdiction is None
    if created:
        jurisdiction = Jurisdiction(
            slug=slug,
            name=_require(record, "name"),
            kind=_require(record, "kind"),
            parent=parent,
            ocd_id=record.get("ocd_id") or None,
            iso_code=record.get("iso_code") or "",
        )
        jurisdiction.full_clean()
        jurisdiction.save(rebuild_tree=False)
    _add_missing_aliases(JurisdictionAlias, "jurisdiction", jurisdiction, record)
    return created


def _create_organisation(record):
    slug = _require(record, "slug")
    organisation = Organisation.objects.filter(slug=slug).first()
    created = organisation is None
    if created:
        organisation = Organisation(
            slug=slug,
            name=_require(record, "name"),
            kind=_require(record, "kind"),
            website=record.get("website") or "",
            description=(record.get("description") or "").strip(),
        )
        organisation.full_clean()
        organisation.save()
    _add_missing_aliases(OrganisationAlias, "organisation", organisation, record)
    return created


def _create_action(record):
    slug = _require(record, "slug")
    if PolicyAction.objects.filter(slug=slug).exists():
        return False
    date, precision = parse_partial_date(_require(record, "date"))
    jurisdiction = None
    if record.get("jurisdiction"):
        jurisdiction = Jurisdiction.objects.filter(slug=record["jurisdiction"]).first()
        if jurisdiction is None:
            raise RecordError(f"unknown jurisdiction '{record['jurisdiction']}'")
    action = PolicyAction(
        slug=slug,
        title=_require(record, "title"),
        action_type=_require(record, "type"),
        status=_require(record, "status"),
        extent=record.get("extent") or ActionExtent.JURISDICTION,
        jurisdiction=jurisdiction,
        scope=_require(record, "scope"),
        date=date,
        date_precision=precision,
        date_source=(record.get("date_source") or "").strip(),
        effective_date=parse_partial_date(record["effective_date"])[0]
        if record.get("effective_date")
        else None,
        expiry_date=parse_partial_date(record["expiry_date"])[0]
        if record.get("expiry_date")
        else None,
        summary=" ".join(_require(record, "summary").split()),
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
    for position, source in enumerate(_require(record, "sources"), start=1):
        url = normalize_url(_require(source, "url"))
        article_id = ArticleURL.objects.filter(url=url).values_list("article_id", flat=True).first()
        if article_id is None:
            raise RecordError(f"source {url} is not an imported article (import the seeds first)")
        quote = " ".join((source.get("quote") or "").split())
        citations.append(
            Citation(action=action, article_id=article_id, quote=quote, position=position)
        )
    Citation.objects.bulk_create(citations)
    return True


def load_reference_records(fixtures_dir):
    """Jurisdictions and organisations: what the importer needs to recognise mentions."""
    fixtures_dir = Path(fixtures_dir)
    results = {}
    for filename, label, create in (
        (JURISDICTIONS_FILE, "jurisdiction", _create_jurisdiction),
        (ORGANISATIONS_FILE, "organisation", _create_organisation),
    ):
        counts = CuratedCounts()
        path = fixtures_dir / filename
        try:
            _load_each(path, _read_records(path), create, counts, label)
        except DocumentError as exc:
            counts.failed += 1
            counts.failures.append((exc.source, exc.problem))
        results[f"{label}s"] = counts
    Jurisdiction.objects.rebuild_tree()
    return results


def load_curated_actions(fixtures_dir):
    """Policy actions, after the articles they cite have been imported."""
    counts = CuratedCounts()
    path = Path(fixtures_dir) / ACTIONS_FILE
    try:
        _load_each(path, _read_records(path), _create_action, counts, "action")
    except DocumentError as exc:
        counts.failed += 1
        counts.failures.append((exc.source, exc.problem))
    return {"actions": counts}
