"""Planner statistics: what the database knows of its tables' sizes and the spread of their
values, from which it picks an index or a join order.

SQLite keeps none until told: without them it planned the timeline's place choices as a walk of
every published action for each place, 163 s at 20,000 actions; after `ANALYZE`, 0.03 s. So
every bulk load ends with `refresh_statistics()`, and each SQLite connection opens with
`PRAGMA optimize=0x10002` (tracker/databases_and_caches.py), SQLite's advice for connections: it
analyses a table only when its size has changed a great deal since it was last analysed, else
costs next to nothing. PostgreSQL's autovacuum analyses every table whose rows changed much, on
its own, so there only the tables a caller names are analysed: a whole-database `ANALYZE` took
3.8 s even of a near-empty test database, after every import.
"""

from django.db import connections


def refresh_statistics(using="default", *, tables=None):
    """Analyse the tables of the models `tables` (on SQLite, every table when none are named)
    after a bulk load, so the next query is planned on what is there."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if tables is None and connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
        for model in tables or ():
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        if connection.vendor == "sqlite":
            # Lets the connection-open `PRAGMA optimize` see the tables as freshly analysed.
            cursor.execute("PRAGMA optimize")
