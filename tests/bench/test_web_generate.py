import pytest

from articles.models import Article
from bench.web.generate import BUSY_ORGANISATION_SLUG, Sizes, build, organisation_names
from directory.models import Jurisdiction, Organisation
from policies.models import ActionParticipant, Citation, PolicyAction
from tests.factories import JurisdictionFactory

SMALL = Sizes(
    organisations=30, articles=60, actions=80, places_with_actions=10, words_per_article=50
)


@pytest.fixture
def built(db):
    country = JurisdictionFactory(kind="country")
    JurisdictionFactory.create_batch(12, parent=country)
    Jurisdiction.objects.rebuild_tree()
    build(SMALL, seed=1, report=lambda _line: None)


def test_a_small_build_holds_the_sizes_asked_for_all_published(built):
    assert Organisation.objects.confirmed().count() == SMALL.organisations
    assert Article.objects.count() == SMALL.articles
    assert PolicyAction.objects.published().count() == SMALL.actions


def test_every_action_has_a_participant_and_a_citation_and_about_two_of_each(built):
    for model in (ActionParticipant, Citation):
        assert not PolicyAction.objects.exclude(pk__in=model.objects.values("action")).exists()
        assert 1.5 <= model.objects.count() / SMALL.actions <= 2.5


def test_the_first_organisation_is_the_busiest(built):
    busiest = Organisation.objects.get(slug=BUSY_ORGANISATION_SLUG)
    for other in Organisation.objects.exclude(pk=busiest.pk):
        assert other.participations.count() <= busiest.participations.count()


def test_article_bodies_run_to_the_words_asked_for(built):
    body = Article.objects.first().body
    assert len(body.split()) >= SMALL.words_per_article


def test_organisation_names_are_unique_by_slug_at_full_size():
    from django.utils.text import slugify

    names = organisation_names(Sizes().organisations)
    assert len({slugify(name) for name in names}) == len(names) == 2000


def test_a_build_without_places_says_to_load_the_directory(db):
    with pytest.raises(SystemExit, match="load_directory"):
        build(SMALL, report=lambda _line: None)
