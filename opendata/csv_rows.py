"""The CSV download written by the database, cell by cell: each action is read with its cells
formatted, and its organisations and sources with the text of theirs, so Python only quotes
the cells that may need it, joins a line and looks up its place's path.

Each expression here is the SQL of what `exports.csv_row` makes of a record, cell for cell:
defused text (`defuse_formula`), ISO dates at their precision, times in UTC ending in "Z", the
record's and its sources' absolute URLs; `quoted` writes a cell as csv.writer does.
tests/opendata/test_export_rows.py holds the download byte for byte equal to csv.writer's
rows of `csv_row` of the records model instances give. SQLite and PostgreSQL only, as
`core.queries.AmongIds`.

Building the rows in Python from plain rows (`values_list`) then csv.writer was 2.6-2.8 s of
CPU for the 20,000 actions of bench-web's data on SQLite, and 1.4-1.7 s on PostgreSQL; written
this way 1.5-1.7 s and 0.57-0.67 s (bench/bench_export.py's measurement, loaded machine).
"""

from itertools import groupby
from operator import itemgetter

from django.contrib.postgres.aggregates import StringAgg
from django.db import connection
from django.db.models import CharField, F, Func, Value

from policies.dates import DatePrecision
from policies.models import ActionParticipant, Citation, export_citations, export_participants

from .exports import FORMULA_TRIGGERS, LICENCE, defuse_formula


class Text(Func):
    """Its parts joined with SQL's `||`, which both databases give as NULL if any part is."""

    arg_joiner = " || "
    template = "(%(expressions)s)"
    output_field = CharField()


class Defused(Func):
    """`defuse_formula` of a text: after a single quote when it starts with a formula trigger."""

    output_field = CharField()

    def as_sql(self, compiler, connection, **extra):
        text, params = compiler.compile(self.source_expressions[0])
        triggers = ", ".join(["%s"] * len(FORMULA_TRIGGERS))
        sql = f"CASE WHEN substr({text}, 1, 1) IN ({triggers}) THEN '''' || {text} ELSE {text} END"
        return sql, (*params, *FORMULA_TRIGGERS, *params, *params)


def quoted(text):
    """`text` as csv.writer writes a cell (the default dialect, QUOTE_MINIMAL): in double
    quotes, its own doubled, when it holds its delimiter, its quote character or a character
    of its line terminator ("\r\n"). Python's `in` finds those faster than SQL: quoting the
    summaries in SQLite (GLOB, then replace) took 0.19-0.26 s of CPU for 20,000 of them, here
    0.03 s."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


class Cell(Func):
    """A text as csv.writer takes a cell before it quotes it: "" for NULL, as it writes None."""

    template = "COALESCE(%(expressions)s, '')"
    output_field = CharField()


class VerbatimCells(Func):
    """Cells that never need quotes, joined with commas: codes from a fixed list (a database
    constraint each), ISO dates and times, the licence. Every other cell is `quoted`."""

    arg_joiner = " || ',' || "
    template = "(%(expressions)s)"
    output_field = CharField()

    def __init__(self, *texts):
        super().__init__(*(Cell(text) for text in texts))


class IsoDate(Func):
    """A date as ISO 8601 text: the text SQLite stores, `to_char` on PostgreSQL."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return compiler.compile(self.source_expressions[0])

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="to_char(%(expressions)s, 'YYYY-MM-DD')")


class PartialDate(Func):
    """`iso_partial_date`: 2021-02-17, 2019-06 or 2019, as the precision says."""

    output_field = CharField()

    def as_sql(self, compiler, connection, **extra):
        date, date_params = compiler.compile(IsoDate(self.source_expressions[0]))
        precision, precision_params = compiler.compile(self.source_expressions[1])
        sql = (
            f"CASE {precision} WHEN %s THEN substr({date}, 1, 4) "
            f"WHEN %s THEN substr({date}, 1, 7) ELSE {date} END"
        )
        params = (*precision_params, DatePrecision.YEAR, *date_params)
        return sql, (*params, DatePrecision.MONTH, *date_params, *date_params)


class IsoTime(Func):
    """`exports.iso_time` of a time: 2021-06-01T09:30:00.123456Z, in UTC, the microseconds only
    when there are any; SQLite's stored text with a "T" and a "Z", written by PostgreSQL."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        template = "(replace(%(expressions)s, ' ', 'T') || 'Z')"
        return self.as_sql(compiler, connection, template=template)

    def as_postgresql(self, compiler, connection, **extra):
        time = "%(expressions)s"
        whole = '\'YYYY-MM-DD"T"HH24:MI:SS"Z"\''
        fraction = '\'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\''
        template = (
            f"to_char({time} AT TIME ZONE 'UTC', CASE WHEN date_trunc('second', {time}) = {time}"
            f" THEN {whole} ELSE {fraction} END)"
        )
        return self.as_sql(compiler, connection, template=template)


def _link(parts, value):
    """A page's absolute URL: `SiteLinks` parts around a slug or id."""
    before, after = parts
    return Text(Value(before), value, Value(after))


class SourceUrl(Func):
    """A source's URL when it is a web page, else its page here (`exports.is_web_url`)."""

    output_field = CharField()

    def __init__(self, article_parts):
        self.article_parts = article_parts
        super().__init__(F("article__url"), F("article_id"))

    def as_sql(self, compiler, connection, **extra):
        url, url_params = compiler.compile(self.source_expressions[0])
        pk, pk_params = compiler.compile(self.source_expressions[1])
        before, after = self.article_parts
        sql = (
            f"CASE WHEN substr({url}, 1, 8) = 'https://' OR substr({url}, 1, 7) = 'http://' "
            f"THEN {url} ELSE %s || CAST({pk} AS text) || %s END"
        )
        return sql, (*url_params, *url_params, *url_params, before, *pk_params, after)


def csv_line_parts(links):
    """What `values_list` reads of each action for its CSV line (`csv_line`), each cell as
    `exports.csv_row` has it but unquoted; its place's path as the place's id, then its id."""
    return (
        Cell(Defused(F("slug"))),
        _link(links.parts["action"], F("slug")),
        Cell(Defused(F("title"))),
        VerbatimCells(
            F("action_type"),
            F("status"),
            F("extent"),
            F("scope"),
            PartialDate(F("date"), F("date_precision")),
            F("date_precision"),
            IsoDate(F("effective_date")),
            IsoDate(F("expiry_date")),
        ),
        Cell(Defused(F("jurisdiction__slug"))),
        Cell(Defused(F("jurisdiction__qualified_name"))),
        "jurisdiction_id",
        Cell(F("jurisdiction__ocd_id")),
        Cell(Defused(F("jurisdiction__iso_code"))),
        Cell(Defused(F("summary"))),
        VerbatimCells(IsoTime(F("published_at")), IsoTime(F("updated_at")), Value(LICENCE["spdx"])),
        "pk",
    )


def _joined(rows, column, defused=False):
    """{action id: the texts of `column` of its `rows`, joined with "; " as a CSV cell}, of
    rows in order of their action id (first)."""
    joined = {}
    for action_id, group in groupby(rows, itemgetter(0)):
        text = "; ".join([row[column] for row in group])
        joined[action_id] = quoted(defuse_formula(text) if defused else text)
    return joined


def _texts_by_action(rows, defused=False):
    """{action id: its text as a CSV cell} of (action id, text) rows."""
    if defused:
        return {action_id: quoted(defuse_formula(text)) for action_id, text in rows}
    return {action_id: quoted(text) for action_id, text in rows}


def _joined_by_postgresql(action_ids, organisation, organisation_slug, source_url):
    """`joined_texts` with each action's texts joined by PostgreSQL (`string_agg`, in the
    order of the rows): one row per action crosses the wire, not one per organisation and
    source, and Python groups none. For the 20,000 actions of bench-web's data, their
    organisations and sources took 0.236 s of the download's CPU (median of 5), 0.086 s this
    way, and 1.54 -> 1.28 s of wall time. SQLite has no ordered aggregate before 3.44: there,
    Python groups the rows (`_joined`)."""
    participants = list(
        export_participants(action_ids)
        .order_by()
        .values("action_id")
        .annotate(
            names=StringAgg(organisation, "; ", order_by=ActionParticipant._meta.ordering),
            slugs=StringAgg(organisation_slug, "; ", order_by=ActionParticipant._meta.ordering),
        )
        .values_list("action_id", "names", "slugs")
    )
    sources = (
        export_citations(action_ids)
        .order_by()
        .values("action_id")
        .annotate(urls=StringAgg(source_url, "; ", order_by=Citation._meta.ordering))
        .values_list("action_id", "urls")
    )
    return (
        _texts_by_action(((pk, names) for pk, names, _slugs in participants), defused=True),
        _texts_by_action(((pk, slugs) for pk, _names, slugs in participants), defused=True),
        _texts_by_action(sources),
    )


def joined_texts(action_ids, links):
    """The organisations, their slugs and the source URLs of the actions `action_ids`, each
    joined into its CSV cell by action id, in two queries."""
    organisation = Text(F("organisation__name"), Value(" ("), F("role"), Value(")"))
    organisation_slug = Text(F("organisation__slug"), Value(":"), F("role"))
    source_url = SourceUrl(links.parts["article"])
    if connection.vendor == "postgresql":
        return _joined_by_postgresql(action_ids, organisation, organisation_slug, source_url)
    participants = list(
        export_participants(action_ids).values_list("action_id", organisation, organisation_slug)
    )
    sources = export_citations(action_ids).values_list("action_id", source_url)
    return (
        _joined(participants, 1, defused=True),
        _joined(participants, 2, defused=True),
        _joined(sources, 1),
    )


def csv_paths(paths):
    """Slug paths by place id (`slug_paths_of`) as the CSV's cells."""
    return {pk: quoted(defuse_formula(path)) for pk, path in paths.items()}


def csv_line(parts, paths, joined):
    """The CSV line of an action's `parts` (`csv_line_parts`): the path of its place looked up
    in `paths` (`csv_paths`), its organisations and sources in `joined` (`joined_texts`)."""
    slug, url, title, codes, place_slug, place_name, place, ocd_id, iso_code, summary, times, pk = (
        parts
    )
    organisations, slugs, sources = joined
    place_slug = quoted(place_slug)
    path = paths.get(place, place_slug) if place else ""
    return (
        f"{quoted(slug)},{quoted(url)},{quoted(title)},{codes},{place_slug},{quoted(place_name)},"
        f"{path},{quoted(ocd_id)},{quoted(iso_code)},{organisations.get(pk, '')},"
        f"{slugs.get(pk, '')},{quoted(summary)},{sources.get(pk, '')},{times}\r\n"
    )
