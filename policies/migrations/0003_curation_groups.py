"""The Editor, Contributor and Viewer groups and their permissions.

Permissions are created here first: on a fresh database Django only creates them after every
migration has run (post_migrate), too late for a data migration that assigns them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATED = {
    "policies": ["policyaction", "actionparticipant", "citation"],
    "directory": ["jurisdiction", "jurisdictionalias", "organisation", "organisationalias"],
    "articles": ["article", "articleurl", "articlerelation", "provider", "topic"],
}  # fmt: skip
LOGS = {"articles": ["importrun", "importfailure"]}

# Editors do everything staff do, publishing included; they also upload imports.
EDITOR = [
    f"{app}.{verb}_{model}"
    for app, models in CURATED.items()
    for model in models
    for verb in ("add", "change", "delete", "view")
] + [
    "policies.publish_policyaction",
    "articles.add_importrun",
    "articles.view_importrun",
    "articles.view_importfailure",
]
VIEW_ALL = [
    f"{app}.view_{model}"
    for group in (CURATED, LOGS)
    for app, models in group.items()
    for model in models
]
# Contributors draft actions and propose them for review; editors publish. They may add
# organisations an action needs and fix an article's details, and upload news, which the
# importer keeps idempotent. The jurisdiction tree, merges and deletions stay with editors
# (deleting a published action is refused to them in the admin).
CONTRIBUTOR = VIEW_ALL + [
    "policies.add_policyaction",
    "policies.change_policyaction",
    "policies.delete_policyaction",
    "policies.add_actionparticipant",
    "policies.change_actionparticipant",
    "policies.delete_actionparticipant",
    "policies.add_citation",
    "policies.change_citation",
    "policies.delete_citation",
    "directory.add_organisation",
    "directory.change_organisation",
    "directory.add_organisationalias",
    "directory.change_organisationalias",
    "directory.delete_organisationalias",
    "articles.change_article",
    "articles.add_importrun",
]
GROUPS = {"Editor": EDITOR + VIEW_ALL, "Contributor": CONTRIBUTOR, "Viewer": VIEW_ALL}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = set(perms)
        found = [
            permission
            for permission in Permission.objects.select_related("content_type")
            if f"{permission.content_type.app_label}.{permission.codename}" in wanted
        ]
        missing = wanted - {f"{p.content_type.app_label}.{p.codename}" for p in found}
        if missing:
            raise RuntimeError(f"Permissions not found for group {name}: {sorted(missing)}")
        group.permissions.set(found)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("directory", "0001_initial"),
        ("articles", "0001_initial"),
        ("policies", "0002_action_search_index"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
