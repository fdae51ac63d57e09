"""The tips queue's permissions for the curation groups (`policies` 0003 creates them).

Editors and Contributors handle tips (`change_tip`); only Editors delete them; Viewers read
them. Tips come from the public form only, so nobody is given `add_tip`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Editor": ["view_tip", "change_tip", "delete_tip"],
    "Contributor": ["view_tip", "change_tip"],
    "Viewer": ["view_tip"],
}


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    found = list(Permission.objects.filter(content_type__app_label="tips", codename__in=codenames))
    if len(found) != len(set(codenames)):
        raise RuntimeError(f"Permissions not found: {sorted(codenames)}")
    return found


def grant(apps, schema_editor):
    # Permissions are created here first: Django creates them only after every migration.
    app_config = apps.get_app_config("tips")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, codenames in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    codenames = {codename for names in GROUPS.values() for codename in names}
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*_permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("policies", "0003_curation_groups"),
        ("tips", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
