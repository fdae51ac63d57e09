"""On PostgreSQL, each place's parent and left bound beside its id in an index of its own, so
walking up the tree, and finding where in it each action's place is, read the index alone.

`Jurisdiction.objects.containing_any()` walks up from a set of places in a recursive query;
for the 4,062 places with actions of bench/web, PostgreSQL joins each step by hashing every
place, read from the table (74,757 rows, 14 MB). From this index it reads a
fraction of that: the walk 31-34 -> 21-24 ms (best of 15, three alternations). The left
bounds of the places of all published actions (`published_totals()`, which every page of
places counts with) 9.2-9.5 -> 7.5-8.1 ms (best of 15, both orders, twice). The SQL
of the pages that walk, best of 9 on copies of the benchmark's database with and without
it: `/jurisdictions/` 94-100 -> 85-87 ms, `/jurisdictions/california/` 37-38 -> 28-31 ms,
`/jurisdictions/united-states/` 54-59 -> 45-49 ms, `/sitemap.xml` 180-184 -> 157-159 ms;
other pages the same. SQLite looks each step up by rowid and has no use for it.
"""

from django.db import migrations

INDEX = "jurisdiction_parent_walk_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON directory_jurisdiction (id) "
            "INCLUDE (parent_id, tree_left)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("directory", "0004_place_search_keys")]

    operations = [migrations.RunPython(create, drop)]
