"""The SQL that writes the JSON download's values as JSON text (`json_download`): each value
of `record.MEMBERS` as `json.dumps(..., ensure_ascii=False)` writes it, byte for byte. A text
is quoted by the database's own JSON quoting, `json_quote` on SQLite and `to_json` on
PostgreSQL, which escape exactly the characters Python's encoder escapes, the same way
(tests/opendata/test_json_download.py holds them to it, every code point below U+0300 and
more). SQLite and PostgreSQL only, as `core.queries.AmongIds`.
"""

from django.db.models import CharField, F, Func, Value
from django.db.models.functions import Cast, NullIf

from policies.dates import DatePrecision

from .csv_sql import IsoDate, link


class JsonString(Func):
    """A text as a JSON string; NULL as NULL on PostgreSQL, as the text null on SQLite."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="json_quote(%(expressions)s)")

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="to_json((%(expressions)s)::text)::text")


class Labelled(Func):
    """The label of a code from `labels` ({code: label}), the code itself if it has none."""

    output_field = CharField()

    def __init__(self, code, labels):
        self.labels = labels
        super().__init__(code)

    def as_sql(self, compiler, connection, **extra):
        code, params = compiler.compile(self.source_expressions[0])
        whens = " ".join("WHEN %s THEN %s" for _label in self.labels)
        labels = [value for pair in self.labels.items() for value in pair]
        return f"CASE {code} {whens} ELSE {code} END", (*params, *labels, *params)


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class DateDisplay(Func):
    """`dates.format_partial_date` of a date at its precision: "17 February 2021", "June 2019",
    "2019", or "Date unknown"."""

    output_field = CharField()

    def __init__(self, date, precision):
        super().__init__(date, precision)

    def as_sql(self, compiler, connection, **extra):
        date, date_params = compiler.compile(IsoDate(self.source_expressions[0]))
        precision, precision_params = compiler.compile(self.source_expressions[1])
        sql, params = [], []

        def put(text, *values):
            sql.append(text)
            params.extend(values)

        def month():
            put("CASE substr(")
            put(date, *date_params)
            names = " ".join(f"WHEN '{n:02d}' THEN '{name}'" for n, name in enumerate(MONTHS, 1))
            put(f", 6, 2) {names} END || ' ' || ")

        def year():
            put("substr(")
            put(date, *date_params)
            put(", 1, 4)")

        put("CASE WHEN ")
        put(date, *date_params)
        put(" IS NULL THEN 'Date unknown' WHEN ")
        put(precision, *precision_params)
        put(" = %s THEN ", DatePrecision.YEAR)
        year()
        put(" WHEN ")
        put(precision, *precision_params)
        put(" = %s THEN ", DatePrecision.MONTH)
        month()
        year()
        put(" ELSE ltrim(substr(")
        put(date, *date_params)
        put(", 9, 2), '0') || ' ' || ")
        month()
        year()
        put(" END")
        return "".join(sql), tuple(params)


def link_to(kind, value):
    """The absolute URL of the page of `kind` of `value` (a slug's or an id's field): a
    function of the request's `SiteLinks`."""
    return lambda links: link(links.parts[kind], Cast(F(value), CharField()))


def empty_as_null(field):
    return NullIf(F(field), Value(""))
