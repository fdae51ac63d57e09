from django.db import migrations, models
from django.db.models import F


def backfill_published_at(apps, schema_editor):
    # Actions published before the field existed: their creation time is the best record
    # there is of when they went public.
    PolicyAction = apps.get_model("policies", "PolicyAction")
    PolicyAction.objects.filter(state="published", published_at__isnull=True).update(
        published_at=F("created_at")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0005_action_search_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="policyaction",
            name="published_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When the action was first published; feeds announce actions by it.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="historicalpolicyaction",
            name="published_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When the action was first published; feeds announce actions by it.",
                null=True,
            ),
        ),
        migrations.AddIndex(
            model_name="policyaction",
            index=models.Index(
                fields=["state", "-published_at"], name="action_state_published_idx"
            ),
        ),
        migrations.RunPython(backfill_published_at, migrations.RunPython.noop),
    ]
