"""The SQL of the CSV download's cells (`csv_rows.COLUMNS` says which column reads which):
each expression writes in the database what `record.plain_record` makes of a value and
`csv_rows.csv_row` of that, as text: ISO dates at their precision, times in UTC ending in
"Z", the record's and its sources' absolute URLs. SQLite and PostgreSQL only, as
`core.queries.AmongIds`. Then Python defuses the cells that are not verbatim (`defused_all`)
and quotes the cells csv.writer would (`quoted`), in UTF-8 bytes, as the database gives them
(`Utf8`).
"""

from django.db.models import BinaryField, CharField, F, Func, Value
from django.db.models.functions import Cast, Coalesce

from policies.dates import DatePrecision

from .exports import FORMULA_TRIGGERS, ISO_TEXT


class Text(Func):
    """Its parts joined with SQL's `||`, which both databases give as NULL if any part is."""

    arg_joiner = " || "
    template = "(%(expressions)s)"
    output_field = CharField()


class Utf8(Func):
    """A text as its UTF-8 bytes, which the download sends as they come: read as text, Python
    decoded each cell, joined them into strings of two bytes a character wherever one held a
    character beyond Latin-1 (every chunk of bench-web's data) and encoded the lot again: the
    20,000-row download's CPU on SQLite, median ratio to before 0.89-0.96 in four runs of 15-25
    downloads each alternated in one process, traced peak 18.5 -> 13.0 MB. `CAST AS BLOB` on
    SQLite (its text is stored as UTF-8), `convert_to` on PostgreSQL (not measured there: no
    copy of bench-web's data; bytea crosses the wire as hex text)."""

    output_field = BinaryField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="CAST(%(expressions)s AS BLOB)")

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="convert_to(%(expressions)s, 'UTF8')")


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
    """A date as ISO 8601 text: the text SQLite stores, `to_char` on PostgreSQL. On SQLite as
    an expression, not the column: Python's driver would read a column declared a date as a
    `datetime.date`."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="CAST(%(expressions)s AS text)")

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


def link(parts, value):
    """A page's absolute URL: `SiteLinks` parts around a slug or id."""
    before, after = parts
    return Text(Value(before), value, Value(after))


class WebUrl(Func):
    """A URL when it is a web page's (`articles.models.is_web_url`), else NULL."""

    output_field = CharField()

    def as_sql(self, compiler, connection, **extra):
        url, params = compiler.compile(self.source_expressions[0])
        sql = (
            f"CASE WHEN substr({url}, 1, 8) = 'https://' OR substr({url}, 1, 7) = 'http://' "
            f"THEN {url} END"
        )
        return sql, (*params, *params, *params)


def source_url(article_parts):
    """A source's URL when it is a web page (`WebUrl`), else its page here."""
    page = link(article_parts, Cast(F("article_id"), CharField()))
    return Coalesce(WebUrl(F("article__url")), page)


# Dates and times are read as their ISO 8601 text, written by the database: parsing 80,000
# times of 20,000 rows into aware datetimes (the driver, then Django) only to write them out
# again was 30% of a download's time on SQLite and 40% on PostgreSQL; reading them as the text
# SQLite stores, then writing that as ISO 8601 in Python (120,000 calls), and reading the
# dates with Django's converters, 8% of the JSON's.
AS_ISO_TEXT = {
    "date": IsoDate,
    "effective_date": IsoDate,
    "expiry_date": IsoDate,
    "published_at": IsoTime,
    "updated_at": IsoTime,
    "article__published_at": IsoTime,
}
assert set(AS_ISO_TEXT) == set(ISO_TEXT)  # noqa: S101


def read_of(field):
    """What a download reads of `field` (an ORM path): the field, or its ISO 8601 text."""
    return AS_ISO_TEXT[field](field) if field in AS_ISO_TEXT else F(field)


def expression(text, links):
    """A cell's `text`: an expression, or a function of the request's `SiteLinks` giving one."""
    return text(links) if callable(text) else text


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


def defused(text):
    """`defuse_formula` of `text` (UTF-8 bytes)."""
    return b"'" + text if text.startswith(_TRIGGERS) else text


def defused_all(texts):
    """`defuse_formula` of each of `texts` (UTF-8 bytes), without a call for each."""
    return [b"'" + text if text.startswith(_TRIGGERS) else text for text in texts]
