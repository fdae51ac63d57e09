"""The `q` filter is defined once: every list that searches, page or API, uses SearchFilter."""

import importlib

import django_filters
from django.conf import settings

from core.search import MAX_SEARCH_LENGTH, SearchFilter, search_words
from opendata.api import views as api_views
from opendata.api.article_views import ArticleViewSet
from policies.filters import ActionFilter
from policies.news_filters import ArticleFilter


def project_filtersets():
    importlib.import_module(settings.ROOT_URLCONF)  # every view, so every FilterSet, is loaded
    found, pending = [], [django_filters.FilterSet]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.split(".")[0] in {"policies", "opendata", "maps", "articles"}:
                found.append(subclass)
    return found


def test_every_q_of_the_project_is_the_shared_search_filter():
    searching = [fs for fs in project_filtersets() if "q" in fs.base_filters]
    assert {fs.__name__ for fs in searching} >= {
        "ActionFilter",
        "ArticleFilter",
        "OrganisationFilterSet",
    }
    for filterset in searching:
        q = filterset.base_filters["q"]
        assert isinstance(q, SearchFilter), filterset.__name__
        assert q.extra["max_length"] == MAX_SEARCH_LENGTH


def test_the_api_filters_actions_and_articles_with_the_pages_filtersets():
    assert api_views.ActionViewSet.filterset_class is ActionFilter
    assert ArticleViewSet.filterset_class is ArticleFilter


def test_a_search_without_full_text_looks_for_its_first_twenty_words():
    assert search_words("  facial   recognition ban ") == ["facial", "recognition", "ban"]
    assert len(search_words("word " * 50)) == 20
