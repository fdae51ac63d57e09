"""The news that mentions a place, or any place inside it, newest first: found from its
mentions for a place in few articles, by reading the newest articles for one in many."""

import datetime

import pytest

from policies import news_filters
from tests.factories import ArticleFactory, JurisdictionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def massachusetts_news():
    us = JurisdictionFactory(name="United States", slug="united-states", kind="country")
    massachusetts = JurisdictionFactory(
        name="Massachusetts", slug="massachusetts", kind="state", parent=us
    )
    boston = JurisdictionFactory(name="Boston", slug="boston", parent=massachusetts)
    maine = JurisdictionFactory(name="Maine", slug="maine", kind="state", parent=us)
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number, (title, places) in enumerate(
        [
            ("State law", [massachusetts]),
            ("Boston ban", [boston]),
            ("Boston and its state", [boston, massachusetts]),
            ("Maine bill", [maine]),
            ("Nowhere", []),
        ]
    ):
        article = ArticleFactory(title=title, published_at=day + datetime.timedelta(days=number))
        article.jurisdictions.set(places)


def titles(client, query):
    response = client.get("/articles/" + query)
    assert response.status_code == 200
    return [article.title for article in response.context["articles"]]


@pytest.mark.parametrize("walked_from", [0, 10**9], ids=["newest read first", "mentions first"])
def test_the_news_of_a_place_is_what_mentions_it_or_a_place_inside_it_newest_first(
    client, monkeypatch, massachusetts_news, walked_from
):
    monkeypatch.setattr(news_filters, "MENTIONS_WALKED_FROM", walked_from)
    expected = ["Boston and its state", "Boston ban", "State law"]
    assert titles(client, "?jurisdiction=massachusetts") == expected
    assert titles(client, "?jurisdiction=boston") == ["Boston and its state", "Boston ban"]
    assert titles(client, "?jurisdiction=united-states") == ["Maine bill", *expected]
    assert titles(client, "?jurisdiction=massachusetts&q=boston") == expected[:2]


def test_a_place_no_article_mentions_lists_no_news_and_says_so(client, massachusetts_news):
    JurisdictionFactory(name="Quiet Town", slug="quiet-town")
    response = client.get("/articles/?jurisdiction=quiet-town")
    assert response.status_code == 200
    assert list(response.context["articles"]) == []
    page = response.content.decode()
    assert "Mentions place: Quiet Town" in page and "No news matches these filters." in page
