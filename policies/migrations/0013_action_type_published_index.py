"""An index for the per-type feeds (`/feeds/types/ban.atom`): one type's published actions,
newest published first (`in_publication_order`), read in that order from the index and not
sorted. Without it, SQLite read the type's 1,619 published actions through the covering index
of (state, type, date, ...) and sorted them all for the 50 newest: the query's SQL took 4.4 ms
(median, a copy of the bench file), 0.06 ms with it, and `/feeds/types/ban.atom` 14.5-18.0 ->
5.5-6.7 ms of CPU (median of 20, alternated rounds, bench/profile_pages.py). Other pages' plans
are unchanged but one that reads every published action either way (`/?q=police`'s chart).

PostgreSQL's DESC puts NULLs first, and the feeds ask for them last: there the index says
NULLS LAST (as 0005's), which SQLite cannot state in an index and does anyway in a descending
one. The model's state is the plain index of `PolicyAction.Meta.indexes`.
"""

from django.db import migrations, models

INDEX = models.Index(
    fields=["state", "action_type", "-published_at", "-date", "title", "id"],
    name="action_type_published_idx",
)
TABLE = "policies_policyaction"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {INDEX.name} ON {TABLE} "
            "(state, action_type, published_at DESC NULLS LAST, date DESC, title, id)"
        )
    else:
        schema_editor.add_index(apps.get_model("policies", "PolicyAction"), INDEX)
    if vendor == "sqlite":
        # SQLite plans with the statistics ANALYZE last stored, which know no new index (0008).
        schema_editor.execute(f"ANALYZE {TABLE}")


def drop(apps, schema_editor):
    schema_editor.remove_index(apps.get_model("policies", "PolicyAction"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("policies", "0012_action_vectors_out_of_line")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name="policyaction", index=INDEX)],
            database_operations=[migrations.RunPython(create, drop)],
        )
    ]
