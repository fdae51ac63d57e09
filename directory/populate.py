"""Store the directory of places: one idempotent step that adds what is missing.

A place already stored is found by its OCD ID (or an ID that OCD says names the same division),
its ISO 3166 code, its GeoNames ID or, for a body or a UK area with none of these, its slug, and
is left as staff keep it: only blank reference fields (GeoNames ID, coordinates, population,
official name) are filled in, and missing aliases added. One exception: a GeoNames city that
older data put directly under its country moves under the region the data now gives it, if it
still sits under that country (staff who moved it elsewhere keep their choice). New places are
written in bulk, already numbered, so loading never renumbers the tree place by place. The
curated records' slugs (`fixtures/jurisdictions.yaml`) are kept for the places they name,
whichever loads first.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction

from core.counts import Counts
from core.publicdata import bump_public_version
from core.records import read_records
from core.statistics import refresh_statistics

from . import nesting
from .gazetteer import ocd_same_as, world_places
from .models import Jurisdiction, JurisdictionAlias
from .place_names import PlaceName
from .slugs import SlugRequest, plan_slugs

JURISDICTIONS_FILE = "jurisdictions.yaml"
# Fewer new places than this join an existing tree one by one, each in its gap; more are
# numbered with the whole tree at once.
FEW = 200
_FILLED = ("geonames_id", "latitude", "longitude", "population", "official_name")
_COPIED = ("name", "kind", "ocd_id", "iso_code", *_FILLED)
_TREE = ("tree_left", "tree_right", "depth", "qualified_name")


@dataclass
class DirectoryReport:
    places: Counts = field(default_factory=Counts)
    aliases: Counts = field(default_factory=Counts)
    filled: int = 0
    moved: int = 0
    renamed: int = 0


def load_directory(records=None, *, fixtures_dir=None):
    """Add every place of the gazetteer that is missing; returns a `DirectoryReport`. The
    curated records' slugs are read from `fixtures_dir` (by default the project's fixtures/)."""
    records = records if records is not None else world_places()
    preferred = fixture_slugs(fixtures_dir or settings.CURATED_FIXTURES_DIR)
    report = DirectoryReport()
    with transaction.atomic():
        matched = _match(records)
        new = [record for record in records if record.key not in matched]
        report.places.created = len(new)
        report.places.unchanged = len(matched)
        report.filled = _fill_blanks(records, matched)
        if new:
            _create(new, matched, preferred)
        report.moved = _move_into_regions(records, matched)
        report.renamed = _rename_regions(records, matched)
        if report.moved or report.renamed:
            nesting.rebuild(Jurisdiction)  # depths and qualified names of what moved or renamed
        report.aliases.created = _add_missing_aliases(records, matched)
        # Places and aliases written in bulk reach the place search only through its keys.
        PlaceName.objects.sync()
        if report.places.created or report.filled or report.aliases.created:
            bump_public_version()  # bulk writes send no signals
        if new:
            # Before the commit: PostgreSQL checks each new place's deferred foreign keys then,
            # with plans made from the statistics it has. Statistics taken while the tables
            # were nearly empty made every check a scan of the whole table (74,616 places: a
            # commit of many minutes); taken now, they count the rows this load wrote.
            refresh_statistics(tables=[Jurisdiction, JurisdictionAlias, PlaceName])
    return report


def fixture_slugs(fixtures_dir):
    """The slugs the curated records give places, by OCD ID and by ISO code: "minneapolis"
    must stay Minneapolis's slug, whichever of the two loaders runs first."""
    slugs = {}
    for record in read_records(Path(fixtures_dir) / JURISDICTIONS_FILE):
        for identifier in (record.get("ocd_id"), record.get("iso_code")):
            if identifier and record.get("slug"):
                slugs[identifier] = record["slug"]
    return slugs


def _match(records):
    """{record key: pk} for the records already stored."""
    by_ocd, by_iso, by_geonames, by_slug = {}, {}, {}, {}
    for pk, slug, ocd_id, iso_code, geonames_id in Jurisdiction.objects.values_list(
        "pk", "slug", "ocd_id", "iso_code", "geonames_id"
    ):
        by_slug[slug] = pk
        if ocd_id:
            by_ocd[ocd_id] = pk
        if iso_code:
            by_iso[iso_code] = pk
        if geonames_id:
            by_geonames[geonames_id] = pk
    same_as = ocd_same_as() if by_ocd else {}
    matched = {}
    for record in records:
        pk = None
        if record.ocd_id:
            for ocd_id in (record.ocd_id, *sorted(same_as.get(record.ocd_id, ()))):
                pk = pk or by_ocd.get(ocd_id)
        pk = pk or (record.iso_code and by_iso.get(record.iso_code))
        pk = pk or (record.geonames_id and by_geonames.get(record.geonames_id))
        if not pk and record.key.startswith(("body:", "uk-area:")):
            pk = by_slug.get(record.slug)
        if pk:
            matched[record.key] = pk
    return matched


def _fill_blanks(records, matched):
    """Reference fields a stored place lacks (a curated record has no population): filled,
    never overwritten."""
    # The whole table, not pk__in: a list of 70,000 parameters is slower than reading them all.
    stored = {row[0]: row[1:] for row in Jurisdiction.objects.values_list("pk", *_FILLED)}
    used_geonames = set(
        Jurisdiction.objects.exclude(geonames_id=None).values_list("geonames_id", flat=True)
    )
    changed = []
    for record in records:
        pk = matched.get(record.key)
        if pk is None:
            continue
        values = dict(zip(_FILLED, stored[pk], strict=True))
        updates = {
            name: getattr(record, name)
            for name, value in values.items()
            if value in (None, "") and getattr(record, name) not in (None, "")
        }
        geonames_id = updates.get("geonames_id")
        if geonames_id is not None and geonames_id in used_geonames:
            del updates["geonames_id"]  # another place holds it: the id is unique
        elif geonames_id is not None:
            used_geonames.add(geonames_id)
        if updates:
            changed.append(Jurisdiction(pk=pk, **{**values, **updates}))
    Jurisdiction.objects.bulk_update(changed, list(_FILLED), batch_size=500)
    return len(changed)


def _move_into_regions(records, matched):
    """Stored GeoNames cities still directly under the country that older data put them under,
    given the region of that country the data now names (`geonames_admin1_anchors`); returns
    how many moved. A city whose parent is anything else was placed by staff and stays."""
    by_key = {record.key: record for record in records}
    wanted = {}  # city pk -> (country key, region key)
    for record in records:
        pk = matched.get(record.key)
        region = by_key.get(record.parent_key)
        if pk is None or not record.key.startswith("geonames:") or region is None:
            continue
        country = by_key.get(region.parent_key)
        if region.kind == "state" and country is not None and country.kind == "country":
            wanted[pk] = (country.key, region.key)
    if not wanted:
        return 0
    # The whole table, not pk__in: 30,000 parameters are slower than reading every row.
    parents = dict(Jurisdiction.objects.values_list("pk", "parent_id"))
    regions = {key for _country, key in wanted.values()}
    region_pks = {key: matched[key] for key in regions if key in matched}
    just_created = [by_key[key] for key in regions if key not in matched]
    if just_created:
        region_pks.update(_pks_by_key(just_created))
    moves = {
        pk: region_pks[region]
        for pk, (country, region) in wanted.items()
        if parents.get(pk) is not None
        and parents[pk] == matched.get(country)
        and region in region_pks
    }
    if not moves:
        return 0
    places = list(Jurisdiction.objects.filter(pk__in=list(moves)).only("pk", "parent_id"))
    for place in places:
        place.parent_id = moves[place.pk]
    Jurisdiction.objects.bulk_update(places, ["parent_id"], batch_size=500)
    return len(places)


def _rename_regions(records, matched):
    """Stored regions and cities still named as their source names them ("Zhejiang Sheng",
    "Köln") given the English name `places.yaml` now gives them ("Zhejiang", "Cologne");
    returns how many. A place staff renamed keeps their name."""
    wanted = {
        matched[record.key]: record
        for record in records
        if record.kind in ("state", "city") and record.official_name and record.key in matched
    }
    places = [
        place
        for place in Jurisdiction.objects.filter(pk__in=list(wanted)).only("pk", "name")
        if place.name == wanted[place.pk].official_name != wanted[place.pk].name
    ]
    for place in places:
        place.name = wanted[place.pk].name
    Jurisdiction.objects.bulk_update(places, ["name"], batch_size=500)
    return len(places)


def _create(new, matched, preferred):
    existing = {
        pk: (parent_id, name, slug)
        for pk, parent_id, name, slug in Jurisdiction.objects.values_list(
            "pk", "parent_id", "name", "slug"
        )
    }
    by_key = {record.key: record for record in new}
    slugs = _plan_slugs(new, by_key, matched, existing, preferred)
    if existing and len(new) < FEW:
        created = {}
        for record in new:  # parents come first in the gazetteer
            place = Jurisdiction(
                parent_id=matched.get(record.parent_key) or _pk_of(created, record.parent_key),
                slug=slugs[record.key],
                **{name: getattr(record, name) for name in _COPIED},
            )
            place.full_clean()
            place.save()
            created[record.key] = place.pk
        return
    _insert_numbered(new, matched, existing, slugs)


def _pk_of(created, key):
    return created[key] if key is not None else None


def _insert_numbered(new, matched, existing, slugs):
    """Write the new places in one statement run, numbered together with the stored ones.

    The rows are plain tuples with primary keys given here (after the largest stored one, the
    table locked meanwhile on PostgreSQL), so that parents are known without a round trip per
    level, and model instances, 70,000 of them, are never built."""
    lock_table()
    first_pk = (max(existing) if existing else 0) + 1
    pk_of = {**matched, **{record.key: first_pk + i for i, record in enumerate(new)}}
    rows = [(pk, parent_id, name) for pk, (parent_id, name, _slug) in existing.items()]
    rows += [(pk_of[r.key], pk_of.get(r.parent_key), r.name) for r in new]
    step = max(1, min(nesting.STEP, nesting.MAX_BOUND // (2 * len(rows) + 2)))
    roots = [pk for pk, parent_id, _name in rows if parent_id is None]
    numbered = nesting.number(rows, roots, 0, step * (2 * len(rows) + 1))
    current = {
        pk: tuple(values)
        for pk, *values in Jurisdiction.objects.values_list(
            "pk", "tree_left", "tree_right", "depth", "qualified_name"
        )
    }
    nesting.write(Jurisdiction, {pk: numbered[pk] for pk in existing}, current)
    columns = ["id", "parent_id", "slug", *_COPIED, *_TREE]
    values = [
        (
            pk_of[r.key],
            pk_of.get(r.parent_key),
            slugs[r.key],
            *(getattr(r, name) for name in _COPIED),
            *numbered[pk_of[r.key]],
        )
        for r in new
    ]
    quote = connection.ops.quote_name
    table = quote(Jurisdiction._meta.db_table)
    names = ", ".join(quote(Jurisdiction._meta.get_field(c).column) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # COPY: several times faster than INSERTs
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in values:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)  # noqa: S608 (the model's own names)
        for statement in connection.ops.sequence_reset_sql(no_style(), [Jurisdiction]):
            cursor.execute(statement)


def lock_table():
    """Keep other writers out while primary keys are handed out here (PostgreSQL; SQLite's
    write transaction already excludes them)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            table = connection.ops.quote_name(Jurisdiction._meta.db_table)
            cursor.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")


def _plan_slugs(new, by_key, matched, existing, preferred):
    names_of_stored = {pk: name for pk, (_parent, name, _slug) in existing.items()}

    def ancestors(record):
        names, key, pk = [], record.parent_key, None
        while key is not None:
            if key in by_key:
                names.append(by_key[key].name)
                key = by_key[key].parent_key
            else:
                pk, key = matched[key], None
        while pk is not None:
            names.append(names_of_stored[pk])
            pk = existing[pk][0]
        return tuple(names)

    taken = {slug for _parent, _name, slug in existing.values()}
    fixed = {}
    for record in new:
        wanted = record.slug or preferred.get(record.ocd_id) or preferred.get(record.iso_code)
        if wanted and wanted not in taken:
            fixed[record.key] = wanted
            taken.add(wanted)
    requests = [
        SlugRequest(record.key, record.name, record.kind, ancestors(record))
        for record in new
        if record.key not in fixed
    ]
    return {**plan_slugs(requests, taken), **fixed}


def _add_missing_aliases(records, matched):
    """Aliases of the gazetteer that a place lacks, created; returns how many."""
    pks = {record.key: matched.get(record.key) for record in records if record.aliases}
    just_created = [record for record in records if pks.get(record.key, 0) is None]
    if just_created:
        pks.update(_pks_by_key(just_created))
    stored = set(JurisdictionAlias.objects.values_list("jurisdiction_id", "text"))
    aliases = [
        JurisdictionAlias(jurisdiction_id=pks[record.key], text=text, case_sensitive=sensitive)
        for record in records
        if record.key in pks
        for text, sensitive in record.aliases
        if (pks[record.key], text) not in stored
    ]
    JurisdictionAlias.objects.bulk_create(aliases, batch_size=2000)
    return len(aliases)


def _pks_by_key(records):
    """The pks of places just created, found again by their identifiers."""
    found = _match(records)
    return {record.key: found[record.key] for record in records if record.key in found}
