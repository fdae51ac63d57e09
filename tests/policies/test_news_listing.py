"""What the news list shows of each article is what its template printed before it was written
in Python: the same words, dates, counts and links, escaped the same way."""

import datetime
from dataclasses import replace

import pytest
from django.template import engines
from django.test import override_settings
from django.utils import timezone

from articles.models import Article, Provider
from policies.news_listing import (
    ListedArticle,
    article_item_html,
    articles_html,
    listed_articles,
)
from tests.factories import ArticleFactory, CitationFactory

# The template that printed each news item before `article_item_html`, without its layout
# whitespace; `listed` is what the list view read (a model instance with `citation_count`).
ARTICLE_ITEM_TEMPLATE = (
    "{% load excerpts %}"
    '<article class="news-item" aria-labelledby="article-{{ article.pk }}">'
    '<h3 id="article-{{ article.pk }}"><a href="/articles/{{ article.pk }}/">{{ article.title }}'
    '</a></h3><p class="where">{% if article.publisher %}{{ article.publisher }}{% else %}'
    "Publisher not known{% endif %} · {% if article.published_at %}"
    "<time datetime=\"{{ article.published_at|date:'Y-m-d' }}\">"
    '{{ article.published_at|date:"j F Y" }}</time>{% else %}date not known{% endif %}'
    '{% if article.citation_count %} · <span class="sources">supports '
    "{{ article.citation_count }} action{{ article.citation_count|pluralize }}</span>{% endif %}"
    '</p>{% if article.excerpt %}<p class="summary">'
    "{{ article.excerpt|whole_words|truncatewords:40 }}</p>{% endif %}</article>\n"
)

AN_ARTICLE = ListedArticle(
    pk=41,
    title='Council bans "face" <recognition> & more',
    publisher="The <Globe> & Mail",
    published_at=datetime.datetime(2021, 2, 17, 23, 30, tzinfo=datetime.UTC),
    citation_count=2,
    excerpt=" ".join(f"word{n}" for n in range(45)) + " & the technolog",
)


@pytest.mark.parametrize(
    "article",
    [
        AN_ARTICLE,
        replace(AN_ARTICLE, publisher=None, published_at=None, citation_count=0, excerpt=""),
        replace(AN_ARTICLE, citation_count=1, excerpt="Short, and it ends. "),
        replace(AN_ARTICLE, excerpt="Cut mid-word, with a dangling dash —"),
    ],
    ids=["in full", "nothing known", "one action, a sentence", "a cut excerpt"],
)
def test_a_news_item_is_printed_as_the_template_printed_it(article):
    template = engines["django"].from_string(ARTICLE_ITEM_TEMPLATE)
    assert article_item_html(article) == template.render({"article": article})


@override_settings(TIME_ZONE="America/New_York")
def test_a_news_item_is_dated_in_the_site_time_zone_as_the_template_dated_it():
    # 23:30 UTC on 17 February is 18:30 in New York; 03:30 UTC on the 18th is the 17th there.
    early = replace(
        AN_ARTICLE, published_at=datetime.datetime(2021, 2, 18, 3, 30, tzinfo=datetime.UTC)
    )
    template = engines["django"].from_string(ARTICLE_ITEM_TEMPLATE)
    with timezone.override("America/New_York"):
        html = article_item_html(early)
        assert html == template.render({"article": early})
    assert '<time datetime="2021-02-17">17 February 2021</time>' in html


@override_settings(TIME_ZONE="America/New_York")
def test_a_list_of_items_is_each_item_printed_in_turn():
    """`articles_html` works out the link and the time zone once for the list: the same
    items, in the site's time zone."""
    items = [
        AN_ARTICLE,
        replace(
            AN_ARTICLE,
            pk=7,
            published_at=datetime.datetime(2021, 2, 18, 3, 30, tzinfo=datetime.UTC),
        ),
        replace(AN_ARTICLE, pk=123456, publisher=None, published_at=None, excerpt=""),
    ]
    with timezone.override("America/New_York"):
        assert articles_html(items) == "".join(article_item_html(item) for item in items)
        assert '<time datetime="2021-02-17">17 February 2021</time>' in articles_html(items[1:2])
    assert articles_html([]) == ""


@pytest.mark.django_db
def test_a_page_is_read_in_one_query_as_the_articles_themselves_read(django_assert_num_queries):
    from policies.citations import with_citation_count

    cited = ArticleFactory(provider=Provider.objects.create(name="Wired", domain="wired.com"))
    CitationFactory(article=cited)
    CitationFactory(article=cited, action__state="draft")  # not public: not counted
    undated = ArticleFactory(published_at=None, excerpt="No date.")
    articles = with_citation_count(
        Article.objects.select_related("provider"), published_only=True
    ).order_by("-published_at", "pk")
    expected = listed_articles(list(articles.all()))
    with django_assert_num_queries(1):
        listed = listed_articles(articles[:50])
    assert listed == expected
    shown = {article.pk: (article.publisher, article.citation_count) for article in listed}
    assert shown == {cited.pk: ("Wired", 1), undated.pk: (None, 0)}
