"""What an article's page shows, read by SQL the ORM wrote once a process (`core.sql_once`):
the article with its publisher, the organisations (public ones only) and places it mentions,
its topics, the published actions citing it, the articles it lists as related and those that
list it.

Built through the ORM for every request (a `DetailView` with three prefetches and three more
querysets), its seven queries' building was most of the page's CPU: read so, the page takes
3.3 ms instead of 11.1 (bench/profile_pages.py --wsgi, 100,000 articles, SQLite). Each query
here reads what the ORM's read, in the same order, into the same models
(tests/articles/test_article_page_reads.py).
"""

from functools import cache

from articles.models import Article, ArticleRelation, Provider, Topic
from core.sql_once import SqlOnce, loaded_fields, record, records_of, related
from directory.models import Jurisdiction, Organisation

from .models import Citation, PolicyAction
from .participants import public_organisations

# An id no request passes, where each request's own goes.
_ID = -720_151


@cache
def _fields():
    """The fields read of each model: all its manager reads; of an article, what its page
    shows; of a publisher, its name."""
    fields = {
        model: loaded_fields(model)
        for model in (Organisation, Jurisdiction, Topic, Citation, PolicyAction)
    }
    fields[Article] = loaded_fields(
        Article, ("id", "url", "title", "excerpt", "provider_id", "published_at")
    )
    fields["listed"] = loaded_fields(Article, ("id", "title", "provider_id", "published_at"))
    fields[Provider] = loaded_fields(Provider, ("id", "name"))
    return fields


def _with_publisher(row, article_fields):
    fields = _fields()
    article, provider = records_of(row, (Article, article_fields), (Provider, fields[Provider]))
    article.provider = provider
    return article


_ARTICLE = SqlOnce(
    lambda pk: Article.objects.filter(pk=pk).values_list(
        *_fields()[Article], *related("provider", _fields()[Provider])
    ),
    _ID,
)
_ORGANISATIONS = SqlOnce(
    lambda pk: (
        public_organisations()
        .filter(articles=pk)
        .order_by("name")
        .values_list(*_fields()[Organisation])
    ),
    _ID,
)
_PLACES = SqlOnce(
    lambda pk: Jurisdiction.objects.filter(articles=pk).values_list(*_fields()[Jurisdiction]),
    _ID,
)
_TOPICS = SqlOnce(
    lambda pk: Topic.objects.filter(articles=pk).values_list(*_fields()[Topic]),
    _ID,
)
_CITATIONS = SqlOnce(
    lambda pk: (
        Citation.objects.published()
        .filter(article=pk)
        .order_by("-action__date", "action__title")
        .values_list(
            *_fields()[Citation],
            *related("action", _fields()[PolicyAction]),
            *related("action__jurisdiction", _fields()[Jurisdiction]),
        )
    ),
    _ID,
)
_RELATED = SqlOnce(
    lambda pk: (
        ArticleRelation.objects.filter(article=pk)
        .order_by("position", "pk")
        .values_list(
            *related("related", _fields()["listed"]),
            *related("related__provider", _fields()[Provider]),
        )
    ),
    _ID,
)
_LISTED_BY = SqlOnce(
    lambda pk: (
        Article.objects.filter(related_articles=pk)
        .order_by("-published_at", "title")
        .values_list(*_fields()["listed"], *related("provider", _fields()[Provider]))
    ),
    _ID,
)


def article_page(pk):
    """The article `pk` with its publisher, or None; and, for it, the dict of what its page
    lists: `organisations`, `places`, `topics`, `citations` (each with its action and the
    action's place), `related` and `listed_by` (articles, each with its publisher)."""
    fields = _fields()
    rows = _ARTICLE.rows(pk)
    if not rows:
        return None, {}
    article = _with_publisher(rows[0], fields[Article])
    citations = []
    for row in _CITATIONS.rows(pk):
        citation, action, place = records_of(
            row,
            (Citation, fields[Citation]),
            (PolicyAction, fields[PolicyAction]),
            (Jurisdiction, fields[Jurisdiction]),
        )
        action.jurisdiction = place
        citation.action = action
        citations.append(citation)
    lists = {
        "organisations": [
            record(Organisation, fields[Organisation], row) for row in _ORGANISATIONS.rows(pk)
        ],
        "places": [record(Jurisdiction, fields[Jurisdiction], row) for row in _PLACES.rows(pk)],
        "topics": [record(Topic, fields[Topic], row) for row in _TOPICS.rows(pk)],
        "citations": citations,
        "related": [_with_publisher(row, fields["listed"]) for row in _RELATED.rows(pk)],
        "listed_by": [_with_publisher(row, fields["listed"]) for row in _LISTED_BY.rows(pk)],
    }
    return article, lists
