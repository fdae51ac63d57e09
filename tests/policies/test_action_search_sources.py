"""An action is found by the words of the articles it cites, whatever changes them: on
PostgreSQL through one stored vector that triggers keep right (migration 0009), on SQLite by
reading the articles. Every behaviour here holds on both databases."""

import pytest
from django.db import connection

from articles.models import Article
from policies.models import Citation, PolicyAction
from tests.factories import ArticleFactory, CitationFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored search vectors are PostgreSQL's"
)


def found(text):
    return sorted(PolicyAction.objects.matching(text).values_list("title", flat=True))


@pytest.fixture
def action():
    return PolicyActionFactory(title="Council votes", summary="A plain summary.")


def test_citing_an_article_makes_the_action_findable_by_its_words(action):
    assert found("zanzibar") == []
    CitationFactory(action=action, article__body="Cameras watched the Zanzibar market.")
    assert found("zanzibar") == ["Council votes"]


def test_citations_written_in_bulk_are_searched_too(action):
    articles = [
        ArticleFactory(title="Harbour cameras"),
        ArticleFactory(excerpt="Turnstiles at the stadium."),
    ]
    Citation.objects.bulk_create(Citation(action=action, article=a) for a in articles)
    assert found("harbour") == found("turnstile") == ["Council votes"]


def test_removing_the_citation_stops_the_action_being_found_by_the_article(action):
    citation = CitationFactory(action=action, article__title="Zanzibar cameras")
    citation.delete()
    assert found("zanzibar") == []
    assert found("council") == ["Council votes"]


def test_a_citation_moved_to_another_article_or_action_moves_its_words(action):
    other = PolicyActionFactory(title="Other action", summary="Nothing.")
    citation = CitationFactory(action=action, article__title="Zanzibar cameras")
    harbour = ArticleFactory(title="Harbour cameras")
    Citation.objects.filter(pk=citation.pk).update(article=harbour)
    assert (found("zanzibar"), found("harbour")) == ([], ["Council votes"])
    Citation.objects.filter(pk=citation.pk).update(action=other)
    assert (found("harbour"), found("council")) == (["Other action"], ["Council votes"])


def test_editing_a_cited_article_changes_what_finds_the_action(action):
    article = CitationFactory(action=action, article__body="Drones over the harbour.").article
    article.body = "Cameras at the stadium."
    article.save()
    assert (found("harbour"), found("stadium")) == ([], ["Council votes"])
    Article.objects.filter(pk=article.pk).update(title="Zanzibar", body="")
    assert (found("stadium"), found("zanzibar")) == ([], ["Council votes"])


def test_an_article_edited_so_it_no_longer_matches_drops_the_action(action):
    kept = PolicyActionFactory(title="Kept", summary="Police cameras.")
    article = ArticleFactory(body="Police cameras in the harbour.")
    for citing in (action, kept):
        CitationFactory(action=citing, article=article)
    assert found("police") == ["Council votes", "Kept"]
    Article.objects.filter(pk=article.pk).update(body="Cameras in the harbour.")
    assert found("police") == ["Kept"]


def test_editing_the_action_keeps_the_words_of_its_articles(action):
    CitationFactory(action=action, article__title="Zanzibar cameras")
    action.title = "Council bans cameras"
    action.save()
    PolicyAction.objects.filter(pk=action.pk).update(summary="Rewritten.")
    assert found("zanzibar") == found("rewritten") == ["Council bans cameras"]
    assert found("votes") == []


@postgresql_only
def test_a_quoted_phrase_is_found_in_a_cited_article(action):
    CitationFactory(action=action, article__body="The city council voted for a ban on cameras.")
    assert found('"city council"') == ["Council votes"]
    assert found('"council city"') == []


@postgresql_only
def test_an_action_found_only_through_its_sources_ranks_below_one_found_by_its_title(action):
    PolicyActionFactory(title="Zanzibar bans cameras", summary="Nothing else.")
    CitationFactory(action=action, article__title="Zanzibar, Zanzibar, Zanzibar")
    ranked = PolicyAction.objects.matching("zanzibar").order_by("-rank")
    assert [a.title for a in ranked] == ["Zanzibar bans cameras", "Council votes"]


@postgresql_only
def test_every_stored_vector_is_what_the_triggers_would_compute_afresh(action):
    """After each kind of write, no action's vector differs from one computed from scratch."""
    citation = CitationFactory(action=action, article__body="Drones.")
    CitationFactory(action=action, article__body="Harbour.")
    Article.objects.filter(pk=citation.article_id).update(excerpt="Stadium.")
    Citation.objects.filter(pk=citation.pk).update(position=3)
    PolicyActionFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM policies_policyaction WHERE search_with_sources IS DISTINCT"
            " FROM coalesce(search_document, '') || policies_cited_words(id)"
        )
        assert cursor.fetchone() == (0,)


@postgresql_only
def test_a_search_reads_no_article(action):
    plan = PolicyAction.objects.matching("police").explain()
    assert "articles_article" not in plan and "policies_citation" not in plan
