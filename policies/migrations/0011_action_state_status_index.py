from django.db import migrations, models


def analyse_on_sqlite(apps, schema_editor):
    """SQLite plans with the statistics ANALYZE last stored, which know no new index (see
    0008)."""
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("ANALYZE policies_policyaction")


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0010_action_state_place_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="policyaction",
            index=models.Index(
                fields=["state", "status", "expiry_date"], name="action_state_status_idx"
            ),
        ),
        migrations.RunPython(analyse_on_sqlite, migrations.RunPython.noop, elidable=True),
    ]
