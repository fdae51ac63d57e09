"""A news search lists (and on PostgreSQL ranks) only its newest matches (`among_newest`), after
every other filter, so a word that most articles hold costs a bounded number of rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Provider
from policies import news_filters
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="only PostgreSQL ranks matches"
)


def day(n):
    return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(days=n)


@pytest.fixture
def police_news(monkeypatch):
    """Five police stories over five days, the oldest with the word in its headline, and a
    sixth from one publisher, oldest of all; three are ranked at most."""
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 3)
    ArticleFactory(title="Police ban", body="Police.", published_at=day(1))
    for n in range(2, 6):
        ArticleFactory(title=f"Story {n}", body="Once, the police.", published_at=day(n))
    daily = Provider.objects.create(name="The Daily", domain="daily.example")
    ArticleFactory(title="Daily police", body="Police.", provider=daily, published_at=day(0))


def listed(client, query):
    response = client.get("/articles/" + query)
    assert response.status_code == 200
    return [article.title for article in response.context["articles"]], response


def test_only_the_newest_matches_are_listed_and_the_page_says_so(client, police_news):
    titles, response = listed(client, "?q=police")
    assert sorted(titles) == ["Story 3", "Story 4", "Story 5"]
    assert response.context["paginator"].count == 3
    assert b"these are the 3 most recent" in response.content


@postgresql_only
def test_the_newest_matches_are_said_to_be_ranked_where_they_are(client, police_news):
    _titles, response = listed(client, "?q=police")
    assert b"these are the 3 most recent, the most relevant first." in response.content


@pytest.mark.skipif(connection.vendor == "postgresql", reason="PostgreSQL ranks matches")
def test_without_ranking_the_newest_matches_are_listed_newest_first(client, police_news):
    titles, response = listed(client, "?q=police")
    assert titles == ["Story 5", "Story 4", "Story 3"]
    assert b"these are the 3 most recent. Add words" in response.content


def test_no_more_match_is_said_when_exactly_the_bound_match(client, police_news, monkeypatch):
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 6)
    titles, response = listed(client, "?q=police")
    assert len(titles) == 6
    assert b"More match" not in response.content
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 5)
    titles, response = listed(client, "?q=police")
    assert len(titles) == 5
    assert b"More match" in response.content


def test_the_newest_matches_are_of_the_other_filters_too(client, police_news):
    titles, response = listed(client, "?q=police&provider=daily.example")
    assert titles == ["Daily police"]
    assert b"most recent" not in response.content


@postgresql_only
def test_within_the_bound_a_headline_match_still_ranks_first(client, police_news, monkeypatch):
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 10)
    titles, _response = listed(client, "?q=police")
    assert titles[:2] == ["Police ban", "Daily police"]
    assert len(titles) == 6


@postgresql_only
def test_the_bounded_search_walks_the_date_index_not_every_match(police_news):
    Article.objects.bulk_create(
        Article(url=f"https://e.example/{n}", title="Police", body="police", origin="document")
        for n in range(2000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    query = Article.objects.matching("police").among_newest(3).order_by("-rank")
    plan = query.explain()
    assert "article_published_idx" in plan
    assert "Limit" in plan


def text_tests(sql):
    """How many times `sql` tests an article's text: a full-text match on PostgreSQL, a LIKE
    of the headline, the excerpt or the text elsewhere."""
    return sql.count("@@") if connection.vendor == "postgresql" else sql.count(" LIKE ")


@pytest.mark.parametrize("query", ["?q=police", "?q=police&provider=daily.example"])
def test_the_listed_matches_are_read_by_id_without_testing_their_text_again(
    client, police_news, query
):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/articles/" + query).status_code == 200
    page = [q["sql"] for q in queries if '"excerpt" FROM' in q["sql"]]
    assert len(page) == 1
    tests_of_one_word = 1 if connection.vendor == "postgresql" else 3  # headline, excerpt, text
    assert text_tests(page[0]) == tests_of_one_word
