"""The CSV download: its columns as one table, `COLUMNS`, and the database writing its cells.

Each `Column` states a column once: its header, its value read from a record (`csv_row`, the
plain statement tests/opendata/test_export_rows.py holds the download to, byte for byte), whether
it is written verbatim, and how the download writes it (`Sql`, `Bare`, `PlacePath`, `Joined`).
The download's header, query and line writer (`CsvDownload`) and the queries of the
organisations and sources joined into their cells (`JoinedTexts`) are all built by going over
the table, so adding, renaming, reordering or removing a column is one edit here. A cell that is not
verbatim is defused (`defuse_formula`) by the expression that reads it, and `quoted` writes a
cell as csv.writer does. SQLite and PostgreSQL only, as `core.queries.AmongIds`.

Building the rows in Python from plain rows (`values_list`) then csv.writer was 2.6-2.8 s of
CPU for the 20,000 actions of bench-web's data on SQLite, and 1.4-1.7 s on PostgreSQL; written
this way 1.5-1.7 s and 0.57-0.67 s (bench/bench_export.py's measurement, loaded machine).
"""

from collections.abc import Callable
from itertools import repeat
from typing import NamedTuple

from django.contrib.postgres.aggregates import StringAgg
from django.db import connection
from django.db.models import F, Value

from core.queries import IDS_LATER, ForEachIds
from policies.citations import export_citations
from policies.models import ActionParticipant, Citation
from policies.participants import export_participants

from .csv_sql import (
    Cell,
    Defused,
    IsoDate,
    IsoTime,
    PartialDate,
    SourceUrl,
    Text,
    Utf8,
    VerbatimCells,
    link,
)
from .exports import FORMULA_TRIGGERS, LICENCE, defuse_formula

# The download is written as UTF-8 bytes, read as such from the database (`Utf8`). The bytes
# that make csv.writer quote a cell are looked for as numbers: `44 in text` is a memchr, where
# `b"," in text` first tries b"," as a number, then takes its buffer (three times slower).
_TRIGGERS = tuple(trigger.encode() for trigger in FORMULA_TRIGGERS)
_COMMA, _QUOTE, _LF, _CR = b',"\n\r'


def quoted(text):
    """`text` (UTF-8 bytes) as csv.writer writes a cell (the default dialect, QUOTE_MINIMAL):
    in double quotes, its own doubled, when it holds its delimiter, its quote character or a
    character of its line terminator ("\r\n"). Python's `in` finds those faster than SQL:
    quoting the summaries in SQLite (GLOB, then replace) took 0.19-0.26 s of CPU for 20,000 of
    them, here 0.03 s."""
    if _COMMA in text or _QUOTE in text or _LF in text or _CR in text:
        return b'"' + text.replace(b'"', b'""') + b'"'
    return text


def quoted_all(texts):
    """`quoted` of each of `texts`, without a call for each (224,000 cells in 20,000 lines)."""
    return [
        b'"' + text.replace(b'"', b'""') + b'"'
        if _COMMA in text or _QUOTE in text or _LF in text or _CR in text
        else text
        for text in texts
    ]


def defused_all(texts):
    """`defuse_formula` of each of `texts` (UTF-8 bytes), without a call for each."""
    return [b"'" + text if text.startswith(_TRIGGERS) else text for text in texts]


# How the download writes a column's cell. Each kind says what it reads of an action (`reads`,
# for `CsvDownload.reads`) and turns a chunk's values of those into the chunk's cells (`cells`,
# given the `_Chunk`). Its `text` is an expression, or a function of the request's `SiteLinks`
# giving one for a text that holds this site's URLs.


def _expression(text, links):
    return text(links) if callable(text) else text


class Sql:
    """A cell the database writes from the action's row, defused there unless the column is
    verbatim; Python quotes it (`quoted`)."""

    def __init__(self, text):
        self.text = text

    def reads(self, links, verbatim):
        text = _expression(self.text, links)
        return [Utf8(Cell(text if verbatim else Defused(text)))]

    def cells(self, values, chunk):
        return quoted_all(values[0])


class Bare(Sql):
    """A verbatim cell that never needs quotes: a code from a fixed list (a database constraint
    each), an ISO date or time, the licence. Neighbouring bare cells are read as one text,
    joined with commas by the database (`_BareCells`), and written as they come."""


class PlacePath:
    """The slug path of the action's place, looked up by the place's id in the paths read once
    per download (`csv_paths`); the place's own slug should it have none, "" without a place."""

    def reads(self, links, verbatim):
        assert not verbatim  # noqa: S101 (csv_paths defuses the paths)
        return ["jurisdiction_id", Utf8(Cell(Defused(F("jurisdiction__slug"))))]

    def cells(self, values, chunk):
        paths = chunk.paths
        return [
            paths[place] if place in paths else quoted(slug) if place else b""
            for place, slug in zip(*values, strict=True)
        ]


class Joined:
    """The texts of the action's participants or citations (`of`), in order, joined with "; ":
    read by action in one query for all the columns of each (`JoinedTexts`)."""

    def __init__(self, of, text):
        self.of = of
        self.text = text

    def reads(self, links, verbatim):
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
    Column("jurisdiction", _place("slug"), verbatim=False, cell=Sql(F("jurisdiction__slug"))),
    Column(
        "jurisdiction_name",
        _place("qualified_name"),
        verbatim=False,
        cell=Sql(F("jurisdiction__qualified_name")),
    ),
    Column("jurisdiction_path", _place("path"), verbatim=False, cell=PlacePath()),
    Column(
        "jurisdiction_ocd_id", _place("ocd_id"), verbatim=True, cell=Sql(F("jurisdiction__ocd_id"))
    ),
    Column(
        "jurisdiction_iso_code",
        _place("iso_code"),
        verbatim=False,
        cell=Sql(F("jurisdiction__iso_code")),
    ),
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
        cell=Joined("citations", lambda links: SourceUrl(links.parts["article"])),
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

    def reads(self, links, verbatim):
        texts = (_expression(column.cell.text, links) for column in self.columns)
        return [Utf8(VerbatimCells(*texts))]

    def cells(self, values, chunk):
        return values[0]


def _segments(columns):
    """(column, its cell) of `columns` in order, neighbouring bare cells as one `_BareCells`."""
    segments, bare = [], []
    for column in columns:
        if isinstance(column.cell, Bare):
            assert column.verbatim, column.name  # noqa: S101 (a bare cell is never defused)
            bare.append(column)
            continue
        if bare:
            segments.append((None, _BareCells(tuple(bare))))
            bare = []
        segments.append((column, column.cell))
    if bare:
        segments.append((None, _BareCells(tuple(bare))))
    return tuple(segments)


class _Chunk(NamedTuple):
    """What a chunk's cells are written with, beyond its own values."""

    pks: tuple
    paths: dict
    joined: dict


class CsvDownload:
    """The CSV download of `COLUMNS` (as it is when the download starts), for a request's
    `links` and the places' slug paths as cells (`csv_paths`): its `header` line, what
    `values_list` `reads` of each action (each cell's reads, bare cells joined, an expression
    two cells read read once, then the action's id), and the lines of a chunk of actions read
    so (calling it). A chunk's values are taken column by column, each column's cells written
    for the whole chunk, and the cells joined into lines: going over the table for each line
    would have cost more than the 5% of the download's time it may."""

    def __init__(self, links, paths):
        self.header = b",".join(quoted(column.name.encode()) for column in COLUMNS) + b"\r\n"
        self.links = links
        self.paths = paths
        self.reads = []
        self.segments = []  # (cell, the positions in `reads` of what it reads)
        for column, cell in _segments(COLUMNS):
            positions = []
            for read in cell.reads(links, column and column.verbatim):
                if read not in self.reads:
                    self.reads.append(read)
                positions.append(self.reads.index(read))
            self.segments.append((cell, positions))
        self.reads.append("pk")
        joined = [cell for cell, _positions in self.segments if isinstance(cell, Joined)]
        defused = {cell: not column.verbatim for column, cell in _segments(COLUMNS) if column}
        self.joined_texts = JoinedTexts(links, joined, defused)

    def __call__(self, rows):
        """The lines (each ending "\r\n") of `rows`, a chunk of actions read as `reads` says,
        as UTF-8 bytes."""
        values = list(zip(*rows, strict=True))
        pks = values[-1]
        joined = self.joined_texts(pks)
        chunk = _Chunk(pks, self.paths, joined)
        cells = [
            cell.cells([values[position] for position in positions], chunk)
            for cell, positions in self.segments
        ]
        return b"\r\n".join(map(b",".join, zip(*cells, strict=True))) + b"\r\n"


def _grouped(rows, column, defused):
    """{action id: the texts of `column` of its `rows`, joined with "; " as a CSV cell}, of
    rows in order of their action id (first). Joined by adding to each action's text as its
    rows come (itertools.groupby and a list for each action: 27 -> 20 ms for the two columns
    of 40,000 organisations)."""
    joined = {}
    for row in rows:
        action_id = row[0]
        if action_id in joined:
            joined[action_id] += b"; " + row[column]
        else:
            joined[action_id] = row[column]
    return _as_cells(joined, defused)


def _by_action(rows, column, defused):
    """{action id: its text in `column` as a CSV cell} of rows of (action id, texts...)."""
    return _as_cells({row[0]: row[column] for row in rows}, defused)


def _as_cells(texts, defused):
    """{action id: its text as a CSV cell, defused if `defused`} of {action id: its text}."""
    cells = texts.values()
    return dict(zip(texts, quoted_all(defused_all(cells) if defused else cells), strict=True))


# The rows each `Joined` cell is of, in the order the record lists them.
_JOINED_ROWS = {
    "participants": (export_participants, ActionParticipant._meta.ordering),
    "citations": (export_citations, Citation._meta.ordering),
}


class JoinedTexts:
    """The queries of `cells`' texts (their `Joined` cells), one for the cells of participants
    and one for citations, compiled once for a download (`ForEachIds`); called with a
    chunk's action ids, {each cell: {action id: its texts joined into its CSV cell}}.
    `defused` says which cells are defused.

    On PostgreSQL each action's texts are joined by the database (`string_agg`, in the order
    of the rows): one row per action crosses the wire, not one per organisation and source, and
    Python groups none. For the 20,000 actions of bench-web's data, their organisations and
    sources took 0.236 s of the download's CPU (median of 5), 0.086 s this way, and 1.54 ->
    1.28 s of wall time. SQLite has no ordered aggregate before 3.44: there, Python groups the
    rows (`_grouped`)."""

    def __init__(self, links, cells, defused):
        self.queries = []  # (the query, its cells, how its rows become cells)
        for of, (rows_of, ordering) in _JOINED_ROWS.items():
            of_cells = [cell for cell in cells if cell.of == of]
            if not of_cells:
                continue
            texts = [_expression(cell.text, links) for cell in of_cells]
            rows = rows_of(IDS_LATER)
            if connection.vendor == "postgresql":
                aggregates = {
                    f"text_{n}": Utf8(StringAgg(text, "; ", order_by=ordering))
                    for n, text in enumerate(texts)
                }
                rows = rows.order_by().values("action_id").annotate(**aggregates)
                rows, of_rows = rows.values_list("action_id", *aggregates), _by_action
            else:
                rows = rows.values_list("action_id", *(Utf8(text) for text in texts))
                of_rows = _grouped
            self.queries.append((ForEachIds(rows), of_cells, of_rows))
        self.defused = defused

    def __call__(self, action_ids):
        joined = {}
        for query, cells, of_rows in self.queries:
            rows = query.rows(action_ids)
            for column, cell in enumerate(cells, start=1):
                joined[cell] = of_rows(rows, column, self.defused[cell])
        return joined


def csv_paths(paths):
    """Slug paths by place id (`slug_paths_of`) as the CSV's cells (UTF-8 bytes)."""
    return {pk: quoted(defuse_formula(path).encode()) for pk, path in paths.items()}
