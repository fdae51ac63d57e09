"""The CSV download: its columns as one table, `COLUMNS`, and the database writing its cells.

Each `Column` states a column once: its header, its value read from a record (`csv_row`, the
plain statement tests/opendata/test_export_rows.py holds the download to, byte for byte), whether
it is written verbatim, and how the download writes it (`Sql`, `Bare`, `Place`, `PlacePath`,
`Joined`). The download's header, queries and line writer (`CsvDownload`) and the queries of
the organisations and sources joined into their cells (`csv_joined.JoinedTexts`) are all built
by going over the table, so adding, renaming, reordering or removing a column is one edit here.
A cell that is not verbatim is defused by Python as it comes (`csv_sql.defused_all`), and
`csv_sql.quoted` writes a cell as csv.writer does, in UTF-8. SQLite and PostgreSQL only, as
`core.queries.AmongIds`.

Defused in SQL (a CASE on its first character), a text was read two or three times: on
PostgreSQL an action's summary is kept out of line (TOAST, beside its search vectors), and each
reading fetched it again: 60,000 more buffer reads and ~45 ms of the server's CPU for the
20,000-row download of bench-web's data (EXPLAIN ANALYZE; the server process's CPU, median
of 8 downloads alternated with the SQL's: 0.56 -> 0.51 s); on SQLite the same (0.360 -> 0.356 s
of CPU).

Building the rows in Python from plain rows (`values_list`) then csv.writer was 2.6-2.8 s of
CPU for the 20,000 actions of bench-web's data on SQLite, and 1.4-1.7 s on PostgreSQL; written
this way 1.5-1.7 s and 0.57-0.67 s (bench/bench_export.py's measurement, loaded machine).
"""

from collections.abc import Callable
from itertools import repeat
from typing import NamedTuple

from django.db.models import F, Value

from directory.models import Jurisdiction
from directory.tree import jurisdiction_paths

from .csv_joined import JoinedTexts
from .csv_sql import (
    Cell,
    IsoDate,
    IsoTime,
    PartialDate,
    Text,
    Utf8,
    VerbatimCells,
    defused,
    defused_all,
    expression,
    link,
    quoted,
    quoted_all,
    source_url,
)
from .exports import LICENCE, defuse_formula

# How the download writes a column's cell. Each kind says what it reads of an action (`reads`,
# for `CsvDownload.reads`) and turns a chunk's values of those into the chunk's cells (`cells`,
# given the `_Chunk`). Its `text` is an expression, or a function of the request's `SiteLinks`
# giving one for a text that holds this site's URLs.


class Sql:
    """A cell the database writes from the action's row; Python defuses it unless the column
    is verbatim (`defused_all`), and quotes it (`quoted`)."""

    def __init__(self, text):
        self.text = text

    def reads(self, links):
        return [Utf8(Cell(expression(self.text, links)))]

    def cells(self, values, chunk):
        texts = values[0]
        return quoted_all(defused_all(texts) if chunk.defused[self] else texts)


class Bare(Sql):
    """A verbatim cell that never needs quotes: a code from a fixed list (a database constraint
    each), an ISO date or time, the licence. Neighbouring bare cells are read as one text,
    joined with commas by the database (`_BareCells`), and written as they come."""


class Place(Sql):
    """A cell of the action's place, `text` an expression of the place (a `Jurisdiction`):
    written once a download for each place (`_PlaceCells`), "" without a place."""


class PlacePath:
    """The slug path of the action's place (`jurisdiction_paths`), "" without a place."""


class Joined:
    """The texts of the action's participants or citations (`of`), in order, joined with "; ":
    read by action in one query for all the columns of each (`JoinedTexts`)."""

    def __init__(self, of, text):
        self.of = of
        self.text = text

    def reads(self, links):
        return []

    def cells(self, values, chunk):
        return list(map(chunk.joined[self].get, chunk.pks, repeat(b"")))


class Column(NamedTuple):
    """One CSV column: its header, its value read from a record (`csv_row`), whether it is
    written verbatim, and its cell as the download writes it. A verbatim value is formatted by
    `action_record` and cannot start a formula; every other value holds text someone typed or
    imported, and is defused."""

    name: str
    value: Callable[[dict], str]
    verbatim: bool
    cell: Sql | Bare | PlacePath | Joined


def _field(key):
    return lambda record: record[key] or ""


def _place(key):
    return lambda record: (record["jurisdiction"] or {}).get(key) or ""


def _joined(key, item):
    return lambda record: "; ".join(item(entry) for entry in record[key])


# The CSV, column by column, in order. Verbatim: ISO 8601 dates and times start with a digit;
# type, status, extent, scope and precision are codes from a fixed list (a database constraint
# each); the record's address and its sources' are absolute http(s) URLs; an OCD ID starts with
# "ocd-division/" (a database constraint); the licence is ours. No column holds a number, so no
# negative number is touched. Defused: titles, summaries, names, ISO codes (free text) and
# slugs, which may start with "-". The JSON download is the record itself, exact text and all.
COLUMNS = (
    Column("slug", _field("slug"), verbatim=False, cell=Sql(F("slug"))),
    Column(
        "url",
        _field("url"),
        verbatim=True,
        cell=Sql(lambda links: link(links.parts["action"], F("slug"))),
    ),
    Column("title", _field("title"), verbatim=False, cell=Sql(F("title"))),
    Column("type", _field("type"), verbatim=True, cell=Bare(F("action_type"))),
    Column("status", _field("status"), verbatim=True, cell=Bare(F("status"))),
    Column("extent", _field("extent"), verbatim=True, cell=Bare(F("extent"))),
    Column("scope", _field("scope"), verbatim=True, cell=Bare(F("scope"))),
    Column("date", _field("date"), verbatim=True, cell=Bare(PartialDate("date", "date_precision"))),
    Column(
        "date_precision", _field("date_precision"), verbatim=True, cell=Bare(F("date_precision"))
    ),
    Column(
        "effective_date",
        _field("effective_date"),
        verbatim=True,
        cell=Bare(IsoDate("effective_date")),
    ),
    Column("expiry_date", _field("expiry_date"), verbatim=True, cell=Bare(IsoDate("expiry_date"))),
    Column("jurisdiction", _place("slug"), verbatim=False, cell=Place(F("slug"))),
    Column(
        "jurisdiction_name",
        _place("qualified_name"),
        verbatim=False,
        cell=Place(F("qualified_name")),
    ),
    Column("jurisdiction_path", _place("path"), verbatim=False, cell=PlacePath()),
    Column("jurisdiction_ocd_id", _place("ocd_id"), verbatim=True, cell=Place(F("ocd_id"))),
    Column("jurisdiction_iso_code", _place("iso_code"), verbatim=False, cell=Place(F("iso_code"))),
    Column(
        "organisations",
        _joined("organisations", lambda o: f"{o['name']} ({o['role']})"),
        verbatim=False,
        cell=Joined(
            "participants", Text(F("organisation__name"), Value(" ("), F("role"), Value(")"))
        ),
    ),
    Column(
        "organisation_slugs",
        _joined("organisations", lambda o: f"{o['slug']}:{o['role']}"),
        verbatim=False,
        cell=Joined("participants", Text(F("organisation__slug"), Value(":"), F("role"))),
    ),
    Column("summary", _field("summary"), verbatim=False, cell=Sql(F("summary"))),
    Column(
        "source_urls",
        _joined("sources", lambda source: source["url"] or source["page"]),
        verbatim=True,
        cell=Joined("citations", lambda links: source_url(links.parts["article"])),
    ),
    Column(
        "published_at", _field("published_at"), verbatim=True, cell=Bare(IsoTime("published_at"))
    ),
    Column("updated_at", _field("updated_at"), verbatim=True, cell=Bare(IsoTime("updated_at"))),
    Column(
        "licence", lambda record: LICENCE["spdx"], verbatim=True, cell=Bare(Value(LICENCE["spdx"]))
    ),
)
CSV_COLUMNS = [column.name for column in COLUMNS]


def csv_row(record):
    """A record as a CSV row of COLUMNS; lists are joined with "; " (a source URL per entry),
    and cells that are not verbatim are defused should they start a formula."""
    return [
        column.value(record) if column.verbatim else defuse_formula(column.value(record))
        for column in COLUMNS
    ]


class _BareCells(NamedTuple):
    """Neighbouring `Bare` cells (of `columns`), read as one text and written as it is."""

    columns: tuple

    def reads(self, links):
        texts = (expression(column.cell.text, links) for column in self.columns)
        return [Utf8(VerbatimCells(*texts))]

    def cells(self, values, chunk):
        return values[0]


class _PlaceCells(NamedTuple):
    """Neighbouring cells of the action's place (`Place`, `PlacePath`, of `columns`): each
    place's written once a download as one text (`texts`), for every place the actions have,
    and looked up by the action's place; all "" without a place. Read with the places' paths
    (one query, as before): the actions' query no longer joins a place to each action, and
    Python quotes a place's cells once, not once an action (4,062 places for 20,000 actions).
    The 20,000-row download's CPU on SQLite, median ratio 0.87 of reading them with each
    action (21 downloads each alternated in one process, load 1.6-2.2)."""

    columns: tuple

    def reads(self, links):
        return ["jurisdiction_id"]

    def place_reads(self, links):
        """What `values_list` reads of each place for these cells."""
        cells = (column for column in self.columns if isinstance(column.cell, Place))
        return [read for column in cells for read in column.cell.reads(links)]

    def texts(self, places, paths):
        """{place id: its cells as a text} of `places`, rows of the place's id and what
        `place_reads` says, and the places' slug `paths`."""
        texts = {}
        for pk, *values in places:
            values = iter(values)
            texts[pk] = b",".join(
                quoted(defuse_formula(paths[pk]).encode())
                if isinstance(column.cell, PlacePath)
                else quoted(next(values) if column.verbatim else defused(next(values)))
                for column in self.columns
            )
        return texts

    def cells(self, values, chunk):
        without_place = b"," * (len(self.columns) - 1)
        return list(map(chunk.places[self].get, values[0], repeat(without_place)))


# Cells written together: neighbouring ones of a kind are one segment of a line.
_TOGETHER = {Bare: _BareCells, Place: _PlaceCells, PlacePath: _PlaceCells}


def _segments(columns):
    """(column, its cell) of `columns` in order; neighbouring bare cells as one `_BareCells`,
    neighbouring cells of the place as one `_PlaceCells` (column None)."""
    segments, together, kind = [], [], None
    for column in columns:
        cell_kind = _TOGETHER.get(type(column.cell))
        if together and cell_kind is not kind:
            segments.append((None, kind(tuple(together))))
            together = []
        kind = cell_kind
        if kind is None:
            segments.append((column, column.cell))
            continue
        assert kind is not _BareCells or column.verbatim, column.name  # noqa: S101 (never defused)
        together.append(column)
    if together:
        segments.append((None, kind(tuple(together))))
    return tuple(segments)


class _Chunk(NamedTuple):
    """What a chunk's cells are written with, beyond its own values."""

    pks: tuple
    places: dict
    joined: dict
    defused: dict


class CsvDownload:
    """The CSV download of `COLUMNS` (as it is when the download starts), for a request's
    `links` and the actions' places `place_ids` (a query of them, whose cells are written
    once, `_PlaceCells`): its `header` line, what `values_list` `reads` of each action (each
    cell's reads, bare cells joined, an expression two cells read read once, then the action's
    id), and the lines of a chunk of actions read
    so (calling it). A chunk's values are taken column by column, each column's cells written
    for the whole chunk, and the cells joined into lines: going over the table for each line
    would have cost more than the 5% of the download's time it may."""

    def __init__(self, links, place_ids):
        self.header = b",".join(quoted(column.name.encode()) for column in COLUMNS) + b"\r\n"
        self.links = links
        self.reads = []
        self.segments = []  # (cell, the positions in `reads` of what it reads)
        for _column, cell in _segments(COLUMNS):
            positions = []
            for read in cell.reads(links):
                if read not in self.reads:
                    self.reads.append(read)
                positions.append(self.reads.index(read))
            self.segments.append((cell, positions))
        self.reads.append("pk")
        joined = [cell for cell, _positions in self.segments if isinstance(cell, Joined)]
        self.defused = {cell: not column.verbatim for column, cell in _segments(COLUMNS) if column}
        self.joined_texts = JoinedTexts(links, joined, self.defused)
        self.places = self._place_texts(place_ids)

    def _place_texts(self, place_ids):
        """{each `_PlaceCells`: {place id: its text}} of the places `place_ids` (a query of
        them), read with the places above them for their paths, in one query."""
        segments = [cell for cell, _positions in self.segments if isinstance(cell, _PlaceCells)]
        reads = [segment.place_reads(self.links) for segment in segments]
        places = Jurisdiction.objects.filter(pk__in=place_ids).values("pk")
        rows = Jurisdiction.objects.containing_any(places).values_list(
            "pk", "parent_id", "slug", *(read for of in reads for read in of)
        )
        rows = list(rows)
        paths = jurisdiction_paths(row[:3] for row in rows)
        texts, start = {}, 3
        for segment, of in zip(segments, reads, strict=True):
            end = start + len(of)
            texts[segment] = segment.texts(((row[0], *row[start:end]) for row in rows), paths)
            start = end
        return texts

    def __call__(self, rows):
        """The lines (each ending "\r\n") of `rows`, a chunk of actions read as `reads` says,
        as UTF-8 bytes."""
        values = list(zip(*rows, strict=True))
        pks = values[-1]
        joined = self.joined_texts(pks)
        chunk = _Chunk(pks, self.places, joined, self.defused)
        cells = [
            cell.cells([values[position] for position in positions], chunk)
            for cell, positions in self.segments
        ]
        return b"\r\n".join(map(b",".join, zip(*cells, strict=True))) + b"\r\n"
