"""System checks for what the importer needs of the database."""

from django.core.checks import Error, register
from django.db import connections

# The importer writes articles with `bulk_create`, which learns the keys of the rows it inserts
# or updates only through `INSERT ... RETURNING`.
SQLITE_WITH_RETURNING = (3, 35, 0)


@register("database")
def sqlite_can_return_inserted_keys(app_configs=None, databases=None, **kwargs):
    """SQLite before 3.35 (2021) cannot say which keys an `INSERT` of many rows gave."""
    errors = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "sqlite":
            continue
        version = connection.Database.sqlite_version_info
        if version < SQLITE_WITH_RETURNING:
            errors.append(
                Error(
                    f"SQLite {'.'.join(map(str, version))} is too old for the news importer, "
                    "which needs INSERT ... RETURNING (SQLite 3.35 or later).",
                    hint="Use a Python built with a newer SQLite, or PostgreSQL (DATABASE_URL).",
                    id="articles.E001",
                )
            )
    return errors
