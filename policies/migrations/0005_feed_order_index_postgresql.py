"""An index in the feeds' own order on PostgreSQL: newest published first, never-published
(NULL) last. `action_state_published_idx` sorts NULLs first there (DESC's default), so a
feed ordered `published_at DESC NULLS LAST` scanned and sorted every published action. SQLite
cannot state NULLS LAST in an index, and puts NULLs last in a descending order anyway: the
existing index serves it there."""

from django.db import migrations

INDEX = "action_state_published_nulls_last_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON policies_policyaction "
            "(state, published_at DESC NULLS LAST, date DESC, title, id)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("policies", "0004_action_content_changed_by")]

    operations = [migrations.RunPython(create, drop)]
