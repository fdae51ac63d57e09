"""Query helpers shared by the apps."""

import json

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


class AmongIds(Lookup):
    """`lhs` is one of `ids`, a list of integers passed to the database as ONE parameter:
    `lhs = ANY(%s)` with an array on PostgreSQL, `lhs IN (SELECT value FROM json_each(%s))`
    with a JSON list on SQLite. Django's `__in` prepares, compiles and binds every id on its
    own: for the downloads' chunks of 2,000 actions, reading their organisations and sources
    this way took a 20,000-row CSV from 0.98 to 0.70-0.78 s of CPU on SQLite and from 1.35 to
    0.93-1.26 s on PostgreSQL (bench/bench_export.py). Used as an expression:
    `queryset.filter(AmongIds(F("action_id"), ids))`. SQLite and PostgreSQL only."""

    # The ids are integers already: no field prepares them one by one.
    prepare_rhs = False

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*lhs_params, list(self.rhs))

    def as_sqlite(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = json.dumps(list(self.rhs))
        sql = f"{lhs} IN (SELECT value FROM json_each(%s))"  # noqa: S608 (a column, no value)
        return sql, (*lhs_params, ids)


class Year(ExtractYear):
    """The year of a date, as `ExtractYear`, but worked out by SQLite itself: Django's own
    calls a Python function for each row there, which was 45 of the timeline's 116 ms a
    request at 20,000 actions (bench/web). SQLite stores a date as its ISO text, always
    four digits of year first."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"CAST(SUBSTR({sql}, 1, 4) AS INTEGER)", params
