"""The news list's pages read by SQL written once a process, for the lists most asked for:
every article (`/articles/`) and a text search alone (`/articles/?q=police`).

Built through the ORM for each request, a page's query (the search, its bound and order, the
page's slice, the values read) was about a quarter of a search's CPU. These lists differ only
by their values (the search's words, the page), so their SQL is written once a process
(`core.sql_once.SqlOnce`): one query per database and, where SQLite looks for each word in
turn, per number of words; the SQL is the ORM's, only the page's LIMIT and OFFSET given as
parameters (the same plans). A list with any other filter is read through the ORM as before.
`/articles/?q=police` cost 4.93 ms of CPU, now 3.47 on SQLite (4.53 -> 2.77 on PostgreSQL);
`/articles/` 2.95 -> 2.53 (3.21 -> 2.62): medians of 100 requests alternated between two
processes (bench/web's data, through the WSGI handler).
"""

from functools import cache, lru_cache

from django.db import connections
from django.db.models import F
from django_filters.constants import EMPTY_VALUES

from articles.models import Article
from core.queries import IDS_LATER, AmongIds, ids_parameter
from core.search import search_words, websearch_text
from core.sql_once import SqlOnce

from . import news_filters
from .citations import with_citation_count
from .news_listing import SHOWN, ListedArticle

# Stands in for a searched text, or for each searched word, while the SQL is written: no
# search holds it (a search box sends no control characters that count as a word's).
_STAND_IN = "\x01word{}\x01"


@lru_cache(maxsize=1)
def listed_news():
    """Every article as the news list reads them, the query built once a process and cloned
    for each request (`.all()`, never read itself): building it took 1.0 of `/articles/`'s
    ~9 ms of CPU (SQLite, bench/web). The list shows headlines and excerpts: the text, the
    feed's raw fields and the search vector stay in the database (a search sorts every match,
    carrying what it selects)."""
    articles = Article.objects.select_related("provider").defer(
        "body", "feed_metadata", "images", "search_document"
    )
    return with_citation_count(articles, published_only=True).order_by(
        "-published_at", "title", "pk"
    )


_EVERY_ARTICLE = SqlOnce(lambda: listed_news().values_list(*SHOWN))

# From this many articles in, a page of every article is read in two queries: its articles'
# ids from the index of the list's order alone (`_PAGE_IDS`, articles/models.py), then those
# articles (`_ARTICLES_BY_ID`). In one query the database works out every skipped article's
# row (its publisher, its count of citations) to step over it: the last of 2,000 pages
# (100,000 articles) cost 340 ms of CPU on SQLite, 110 with the index, 4-5 so; the first
# pages keep their one query.
DEEP_OFFSET = 1_000
_PAGE_IDS = SqlOnce(lambda: listed_news().values_list("pk"))
_ARTICLES_BY_ID = SqlOnce(
    lambda ids: listed_news().filter(AmongIds(F("pk"), ids)).values_list(*SHOWN), IDS_LATER
)


def _like(word, connection):
    """`word` as `icontains` puts it in a LIKE pattern (`ArticleQuerySet.matching` without
    full-text search), a parameter as the database takes it."""
    return f"%{connection.ops.prep_for_like_query(word)}%"


@cache
def _search(vendor, words, bound):
    """A search's list (`news_filters.search_list`, of `bound` matches): on PostgreSQL of one
    text, elsewhere of `words` words, each a LIKE pattern (`_like`)."""

    def build(*texts):
        text = " ".join(texts)
        matches = listed_news().matching(text)
        return news_filters.search_list(listed_news(), matches, text, bound).values_list(*SHOWN)

    if vendor == "postgresql":
        return SqlOnce(build, _STAND_IN.format(0))
    stand_ins = [_STAND_IN.format(n) for n in range(words)]
    return SqlOnce(
        lambda *patterns: build(*(pattern[1:-1] for pattern in patterns)),
        *(f"%{word}%" for word in stand_ins),
    )


class ListedPages:
    """Every article, or a search's, as the paginator slices them: each page read in one
    query written once (`_EVERY_ARTICLE`, `_search`) as `ListedArticle`s; counted, when the
    count is not kept, through the filter set."""

    def __init__(self, filterset, text):
        self.filterset, self.text = filterset, text
        self.using = filterset.queryset.db

    def count(self):
        return self.filterset.qs.count()

    def __getitem__(self, page):
        shown = {"using": self.using, "limit": page.stop - page.start, "offset": page.start}
        if not self.text and page.start >= DEEP_OFFSET:
            ids = [pk for (pk,) in _PAGE_IDS.rows(**shown)]
            vendor = connections[self.using].vendor
            rows = _ARTICLES_BY_ID.rows(ids_parameter(ids, vendor), using=self.using) if ids else []
        elif not self.text:
            rows = _EVERY_ARTICLE.rows(**shown)
        else:
            connection = connections[self.using]
            if connection.vendor == "postgresql":
                values = [websearch_text(self.text)]
            else:
                values = [_like(word, connection) for word in search_words(self.text)]
            query = _search(connection.vendor, len(values), news_filters.RANKED_MATCHES)
            rows = query.rows(*values, **shown)
        return [ListedArticle(*row) for row in rows]


def read_once(filterset):
    """The list `filterset` (an `ArticleFilter`) chooses as `ListedPages` when it is every
    article or a search alone; None for a list with another filter or an invalid one."""
    if not filterset.is_bound:
        return ListedPages(filterset, "")
    if not filterset.is_valid():
        return None
    cleaned = filterset.form.cleaned_data
    if any(value not in EMPTY_VALUES for name, value in cleaned.items() if name != "q"):
        return None
    return ListedPages(filterset, (cleaned.get("q") or "").strip())
