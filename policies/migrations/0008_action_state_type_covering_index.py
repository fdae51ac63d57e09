from django.db import migrations, models


def analyse_on_sqlite(apps, schema_editor):
    """SQLite plans with the statistics ANALYZE last stored, which know no new index: without
    them it read California's timeline chart through this one, 27 ms instead of 3."""
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("ANALYZE policies_policyaction")


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0007_action_search_document"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="policyaction",
            index=models.Index(
                fields=["state", "action_type", "date", "status", "expiry_date", "jurisdiction"],
                name="action_state_type_covering_idx",
            ),
        ),
        migrations.RunPython(analyse_on_sqlite, migrations.RunPython.noop, elidable=True),
    ]
