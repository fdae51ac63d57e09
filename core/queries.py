"""Query helpers shared by the apps."""

from django.db import connections
from django.db.models import Count, Lookup, Subquery
from django.db.models.functions import Coalesce, ExtractYear


def count_subquery(queryset, group_field, distinct=None):
    """The number of rows of `queryset` for each outer row, as a subquery (0, never NULL).

    `queryset` is filtered on `OuterRef`s and grouped by `group_field`. A subquery instead of
    a joined COUNT adds no GROUP BY to the outer query, so counts of several relations do not
    multiply one another, and the outer query keeps its ordering and its filters.
    """
    counted = Count(distinct, distinct=True) if distinct else Count("pk")
    return Coalesce(
        Subquery(queryset.order_by().values(group_field).annotate(n=counted).values("n")), 0
    )


class _IdsLater:
    """The ids of an `AmongIds` given each time its query runs (`ForEachIds`), not when the
    query is built."""

    def __repr__(self):
        return "IDS_LATER"


IDS_LATER = _IdsLater()


def ids_parameter(ids, vendor):
    """`ids` as the one parameter `AmongIds` passes: a JSON list on SQLite, the text of an
    array on PostgreSQL (which the SQL casts): psycopg adapting a list of 2,000 ints as an
    array took 44 ms for 20 queries, its text 15 ms."""
    text = ",".join(map(str, ids))
    return f"[{text}]" if vendor == "sqlite" else f"{{{text}}}"


class AmongIds(Lookup):
    """`lhs` is one of `ids`, a list of integers passed to the database as ONE parameter:
    `lhs = ANY(%s::bigint[])` with the array's text on PostgreSQL, `lhs IN (SELECT value FROM
    json_each(%s))` with a JSON list on SQLite. Django's `__in` prepares, compiles and binds
    every id on its own: for the downloads' chunks of 2,000 actions, reading their
    organisations and sources this way took a 20,000-row CSV from 0.98 to 0.70-0.78 s of CPU
    on SQLite and from 1.35 to 0.93-1.26 s on PostgreSQL (bench/bench_export.py). Used as an
    expression: `queryset.filter(AmongIds(F("action_id"), ids))`; `ids` may be IDS_LATER, for
    a query compiled once and run for many lists of ids (`ForEachIds`). SQLite and PostgreSQL
    only."""

    # The ids are integers already: no field prepares them one by one.
    prepare_rhs = False

    def _ids(self, connection):
        if self.rhs is IDS_LATER:
            return IDS_LATER
        return ids_parameter(self.rhs, connection.vendor)

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", (*lhs_params, self._ids(connection))

    def as_sqlite(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        sql = f"{lhs} IN (SELECT value FROM json_each(%s))"  # noqa: S608 (a column, no value)
        return sql, (*lhs_params, self._ids(connection))


class ForEachIds:
    """A `values_list` queryset filtered by `AmongIds(..., IDS_LATER)`, compiled once and run
    for each list of ids (`rows`), its rows as the database gives them: no field converts
    them, so for columns that need no converting (ids, text). The downloads' two queries a
    chunk of actions were built and compiled anew for each chunk: 11 ms a 20,000-row CSV on
    SQLite, 23 ms on PostgreSQL, and Django's reading of their rows, 100 at a time, as much
    again. It holds no connection (each call takes its thread's), so one may be kept for the
    process (`opendata.export_views`)."""

    def __init__(self, queryset):
        self.alias = queryset.db
        self.sql, params = queryset.query.get_compiler(queryset.db).as_sql()
        self.params = list(params)
        self.slots = [n for n, param in enumerate(self.params) if param is IDS_LATER]
        assert self.slots, "no AmongIds(..., IDS_LATER) in the query"  # noqa: S101

    def rows(self, ids):
        connection = connections[self.alias]
        params = list(self.params)
        for slot in self.slots:
            params[slot] = ids_parameter(ids, connection.vendor)
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            return cursor.fetchall()


class Year(ExtractYear):
    """The year of a date, as `ExtractYear`, but worked out by SQLite itself: Django's own
    calls a Python function for each row there, which was 45 of the timeline's 116 ms a
    request at 20,000 actions (bench/web). SQLite stores a date as its ISO text, always
    four digits of year first."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"CAST(SUBSTR({sql}, 1, 4) AS INTEGER)", params
