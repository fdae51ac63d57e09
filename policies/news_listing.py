"""What the news list shows of each article, worked out once per page in Python.

`/articles/` shows 50 articles. Drawn by the template, each article's dozen lookups, two date
formats, excerpt filters and escapes, and the articles read as model instances, were most of the
page's CPU (bench/profile_pages.py). `listed_articles` reads a page as plain values, in the one
query the page already ran, and `article_item_html` writes each item with every text escaped as
the template escaped it (tests/policies/test_news_listing.py).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.safestring import mark_safe

from articles.templatetags.excerpts import whole_words
from core.links import link

from .charts import html_text as escape
from .listing import first_words

# A news item's excerpt is cut to this many words, as `truncatewords:40` cut it.
EXCERPT_WORDS = 40
# What the list reads of each article, in the order of `ListedArticle`'s fields.
SHOWN = ("pk", "title", "provider__name", "published_at", "citation_count", "excerpt")


@dataclass(slots=True)
class ListedArticle:
    """One article as the news list shows it."""

    pk: int
    title: str
    publisher: str | None
    published_at: datetime | None
    citation_count: int
    excerpt: str

    @property
    def item_html(self):
        return article_item_html(self)


def listed_articles(articles):
    """A page of articles (a sliced QuerySet of the list's, or already read) as
    `ListedArticle`s, in the same order; a page read as them (`news_pages`) as it is."""
    if isinstance(articles, QuerySet):
        rows = articles.values_list(*SHOWN)
    elif all(isinstance(article, ListedArticle) for article in articles):
        return list(articles)
    else:
        rows = (
            (
                article.pk,
                article.title,
                article.provider.name if article.provider_id else None,
                article.published_at,
                getattr(article, "citation_count", 0),
                article.excerpt,
            )
            for article in articles
        )
    return [ListedArticle(*row) for row in rows]


def _when(published_at, zone=None):
    if published_at is None:
        return "date not known"
    if timezone.is_aware(published_at):
        published_at = timezone.localtime(published_at, zone)
    day = published_at.date()
    return f'<time datetime="{day.isoformat()}">{day.day} {day:%B} {day.year}</time>'


# An article's id as it is reversed once a list, and replaced by each article's own.
_STAND_IN = 9081726354


def articles_html(articles):
    """`article_item_html` of each `ListedArticle`, one after another, the page's time zone
    and the articles' link worked out once for the list rather than once an article : the page's
    template and its items took 4.1-4.2 ms of CPU, now 3.2 (of `/articles/`'s ~7.5; SQLite,
    bench/web)."""
    before, _, after = link("news:article-detail", _STAND_IN).partition(str(_STAND_IN))
    zone = timezone.get_current_timezone()
    return mark_safe(  # noqa: S308 (every item escaped)
        "".join(
            article_item_html(article, f"{before}{article.pk}{after}", zone) for article in articles
        )
    )


def article_item_html(article, url=None, zone=None):
    """One `ListedArticle` as an <article>, the same markup the template wrote, without its
    indentation (as a list of actions is, `listing._ListWriter`); `url` its link and `zone`
    the time zone its day is in, when already known (`articles_html`)."""
    pk = article.pk
    publisher = escape(article.publisher) if article.publisher else "Publisher not known"
    where = f"{publisher} · {_when(article.published_at, zone)}"
    if count := article.citation_count:
        where += (
            f' · <span class="sources">supports {count} action{"" if count == 1 else "s"}</span>'
        )
    summary = ""
    if article.excerpt:
        excerpt = first_words(whole_words(article.excerpt), EXCERPT_WORDS)
        summary = f'<p class="summary">{escape(excerpt)}</p>'
    if url is None:
        url = link("news:article-detail", pk)
    return mark_safe(  # noqa: S308 (every text escaped)
        f'<article class="news-item" aria-labelledby="article-{pk}">'
        f'<h3 id="article-{pk}"><a href="{escape(url)}">'
        f"{escape(article.title)}</a></h3>"
        f'<p class="where">{where}</p>{summary}</article>\n'
    )
