"""On PostgreSQL, an action's search vectors are stored beside its row (TOAST), not in it.

PostgreSQL compresses or moves out a row's large values once the row passes 2 kB, and by
default only until it is under 2 kB: the two vectors of an action (its own words and its
cited articles', ~4.3 kB together in bench/web) stayed in the row, compressed, and 20,000
actions filled 31-54 MB of table. A row past 2 kB is now brought under 512 bytes: 7 MB. A
row's title, slug and summary (~430 characters) stay in it, so the lists and downloads that
show them read no further.

A search's chart counts every match by year and type, reading each matching row from the
table, every page of it for "police": 17.3 -> 8.5 ms, the SQL of `/?q=police` 19.0 -> 10.3
ms (best of 15, copies of the benchmark's database, both vacuumed, compared query by query).
Other pages' queries measured the same. Rows written before this are made small when next
written (or at once by VACUUM FULL); no deployed database predates it. SQLite has no such
setting.
"""

from django.db import migrations

ROW_TARGET_BYTES = 512


def keep_rows_small(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE policies_policyaction "
            f"SET (toast_tuple_target = {ROW_TARGET_BYTES})"
        )


def default_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE policies_policyaction RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("policies", "0011_action_state_status_index")]

    operations = [migrations.RunPython(keep_rows_small, default_rows)]
