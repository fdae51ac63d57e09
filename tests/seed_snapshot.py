"""The rows `import_seeds` adds, taken once and put back for each test that asks for them.

The `imported_seeds` fixture imported the seed documents and curated records afresh for each of
about 116 tests: 1.7 s a test on PostgreSQL. Measured on SQLite on a loaded two-core machine,
one import took 6.6 s and putting its rows back 0.013 s (taking the snapshot, once, 11 s). The
rows go back with their own primary keys, in key order, without `save()` or signals, as
`loaddata` puts rows back: what a test reads is the import's result, not a second import.
"""

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models.sql import InsertQuery

from core.statistics import refresh_statistics


class SeedSnapshot:
    """The SQL that makes the import's changes again (deletes the rows it changed or deleted,
    inserts the rows it added or changed), the models whose tables it touches, and what the
    database held before."""

    def __init__(self, statements, models, before):
        self.statements = statements
        self.models = models
        self.before = before

    @classmethod
    def of(cls, run):
        """Call `run()` inside a transaction that is rolled back, and keep what it changed.

        Returns `(snapshot, run()'s result)`. Rows the import changed (the public data
        version it bumps) are deleted and inserted again as they became; rows it deleted are
        deleted.
        """
        with transaction.atomic():
            before = _stored_rows()
            result = run()
            statements, models = [], []
            for model in _models():
                rows_before, rows_after = before.get(model, {}), _rows_by_key(model)
                gone = [key for key, row in rows_before.items() if rows_after.get(key) != row]
                if gone:
                    statements.append(_delete_statement(model, gone))
                kept = rows_before.keys() - gone
                added = [row for key, row in sorted(rows_after.items()) if key not in kept]
                if added:
                    statements += _insert_statements(model, added)
                if gone or added:
                    models.append(model)
            transaction.set_rollback(True)
        return cls(statements, models, before), result

    def fits(self):
        """Whether the database holds what it held when the snapshot was taken, so that the
        same changes make the import's result again. It may not: a test on committed data
        flushes every table when it ends (the content types come back with other keys), and
        tests/directory/test_full_directory.py leaves the public data version it bumped."""
        return _stored_rows() == self.before

    def restore(self):
        """Make the import's changes again, then move PostgreSQL's sequences past them (SQLite's
        AUTOINCREMENT counters follow explicit keys by themselves) and refresh the planner's
        statistics as the import does."""
        reset = connection.ops.sequence_reset_sql(no_style(), self.models)
        with connection.cursor() as cursor:
            for sql, params in self.statements:
                cursor.execute(sql, params)
            for sql in reset:
                cursor.execute(sql)
        refresh_statistics()


def _delete_statement(model, keys):
    table, column = model._meta.db_table, model._meta.pk.column
    quote = connection.ops.quote_name
    marks = ", ".join(["%s"] * len(keys))
    sql = f"DELETE FROM {quote(table)} WHERE {quote(column)} IN ({marks})"  # noqa: S608
    return sql, [model._meta.pk.get_db_prep_value(key, connection) for key in keys]


def _insert_statements(model, rows):
    """`(sql, params)` pairs that insert `rows` (values in `_columns(model)` order), built once:
    building them through the ORM for each test took most of a restore (0.37 of 0.47 s)."""
    fields = _columns(model)
    names = [field.attname for field in fields]
    objects = [model(**dict(zip(names, row, strict=True))) for row in rows]
    batch = max(connection.ops.bulk_batch_size(fields, objects), 1)
    statements = []
    for start in range(0, len(objects), batch):
        query = InsertQuery(model)
        # raw=True: the values as they were stored, not recomputed by `pre_save()` (the
        # `auto_now` timestamps would otherwise become the time of the restore).
        query.insert_values(fields, objects[start : start + batch], raw=True)
        statements += query.get_compiler(connection=connection).as_sql()
    return statements


def _models():
    """Every model with a table of its own, the many-to-many link tables included."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and not model._meta.swapped
    ]


def _stored_rows():
    """The rows of every table that has any, by model: one query counts them all, then only the
    few tables the migrations fill are read."""
    models = _models()
    quote = connection.ops.quote_name
    counts = ", ".join(
        f"(SELECT COUNT(*) FROM {quote(model._meta.db_table)})"  # noqa: S608 - the models' tables
        for model in models
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        filled = [model for model, count in zip(models, cursor.fetchone(), strict=True) if count]
    return {model: _rows_by_key(model) for model in filled}


def _columns(model):
    return list(model._meta.concrete_fields)


def _rows_by_key(model):
    names = [field.attname for field in _columns(model)]
    key = names.index(model._meta.pk.attname)
    return {row[key]: row for row in model._base_manager.values_list(*names)}
