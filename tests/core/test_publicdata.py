"""The public data version changes with every change to what the public site shows, and only
then: every public model is watched, bulk writers bump it, a rollback undoes it."""

import pytest
from django.apps import apps
from django.db import transaction

from articles.importer import import_documents
from core.publicdata import WATCHED_MODELS, public_version
from tests.factories import JurisdictionFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

# Models no public page shows, or whose rows change only with a watched record or through a
# writer that bumps the version itself (the importer, place-name indexing).
NOT_WATCHED = {
    "core.publicdataversion",
    "directory.placename",
    "articles.articleurl",
    "articles.articlerelation",
    "articles.importrun",
    "articles.importfailure",
}
PUBLIC_APPS = ("core", "directory", "articles", "policies")


def test_every_model_of_the_public_apps_bumps_the_version_or_is_named_as_not_public():
    models = [
        model
        for app in PUBLIC_APPS
        for model in apps.get_app_config(app).get_models()
        if not model.__name__.startswith("Historical")
    ]
    unwatched = {m._meta.label_lower for m in models if m not in WATCHED_MODELS}
    assert unwatched == NOT_WATCHED


def test_publishing_an_action_changes_the_version_and_the_time_of_the_last_change():
    before = public_version()
    PolicyActionFactory()
    after = public_version()
    assert after[0] != before[0]
    assert after[1] >= before[1]


def test_a_change_rolled_back_leaves_the_version_as_it_was():
    before = public_version()
    with transaction.atomic():
        JurisdictionFactory()
        transaction.set_rollback(True)
    assert public_version() == before


def test_reimporting_unchanged_documents_leaves_the_version_alone(tmp_path):
    document = tmp_path / "news.txt"
    document.write_text("Columbus weighs a ban\nPosted on May 2, 2021\n\nThe council met.\n")
    import_documents([document], workers=0)
    before = public_version()
    import_documents([document], workers=0)
    assert public_version() == before
