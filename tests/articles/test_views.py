"""The public news list and article pages."""

import pytest
from django.urls import reverse

from articles.models import Article
from policies.models import EditorialState
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db


def titles(client, query=""):
    response = client.get(f"{reverse('news:article-list')}?{query}")
    assert response.status_code == 200
    return {article.title for article in response.context["articles"]}


def test_the_news_list_shows_every_imported_article(imported_seeds, client):
    assert len(titles(client)) == Article.objects.count()


def test_news_can_be_searched(imported_seeds, client):
    found = titles(client, "q=Minneapolis")
    expected = {
        a.title
        for a in Article.objects.all()
        if "minneapolis" in f"{a.title} {a.excerpt} {a.body}".lower()
    }
    assert found == expected
    assert found
    assert titles(client, "q=xylophonically") == set()


def test_news_can_be_filtered_by_organisation_and_place(imported_seeds, client):
    amazon = titles(client, "organisation=amazon")
    assert any("Amazon" in title for title in amazon)
    california = titles(client, "jurisdiction=california")
    oakland = titles(client, "jurisdiction=oakland")
    assert oakland <= california  # a state includes its cities


def test_news_can_be_narrowed_to_what_no_action_cites(imported_seeds, client):
    cited = titles(client, "cited=true")
    uncited = titles(client, "cited=false")
    assert cited and uncited
    assert not cited & uncited


def test_an_unknown_publisher_gives_an_empty_list_and_a_message(imported_seeds, client):
    response = client.get(f"{reverse('news:article-list')}?provider=nowhere.example")
    assert response.status_code == 200
    assert list(response.context["articles"]) == []
    assert "No publisher at “nowhere.example” is known." in response.content.decode()


@pytest.mark.parametrize("value", ["maybe", "null", "yes please"])
def test_a_cited_value_that_is_not_true_or_false_gives_an_empty_list_and_a_message(
    imported_seeds, client, value
):
    response = client.get(reverse("news:article-list"), {"cited": value})
    assert response.status_code == 200
    assert list(response.context["articles"]) == []
    assert f"“{value}” is neither “true” nor “false”." in response.content.decode()


def test_an_empty_cited_value_lists_cited_and_uncited_news(imported_seeds, client):
    assert titles(client, "cited=") == titles(client)


def test_an_article_page_shows_only_published_actions_it_supports(client):
    article = ArticleFactory(title="A story")
    CitationFactory(article=article, action__title="Published ban")
    CitationFactory(article=article, action__title="Draft ban", action__state=EditorialState.DRAFT)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Published ban" in page
    assert "Draft ban" not in page


def test_an_article_page_does_not_republish_the_full_text(client):
    article = ArticleFactory(excerpt="The short excerpt.", body="The whole story, paragraph one.")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "The short excerpt." in page
    assert "paragraph one" not in page


def test_an_article_page_links_related_articles_both_ways(imported_seeds, client):
    listing = Article.objects.filter(relations__isnull=False).first()
    related = listing.relations.first().related
    assert related.get_absolute_url() in client.get(listing.get_absolute_url()).content.decode()
    assert listing.get_absolute_url() in client.get(related.get_absolute_url()).content.decode()


def test_article_text_is_escaped(client):
    article = ArticleFactory(title="<script>x()</script>", excerpt="<img src=x onerror=y>")
    for url in (reverse("news:article-list"), article.get_absolute_url()):
        page = client.get(url).content.decode()
        assert "<script>x()" not in page
        assert "<img src=x" not in page
