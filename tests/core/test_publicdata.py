"""The public data version changes with every change to what the public site shows, and only
then: every public model is watched, bulk writers bump it, a rollback undoes it."""

import pytest
from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save

from articles.importer import import_documents
from articles.models import ArticleURL
from core.publicdata import WATCHED_MODELS, public_version
from directory.candidates import organisations_for
from directory.gazetteer import PlaceRecord
from directory.populate import load_directory
from directory.recognition import Candidate
from policies.curation import load_curated_actions
from policies.models import Citation, PolicyAction
from tests.factories import ArticleFactory, JurisdictionFactory, PolicyActionFactory

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


def test_loading_places_in_bulk_changes_the_version_and_a_reload_leaves_it(tmp_path):
    (tmp_path / "jurisdictions.yaml").write_text("[]\n")
    places = [PlaceRecord("geonames:1", "Paris", "city", None, geonames_id=1)]
    before = public_version()
    load_directory(places, fixtures_dir=tmp_path)
    loaded = public_version()
    assert loaded[0] != before[0]
    load_directory(places, fixtures_dir=tmp_path)
    assert public_version() == loaded


def test_organisations_found_in_the_news_change_the_version_though_written_in_bulk():
    before = public_version()
    organisations_for({Candidate("Gotham Surveillance Watch", "civil_society")})
    assert public_version()[0] != before[0]


def test_a_curated_action_changes_the_version_after_its_sources_are_written(tmp_path):
    """The action's own save bumps the version, then its sources are written in bulk: the
    version must change again, or a page cached in between would lack them."""
    JurisdictionFactory(slug="gotham")
    article = ArticleFactory()
    ArticleURL.objects.create(article=article, url="https://news.example/ban", kind="web")
    (tmp_path / "actions.yaml").write_text(
        "- slug: gotham-ban\n"
        "  title: Gotham bans it\n"
        "  type: ban\n"
        "  status: in_force\n"
        "  scope: government\n"
        "  jurisdiction: gotham\n"
        "  date: 2024-05-01\n"
        "  summary: The council banned it.\n"
        "  sources: [{url: 'https://news.example/ban'}]\n"
    )
    at_save = []

    def remember(sender, instance, **kwargs):
        at_save.append(public_version())

    post_save.connect(remember, sender=PolicyAction, dispatch_uid="test-at-save")
    try:
        counts = load_curated_actions(tmp_path)["actions"]
    finally:
        post_save.disconnect(dispatch_uid="test-at-save", sender=PolicyAction)
    assert counts.created == 1 and at_save
    assert Citation.objects.filter(action__slug="gotham-ban").count() == 1
    assert public_version()[0] != at_save[-1][0]
