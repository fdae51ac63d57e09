"""Proposed organisation changes for the curation groups: Contributors propose them (and see
the queue), Editors accept or refuse them (`decide_organisationchange`), Viewers read them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Editor": [
        "view_organisationchange",
        "add_organisationchange",
        "delete_organisationchange",
        "decide_organisationchange",
    ],
    "Contributor": ["view_organisationchange", "add_organisationchange"],
    "Viewer": ["view_organisationchange"],
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
        ("tips", "0003_organisation_change"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
