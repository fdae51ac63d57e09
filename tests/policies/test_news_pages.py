"""The news list's pages read by SQL written once (`policies.news_pages`) list what the ORM's
queries listed, page by page; a list with another filter is left to the ORM; and the search
form's fields, written in Python (`policies.news_form`), are what the template's loop printed."""

import datetime

import pytest
from django.http import QueryDict
from django.template import engines

from articles.models import Article, Provider
from core.sql_once import SqlOnce
from policies import news_filters, news_pages
from policies.news_filters import ArticleFilter
from policies.news_form import news_fields_html
from policies.news_listing import listed_articles
from policies.news_pages import ListedPages, listed_news, read_once
from policies.news_views import ArticleListView
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db


def day(n):
    return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(days=n)


@pytest.fixture
def news():
    """Police and court stories over twelve days, one with a LIKE wildcard in its headline,
    one undated, one cited, two from one publisher."""
    wired = Provider.objects.create(name="Wired", domain="wired.com")
    for n in range(12):
        words = ("Police", "Court", "Police court")[n % 3]
        ArticleFactory(title=f"{words} story {n}", body="Text.", published_at=day(n))
    ArticleFactory(title="Police 100% sure", body="x", provider=wired, published_at=day(3))
    ArticleFactory(title="Police, date unknown", body="x", provider=wired, published_at=None)
    CitationFactory(article=ArticleFactory(title="Cited police", published_at=day(5)))


def filterset(query):
    return ArticleFilter(QueryDict(query) or None, queryset=listed_news().all())


@pytest.mark.parametrize(
    "query",
    ["", "page=2", "q=police", "q=POLICE+court", "q=100%25", "q=_", "q=%26%26", "q=nothing"],
)
@pytest.mark.parametrize("page", [slice(0, 5), slice(5, 10), slice(10, 15)])
def test_a_page_read_once_lists_what_the_orm_listed(news, query, page, monkeypatch):
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 9)
    pages = read_once(filterset(query))
    assert isinstance(pages, ListedPages)
    assert pages[page] == listed_articles(filterset(query).qs[page])


@pytest.mark.parametrize(
    "page", [slice(0, 4), slice(4, 8), slice(8, 12), slice(12, 16), slice(16, 20)]
)
def test_a_deep_page_read_by_its_ids_first_lists_what_the_orm_listed(news, page, monkeypatch):
    # Ties on the date (two stories on day 3, two alike but for their id) and an undated one.
    ArticleFactory(title="Police story 3", body="Again.", published_at=day(3))
    monkeypatch.setattr(news_pages, "DEEP_OFFSET", 4)
    expected = listed_articles(filterset("").qs[page])
    assert read_once(filterset(""))[page] == expected
    assert len(expected) == max(0, min(4, 16 - page.start))  # 16 articles in all


def test_every_page_is_counted_as_the_orm_counted(news):
    for query in ("", "q=police"):
        assert read_once(filterset(query)).count() == filterset(query).qs.count()


def test_the_bound_of_a_search_is_read_as_it_stands(news, monkeypatch):
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 2)
    assert len(read_once(filterset("q=police"))[slice(0, 50)]) == 2
    monkeypatch.setattr(news_filters, "RANKED_MATCHES", 4)
    assert len(read_once(filterset("q=police"))[slice(0, 50)]) == 4


@pytest.mark.parametrize(
    "query", ["provider=wired.com", "q=police&cited=false", "cited=true", "cited=maybe"]
)
def test_a_list_with_another_filter_or_an_invalid_one_is_left_to_the_orm(news, query):
    assert read_once(filterset(query)) is None


def test_sql_once_reads_the_page_it_is_given():
    titles = SqlOnce(lambda: Article.objects.order_by("pk").values_list("title"))
    ArticleFactory.create_batch(5)
    every = [row[0] for row in Article.objects.order_by("pk").values_list("title")]
    assert [row[0] for row in titles.rows(limit=2, offset=1)] == every[1:3]
    assert [row[0] for row in titles.rows()] == every


@pytest.mark.parametrize("query", ["q=police&", ""])
def test_the_list_shows_a_page_read_once_and_refuses_one_past_the_last(
    client, news, query, monkeypatch
):
    monkeypatch.setattr(ArticleListView, "paginate_by", 4)
    response = client.get(f"/articles/?{query}page=2")
    shown = [article.title for article in response.context["articles"]]
    assert shown == [article.title for article in filterset(query).qs[4:8]]
    assert client.get(f"/articles/?{query}page=9").status_code == 404


# The loop that printed the search form's fields in templates/articles/article_list.html.
FIELDS_TEMPLATE = """{% with form=filter.form %}
        {% for field in form %}
        <div class="field">
          <label for="{{ field.id_for_label }}">{{ field.label }}</label>
          {{ field }}
          {% if field.help_text %}<p class="help">{{ field.help_text }}</p>{% endif %}
        </div>
        {% endfor %}
        {% endwith %}"""


@pytest.mark.parametrize(
    "query",
    [
        "",
        "page=2",
        "q=%3Cb%3E%22x%27%26",
        "provider=%3Cnone%3E&cited=maybe",
        "cited=true&provider=",
        "q=police",
        "",
    ],
)
def test_the_search_forms_fields_are_printed_as_the_template_printed_them(query):
    """Each case after the first finds some fields written already (`news_form._LEFT_OUT`),
    an error or a value in a field the first case left out."""
    news_filter = filterset(query)
    template = engines["django"].from_string(FIELDS_TEMPLATE)
    assert news_fields_html(news_filter.form) == template.render({"filter": news_filter})
