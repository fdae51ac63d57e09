"""The news list's publisher filter is a text box, not a list of every publisher: a domain or a
name typed in works without JavaScript, and a small JSON endpoint suggests names as one types."""

import pytest
from django.urls import reverse

from articles.models import Provider
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publishers():
    daily = Provider.objects.create(name="The Daily", domain="daily.example")
    weekly = Provider.objects.create(name="Weekly Review", domain="weekly.example")
    ArticleFactory(title="From the daily", provider=daily)
    ArticleFactory(title="From the weekly", provider=weekly)


def listed(client, query):
    response = client.get(reverse("news:article-list") + query)
    assert response.status_code == 200
    return [article.title for article in response.context["articles"]]


@pytest.mark.parametrize("typed", ["daily.example", "The Daily", "the daily", "DAILY.example"])
def test_a_publisher_is_found_by_its_domain_or_its_name(client, publishers, typed):
    assert listed(client, f"?provider={typed}") == ["From the daily"]


def test_the_list_names_no_publisher_until_asked(client, publishers):
    html = client.get(reverse("news:article-list")).content.decode()
    assert "Weekly Review" in html  # on its article
    assert 'name="provider"' in html
    assert "<option" not in html.split('name="provider"', 1)[1].split("</datalist>", 1)[0]
    assert 'data-suggestions="/articles/publishers.json"' in html


def test_suggestions_match_a_name_or_a_domain(client, publishers):
    def suggested(text):
        response = client.get(reverse("news:publisher-suggestions"), {"q": text})
        return response.json()["results"]

    assert suggested("week") == [
        {"name": "Weekly Review (weekly.example)", "slug": "weekly.example"}
    ]
    names = [result["name"] for result in suggested(".example")]
    assert names == ["The Daily (daily.example)", "Weekly Review (weekly.example)"]
    assert suggested("") == []


def test_publishers_of_one_name_are_told_apart_and_each_found_by_its_suggestion(client, publishers):
    namesake = Provider.objects.create(name="The Daily", domain="thedaily.example")
    ArticleFactory(title="From the other daily", provider=namesake)
    response = client.get(reverse("news:publisher-suggestions"), {"q": "daily"})
    names = [result["name"] for result in response.json()["results"]]
    assert names == ["The Daily (daily.example)", "The Daily (thedaily.example)"]
    assert listed(client, "?provider=The Daily (thedaily.example)") == ["From the other daily"]
    assert listed(client, "?provider=the daily (DAILY.example)") == ["From the daily"]


def test_a_publisher_named_by_its_domain_is_suggested_by_it_once(client):
    Provider.objects.create(name="news.example", domain="news.example")
    response = client.get(reverse("news:publisher-suggestions"), {"q": "news"})
    assert response.json()["results"] == [{"name": "news.example", "slug": "news.example"}]
