"""Load the reference records: the jurisdictions in fixtures/, the organisation directory in
`directory/data/organisations.yaml` (and any organisations.yaml beside the jurisdictions), with
their aliases.

Records are keyed by slug (or, for a place the directory of places stored first, by OCD ID or
ISO code) and created when missing; each new place takes its numbers in the tree as it is
saved. A record that already exists is left as it is, because staff may have edited it in the
admin and a re-import must never undo their work.
The exception is aliases, which are added when missing, since the fixture's aliases are what
link articles to the record.
"""

import functools
from pathlib import Path

from django.db.models import CheckConstraint

from core.counts import Counts
from core.publicdata import bump_public_version
from core.records import RecordError, load_record_file, require

from .models import (
    Jurisdiction,
    JurisdictionAlias,
    JurisdictionKind,
    Organisation,
    OrganisationAlias,
)
from .place_names import PlaceName

JURISDICTIONS_FILE = "jurisdictions.yaml"
ORGANISATIONS_FILE = "organisations.yaml"
ORGANISATION_DIRECTORY = Path(__file__).resolve().parent / "data" / ORGANISATIONS_FILE


def load_reference_records(fixtures_dir):
    """Jurisdictions, then organisations: what the importer needs to recognise mentions.
    Returns a `Counts` for each kind of record."""
    fixtures_dir = Path(fixtures_dir)
    aliased = set()  # pks of the places given aliases
    results = {
        "jurisdictions": load_record_file(
            fixtures_dir / JURISDICTIONS_FILE,
            functools.partial(_create_jurisdiction, aliased=aliased),
            Counts(),
            "jurisdiction",
        ),
    }
    results["organisation directory"] = load_organisation_directory()
    results["organisations"] = load_record_file(
        fixtures_dir / ORGANISATIONS_FILE, _create_organisation, Counts(), "organisation"
    )
    # Aliases were added in bulk, which the admin's signals do not see: those places' search
    # keys, and only theirs (all 70,000 places would take seconds on every import).
    if aliased:
        PlaceName.objects.sync(Jurisdiction.objects.filter(pk__in=aliased))
    return results


def load_organisation_directory(path=ORGANISATION_DIRECTORY):
    """The curated organisations that recur in the news; a `Counts`. Safe to re-run."""
    return load_record_file(Path(path), _create_organisation, Counts(), "organisation")


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


def _add_missing_aliases(alias_model, owner_field, owner, record, *, new_owner=False):
    """Add the aliases of `record` that `owner` lacks; returns how many were added. A record
    just created (`new_owner`) has none to read."""
    existing = (
        set()
        if new_owner
        else set(alias_model.objects.filter(**{owner_field: owner}).values_list("text", flat=True))
    )
    added = alias_model.objects.bulk_create(
        alias_model(**{owner_field: owner}, **alias)
        for alias in _aliases(record)
        if alias["text"] not in existing
    )
    if added:
        bump_public_version()  # bulk_create sends no signals
    return len(added)


def _create_jurisdiction(record, *, aliased):
    """Create the place `record` names unless it is stored; add the pk of a place given
    aliases to `aliased`."""
    slug = require(record, "slug")
    parent = None
    if record.get("parent"):
        parent = Jurisdiction.objects.filter(slug=record["parent"]).first()
        if parent is None:
            raise RecordError(f"unknown parent '{record['parent']}' (list parents first)")
    jurisdiction = _stored_jurisdiction(slug, record.get("ocd_id"), record.get("iso_code"))
    created = jurisdiction is None
    if created:
        jurisdiction = Jurisdiction(
            slug=slug,
            name=require(record, "name"),
            kind=require(record, "kind"),
            parent=parent,
            ocd_id=record.get("ocd_id") or None,
            iso_code=record.get("iso_code") or "",
        )
        jurisdiction.full_clean()
        jurisdiction.save()
    if _add_missing_aliases(JurisdictionAlias, "jurisdiction", jurisdiction, record):
        aliased.add(jurisdiction.pk)
    return created


def _stored_jurisdiction(slug, ocd_id, iso_code):
    """The stored place a curated record names: by slug, else by OCD ID or ISO code, so that a
    place the directory loaded first is the same row, not a twin."""
    found = Jurisdiction.objects.filter(slug=slug).first()
    if found is None and ocd_id:
        found = Jurisdiction.objects.filter(ocd_id=ocd_id).first()
    if found is None and iso_code:
        found = Jurisdiction.objects.filter(iso_code=iso_code).first()
    return found


def _create_organisation(record):
    slug = require(record, "slug")
    organisation = Organisation.objects.filter(slug=slug).first()
    created = organisation is None
    place = _place(record.get("jurisdiction"))
    if created:
        organisation = Organisation(
            slug=slug,
            name=require(record, "name"),
            kind=require(record, "kind"),
            website=record.get("website") or "",
            description=(record.get("description") or "").strip(),
            jurisdiction=place,
        )
        # Its check constraints only restate the fields' choices, which clean_fields has
        # checked; validating them again costs a query each (a third of loading the directory).
        # Any other constraint (a unique one added later) is still checked.
        organisation.full_clean(validate_constraints=False)
        for constraint in Organisation._meta.constraints:
            if not isinstance(constraint, CheckConstraint):
                constraint.validate(Organisation, organisation)
        organisation.save()
    elif place is not None and organisation.jurisdiction_id is None:
        # Places may be loaded after the organisations; a place staff chose is never replaced.
        Organisation.objects.filter(pk=organisation.pk).update(jurisdiction=place)
        bump_public_version()
    _add_missing_aliases(OrganisationAlias, "organisation", organisation, record, new_owner=created)
    return created


def _place(code):
    """The place an organisation record names by ISO 3166 code, OCD ID, GeoNames ID (a city
    abroad: "geonames:2643743", London), or the slug of an international body
    ("united-nations", which has no code); None while the directory lacks it (loading places
    later fills it in on the next run)."""
    if not code:
        return None
    if not isinstance(code, str):
        raise RecordError(
            f"jurisdiction {code!r} must be an ISO 3166 code, an OCD ID, a GeoNames ID "
            "(geonames:N) or an international body's slug"
        )
    if code.startswith("ocd-division/"):
        return Jurisdiction.objects.filter(ocd_id=code).first()
    if code.startswith("geonames:"):  # a city abroad, which has neither: "geonames:2643743"
        geonames_id = code.removeprefix("geonames:")
        if not geonames_id.isdigit():
            raise RecordError(f"jurisdiction {code!r}: a GeoNames ID is a number (geonames:N)")
        return Jurisdiction.objects.filter(geonames_id=int(geonames_id)).first()
    return (
        Jurisdiction.objects.filter(iso_code=code).first()
        or Jurisdiction.objects.filter(
            slug=code, kind__in=(JurisdictionKind.INTERNATIONAL, JurisdictionKind.SUPRANATIONAL)
        ).first()
    )
