"""Finding a place by any of its names: the search keys, their table, and the query over it.

Every way a place can be looked up (its name, its aliases, each later word of those, its ISO
code) is stored as a *key*: casefolded, accents stripped and punctuation dropped, so "Zürich",
"ZURICH" and "zurich" are one key, and "St. Louis" is "st louis". A search is a prefix match
on the key column's B-tree index, which both databases use: a range on SQLite, `LIKE 'x%'` on
PostgreSQL (Django gives an indexed `CharField` a pattern-ops index there). Keys are derived
data, kept in step by `PlaceName.objects.sync()`: for one place whenever it or an alias is
saved in the admin, and for every place after a bulk load (`manage.py index_place_names`).
"""

import re
import unicodedata

from django.core.exceptions import EmptyResultSet
from django.db import connections, models, transaction
from django.db.models import (
    BooleanField,
    Case,
    Expression,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)

from core.publicdata import bump_public_version

from .text import LETTERS_WITHOUT_ACCENTS

# Marks dropped without leaving a word break: "St. Louis", "Martha's Vineyard", "U.S.".
_DROPPED = re.compile("[.'`\u2019\u02bc]")
_SEPARATORS = re.compile(r"[\W_]+")
KEY_LENGTH = 200
# A search reads at most this many words; the rest of a longer one is ignored.
MAX_QUERY_WORDS = 8
# At most this many places around the name are read (after commas, the first; without, the
# last words: "boston massachusetts united states"): each is a query and a condition on every
# place the name finds, and eight short words read every way cost 100-500 ms of CPU a search,
# "a, b, c, d, e, f, g, h" 195 ms (bench/web).
MAX_QUALIFIERS = 3
# Qualifiers ("Boston, MA") narrow by the places they name; a one-letter qualifier could name
# hundreds, so only this many (the largest) are used.
MAX_QUALIFYING_PLACES = 200


def normalize_name(text):
    """The key a name is stored and looked up by: "São Paulo" and "SAO PAULO" are "sao paulo"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.translate(LETTERS_WITHOUT_ACCENTS)
    return " ".join(_SEPARATORS.sub(" ", _DROPPED.sub("", text)).split())[:KEY_LENGTH].strip()


class KeySource(models.IntegerChoices):
    NAME = 0, "Name"
    ALIAS = 1, "Alias"
    LATER_WORD = 2, "A later word of the name or an alias"
    CODE = 3, "ISO 3166 code"


def place_keys(name, aliases=(), iso_code=""):
    """{key: source} for a place: "New York" gives "new york" (name) and "york" (later word);
    ISO code "US-MA" gives "us ma" and "ma". Where two sources give one key, the first wins."""
    keys = {}
    for source, texts in ((KeySource.NAME, [name]), (KeySource.ALIAS, aliases)):
        for text in texts:
            keys.setdefault(normalize_name(text), source)
    for key in list(keys):
        words = key.split()
        for start in range(1, len(words)):
            keys.setdefault(" ".join(words[start:]), KeySource.LATER_WORD)
    if iso_code:
        keys.setdefault(normalize_name(iso_code), KeySource.CODE)
        keys.setdefault(normalize_name(iso_code.rpartition("-")[2]), KeySource.CODE)
    keys.pop("", None)
    return keys


def _successor(prefix):
    """The smallest string after every string that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_parameter(prefix, vendor):
    """The parameter that bounds a prefix match of `prefix` (`starting_with`), as the database
    of `vendor` is given it: the pattern of PostgreSQL's LIKE (a key holds no wildcard), the
    end of SQLite's range."""
    return f"{prefix}%" if vendor == "postgresql" else _successor(prefix)


def _prefix_match(prefix, vendor):
    """A condition: the key starts with `prefix`, as the key index serves it on `vendor`."""
    if vendor == "postgresql":
        return Q(key__startswith=prefix)
    # SQLite uses an index for LIKE only on a case-insensitive column; a range on the
    # binary-collated key column is the same prefix match, and indexed.
    return Q(key__gte=prefix, key__lt=_successor(prefix))


class PlaceNameQuerySet(models.QuerySet):
    def starting_with(self, prefix):
        """Keys that start with `prefix` (a normalized key), served by the key index. A code
        matches only whole: "m" finds Massachusetts, but not through its code "ma"."""
        matching = self.filter(_prefix_match(prefix, connections[self.db].vendor))
        return matching.exclude(Q(source=KeySource.CODE) & ~Q(key=prefix))


class PlaceNameManager(models.Manager.from_queryset(PlaceNameQuerySet)):
    @transaction.atomic
    def sync(self, jurisdictions=None):
        """Make the keys of `jurisdictions` (a queryset; every place when None) match their
        names, aliases and codes. Only differences are written, so a re-run is cheap.
        Returns (keys added, keys removed)."""
        from .models import Jurisdiction, JurisdictionAlias

        if jurisdictions is None:
            jurisdictions = Jurisdiction.objects.all()
        places = dict(jurisdictions.values_list("pk", "name"))
        codes = dict(jurisdictions.values_list("pk", "iso_code"))
        aliases = {}
        for pk, text in JurisdictionAlias.objects.filter(
            jurisdiction__in=jurisdictions, exclude=False
        ).values_list("jurisdiction", "text"):
            aliases.setdefault(pk, []).append(text)
        wanted = {
            (pk, key): source
            for pk, name in places.items()
            for key, source in place_keys(name, aliases.get(pk, ()), codes[pk]).items()
        }
        stored = {
            (pk, key): (row_id, source)
            for row_id, pk, key, source in self.filter(jurisdiction__in=jurisdictions)
            .order_by()
            .values_list("pk", "jurisdiction", "key", "source")
        }
        stale = [
            row_id for entry, (row_id, source) in stored.items() if wanted.get(entry) != source
        ]
        for start in range(0, len(stale), 500):
            self.filter(pk__in=stale[start : start + 500]).delete()
        kept = {entry for entry, (_row, source) in stored.items() if wanted.get(entry) == source}
        added = [
            self.model(jurisdiction_id=pk, key=key, source=source)
            for (pk, key), source in wanted.items()
            if (pk, key) not in kept
        ]
        self.bulk_create(added, batch_size=1000)
        if added or stale:
            bump_public_version()  # the place search answers differently
        return len(added), len(stale)


class PlaceName(models.Model):
    """One key a place is found by (see the module docstring). Derived: never edit by hand."""

    jurisdiction = models.ForeignKey(
        "directory.Jurisdiction", on_delete=models.CASCADE, related_name="search_keys"
    )
    key = models.CharField(max_length=KEY_LENGTH, db_index=True)
    source = models.PositiveSmallIntegerField(choices=KeySource.choices)

    objects = PlaceNameManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "key"], name="place_name_unique_key")
        ]

    def __str__(self):
        return self.key


def query_readings(text):
    """The ways a search can be read, as (name, qualifiers), most literal first.

    "Boston, MA" is Boston inside a place called MA. Without commas the whole text is tried
    as a name first, then its last words as qualifiers: "portland oregon", "boston ma". Up to
    MAX_QUALIFIERS qualifiers are read; further ones are left out.
    """
    parts = [normalize_name(part) for part in text.split(",")]
    parts = [" ".join(part.split()[:MAX_QUERY_WORDS]) for part in parts if part]
    if not parts:
        return []
    readings = [(parts[0], parts[1 : 1 + MAX_QUALIFIERS])]
    if len(parts) == 1:
        words = parts[0].split()
        shortest = max(1, len(words) - MAX_QUALIFIERS)
        readings += [
            (" ".join(words[:k]), words[k:]) for k in range(len(words) - 1, shortest - 1, -1)
        ]
    return readings


class InsideAny(Expression):
    """A condition: `column` strictly between the bounds of one of `ranges` ((left, right)
    pairs), written as one SQL condition with its bounds as parameters. Built by the ORM as a
    condition a range (`Q`), each cost ~0.15 ms of CPU: a search of eight short words (seven
    readings, each word a qualifier naming up to 200 places) 0.4-0.5 s. The database's work is
    the same: comparing numbers stays cheaper than an EXISTS looking each place up."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, column, ranges):
        super().__init__()
        self.column, self.ranges = column, ranges

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):
        if not self.ranges:
            raise EmptyResultSet
        column, column_params = compiler.compile(self.column)
        between = f"({column} > %s AND {column} < %s)"
        params = []
        for left, right in self.ranges:
            params += [*column_params, left, *column_params, right]
        return "(" + " OR ".join([between] * len(self.ranges)) + ")", params


def _inside_any(containers):
    """A condition: strictly inside one of `containers` ((tree_left, tree_right) pairs)."""
    ranges, last_right = [], 0
    for left, right in sorted(containers):
        if left > last_right:  # a container inside an earlier one adds nothing
            ranges.append((left, right))
            last_right = right
    return InsideAny(F("tree_left"), ranges)


def places_named(jurisdictions, text):
    """`jurisdictions` found by `text`, annotated with `name_match`: 0 when a name, alias or
    code is the text itself, 1 when one starts with it, 2 when a later word does ("york" in
    New York). Qualifiers after a comma (or trailing words) must name a place around it."""
    return places_found_by_readings(jurisdictions, query_readings(text))


def places_found_by_readings(jurisdictions, readings):
    """`jurisdictions` found by the first of `readings` (`query_readings`) that finds any,
    else by the last (nothing)."""
    for number, (name, qualifiers) in enumerate(readings, start=1):
        found = places_read(jurisdictions, name, qualifiers)
        if number == len(readings) or found.exists():
            return found
    return jurisdictions.none().annotate(name_match=Value(0))


def places_read(jurisdictions, name, qualifiers=()):
    """`jurisdictions` found by one reading of a search (`query_readings`): `name`, a key,
    inside places named by each of `qualifiers`; annotated with `name_match` as in
    `places_named`."""
    matching = PlaceName.objects.starting_with(name)
    # The best of each place's own keys, the keys that do not match last: a condition on the
    # key here let PostgreSQL read every matching key for each place found, a plan quadratic
    # in the places found ("cal": 205 places, 43,336 -> 2,542 pages read, 33 -> 7 ms).
    starts = _prefix_match(name, connections[matching.db].vendor)
    quality = (
        PlaceName.objects.filter(jurisdiction=OuterRef("pk"))
        .annotate(
            quality=Case(
                When(key=name, source__lte=KeySource.ALIAS, then=Value(0)),
                When(key=name, source=KeySource.CODE, then=Value(0)),
                When(starts, source__lte=KeySource.ALIAS, then=Value(1)),
                When(starts, source=KeySource.LATER_WORD, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        )
        .order_by("quality")
        .values("quality")[:1]
    )
    found = jurisdictions.filter(pk__in=matching.values("jurisdiction"))
    for qualifier in qualifiers:
        containers = (
            jurisdictions.model.objects.filter(
                pk__in=PlaceName.objects.starting_with(qualifier).values("jurisdiction"),
                tree_right__gt=F("tree_left") + 1,
            )
            .order_by(F("tree_left") - F("tree_right"))
            .values_list("tree_left", "tree_right")[:MAX_QUALIFYING_PLACES]
        )
        found = found.filter(_inside_any(containers))
    return found.annotate(name_match=Subquery(quality, output_field=IntegerField()))
