"""Queries whose SQL the ORM writes once a process, run with each request's values.

Building a query through the ORM (its filters, joins, related lookups and SQL) took 0.5-1 ms
of CPU each on the public pages, five to ten times what SQLite took to answer it: an action's
page spent 3.0 of its 5.1 ms building its three queries (bench/profile_pages.py, 20,000
actions). A query whose shape never changes, only its values (a slug, an id), is built once
with a stand-in for each value, and run with each call's values put in the stand-ins' places
among its parameters, its rows converted by the fields as the ORM converts them (the
converters found once too: finding them for each read was 5% of an action's page's CPU).
"""

from django.db import DEFAULT_DB_ALIAS, connections


class SqlOnce:
    """A `values_list()` query built by `build(*values)`, written once per database and run for
    any `values` (`rows`). `stand_ins` are values no call passes (a negative id, a text no slug
    holds), one per argument of `build`, each found among the query's parameters: a value that
    the SQL writes in its text rather than as a parameter (a LIMIT) cannot vary. The values are
    given as the database takes them (ids, texts), as the ORM would have prepared them."""

    def __init__(self, build, *stand_ins):
        self.build = build
        self.stand_ins = stand_ins
        # Database alias: (SQL, parameters, stand-ins' places, compiler, converters). The
        # compiler is kept to apply its fields' converters, which depend on the database's
        # settings, not on the state of the connection it was made with.
        self.written = {}

    def _written(self, using):
        if using not in self.written:
            queryset = self.build(*self.stand_ins).using(using)
            compiler = queryset.query.get_compiler(using)
            sql, params = compiler.as_sql()
            places = [
                [n for n, param in enumerate(params) if param == stand_in]
                for stand_in in self.stand_ins
            ]
            if not all(places):
                raise ValueError("a stand-in is not among the query's parameters")
            selected = [column for column, _, _ in compiler.select[: compiler.col_count]]
            converters = compiler.get_converters(selected)
            self.written[using] = (sql, tuple(params), places, compiler, converters)
        return self.written[using]

    def rows(self, *values, using=DEFAULT_DB_ALIAS, limit=None, offset=0):
        """The query's rows for `values`, as tuples, each column as its field reads it; only
        `limit` of them from the `offset`th when given (a page, which the ORM would write in
        the SQL's text: SQLite and PostgreSQL take it as parameters the same)."""
        sql, params, places, compiler, converters = self._written(using)
        params = list(params)
        for value, slots in zip(values, places, strict=True):
            for n in slots:
                params[n] = value
        if limit is not None:
            sql = f"{sql} LIMIT %s OFFSET %s"
            params += [limit, offset]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not converters:
            return rows
        return list(map(tuple, compiler.apply_converters(rows, converters)))


def loaded_fields(model, only=None):
    """The attribute names of the fields `model`'s default manager reads (it may defer some, as
    the actions' search vectors), or of those among `only`, in the model's order: to read its
    records as `values_list` rows (`record`)."""
    deferred, defers = model._default_manager.all().query.deferred_loading
    if not defers:  # the manager reads `only()` some fields
        raise ValueError(f"{model.__name__}'s manager reads only some fields")
    names = [field.attname for field in model._meta.concrete_fields if field.name not in deferred]
    if only is None:
        return names
    if unknown := set(only) - set(names):
        raise ValueError(f"{model.__name__} reads no {', '.join(sorted(unknown))}")
    return [name for name in names if name in only]


def record(model, names, row, using=DEFAULT_DB_ALIAS):
    """A `model` instance of `row`, its values of the fields `names` in the model's order
    (`loaded_fields`), as the ORM makes one it read (`Model.from_db`); None for a row of NULLs
    (no related record)."""
    if all(value is None for value in row):
        return None
    return model.from_db(using, names, row)


def related(prefix, names):
    """`names` read through the relation `prefix` ("article__provider"), for `values_list`."""
    return [f"{prefix}__{name}" for name in names]


def records_of(row, *models_and_names):
    """`row` cut into a record (or None) of each (model, field names), in turn: a row read
    with `values_list(*fields, *related(...))` as the records it joined."""
    records, start = [], 0
    for model, names in models_and_names:
        records.append(record(model, names, row[start : start + len(names)]))
        start += len(names)
    return records
