"""The review queue's permissions for the curation groups (`policies` 0003 creates them).

Editors and Contributors accept and reject suggestions (`change_suggestion`); only Editors
delete them; everyone views them. Suggestions are made by imports, never added by hand.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW = ["suggestions.view_suggestion", "suggestions.view_suggestedparticipant"]
GROUPS = {
    "Editor": [*VIEW, "suggestions.change_suggestion", "suggestions.delete_suggestion"],
    "Contributor": [*VIEW, "suggestions.change_suggestion"],
    "Viewer": VIEW,
}


def _permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    wanted = {tuple(name.split(".")) for name in names}
    found = [
        permission
        for permission in Permission.objects.filter(content_type__app_label="suggestions")
        if ("suggestions", permission.codename) in wanted
    ]
    if len(found) != len(wanted):
        raise RuntimeError(f"Permissions not found: {sorted(names)}")
    return found


def grant(apps, schema_editor):
    # Permissions are created here first: Django creates them only after every migration.
    app_config = apps.get_app_config("suggestions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, permissions in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, permissions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    names = {name for permissions in GROUPS.values() for name in permissions}
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*_permissions(apps, names))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("policies", "0003_curation_groups"),
        ("suggestions", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
