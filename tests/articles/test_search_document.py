"""On PostgreSQL an article's search vector is stored by a trigger, whatever writes the row, and
searches rank with it through its GIN index."""

import pytest
from django.db import connection

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored search vector is PostgreSQL's"
)


def titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


@postgresql_only
def test_an_article_saved_one_by_one_is_found_by_the_words_of_its_text():
    ArticleFactory(title="Council votes", body="The council banned face surveillance.")
    assert titles(Article.objects.matching("surveillance")) == ["Council votes"]


@postgresql_only
def test_articles_written_in_bulk_are_found_too():
    Article.objects.bulk_create(
        [
            Article(
                url="https://example.org/a", title="Bulk one", body="biometric", origin="document"
            ),
            Article(
                url="https://example.org/b", title="Bulk two", body="weather", origin="document"
            ),
        ]
    )
    assert titles(Article.objects.matching("biometric")) == ["Bulk one"]


@postgresql_only
def test_changing_the_text_changes_what_finds_the_article():
    article = ArticleFactory(title="Moratorium", body="A pause on facial recognition.")
    Article.objects.filter(pk=article.pk).update(body="A pause on drones.")
    assert titles(Article.objects.matching("recognition")) == []
    assert titles(Article.objects.matching("drones")) == ["Moratorium"]


@postgresql_only
def test_a_match_in_the_title_ranks_above_one_in_the_text():
    ArticleFactory(title="Police ban", body="Nothing else.")
    ArticleFactory(title="Other news", body="The police were mentioned once.")
    ranked = Article.objects.matching("police").order_by("-rank")
    assert [article.title for article in ranked] == ["Police ban", "Other news"]


@postgresql_only
def test_the_search_is_served_by_the_stored_vector_s_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'article_search_document_idx'"
        )
        (definition,) = cursor.fetchone()
    assert "gin (search_document)" in definition


def test_every_word_must_appear_where_there_is_no_full_text_search():
    ArticleFactory(title="Council votes", body="The council banned face surveillance.")
    assert titles(Article.objects.matching("council surveillance")) == ["Council votes"]
    assert titles(Article.objects.matching("council drones")) == []
