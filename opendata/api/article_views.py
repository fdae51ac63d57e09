"""The API's news articles: a page of them, or one, with the slugs each names read as rows."""

import functools
from collections import defaultdict

from django.db.models import Exists, F, OuterRef
from drf_spectacular.utils import extend_schema, extend_schema_view

from articles.models import Article
from core.queries import IDS_LATER, AmongIds, ForEachIds
from policies.models import Citation
from policies.news_filters import ArticleFilter
from policies.participants import public_organisations

from .serializers import ArticleSerializer
from .views import _OpenDataViewSet


def _slugs_by_article(rows):
    slugs = defaultdict(list)
    for article_id, slug in rows:
        slugs[article_id].append(slug)
    return slugs


@functools.cache
def _named_slugs(alias):
    """The queries of `attach_slugs`, compiled once a process (`ForEachIds`): (article, slug)
    rows of the public organisations and the places articles name, and of the published
    actions citing them, in the order Django's prefetches read them (by name; in tree order;
    by position and pk). Whether each organisation is public is asked of it alone (EXISTS):
    asked `IN` the public organisations, SQLite listed all 2,000 for each page."""
    through = Article.organisations.through.objects.using(alias)
    organisations = (
        through.filter(AmongIds(F("article_id"), IDS_LATER))
        .filter(Exists(public_organisations().using(alias).filter(pk=OuterRef("organisation_id"))))
        .order_by("organisation__name")
        .values_list("article_id", "organisation__slug")
    )
    places = (
        Article.jurisdictions.through.objects.using(alias)
        .filter(AmongIds(F("article_id"), IDS_LATER))
        .order_by("jurisdiction__tree_left", "jurisdiction__name")
        .values_list("article_id", "jurisdiction__slug")
    )
    citing = (
        Citation.objects.using(alias)
        .published()
        .filter(AmongIds(F("article_id"), IDS_LATER))
        .values_list("article_id", "action__slug")
    )
    return tuple(ForEachIds(query) for query in (organisations, places, citing))


def attach_slugs(articles):
    """Give each of `articles` the slugs of the public organisations and the places it names,
    and of the published actions citing it (`organisation_slugs`, `jurisdiction_slugs`,
    `cited_by`), read as rows by queries compiled once (`_named_slugs`). Prefetched, every
    organisation, place, citation and its action was built as a model instance (each
    organisation and action running the former-slug signal) by queries built each request,
    for a slug. Three queries, as the prefetches were."""
    ids = [article.pk for article in articles]
    if not ids:
        return
    organisations, places, citing = (
        _slugs_by_article(query.rows(ids)) for query in _named_slugs(Article.objects.db)
    )
    for article in articles:
        article.organisation_slugs = organisations.get(article.pk, [])
        article.jurisdiction_slugs = places.get(article.pk, [])
        article.cited_by = citing.get(article.pk, [])


@extend_schema_view(
    list=extend_schema(summary="Imported news articles, filtered as on the news page"),
    retrieve=extend_schema(summary="One article"),
)
class ArticleViewSet(_OpenDataViewSet):
    """News articles cited as sources: headline, address, publisher, date and excerpt only."""

    # Headlines and excerpts are the publishers' work, not ours to license.
    licence = {
        "name": "Headlines and excerpts belong to their publishers; not licensed by Policy Tracker",
        "spdx": "NOASSERTION",
        "url": "https://spdx.org/licenses/",
    }

    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    lookup_field = "pk"
    lookup_value_regex = "[0-9]+"

    def get_queryset(self):
        return (
            Article.objects.select_related("provider")
            .defer("body", "feed_metadata", "images", "search_document")  # never served
            .order_by("-published_at", "title", "pk")
        )

    def get_serializer(self, instance=None, *args, **kwargs):
        """The serializer of a page of articles or of one, each given the slugs it names
        (`attach_slugs`)."""
        if instance is not None:
            attach_slugs(instance if kwargs.get("many") else [instance])
        return super().get_serializer(instance, *args, **kwargs)
