"""Public pages for imported news: a searchable list, and a page per article.

Articles are sources, shown as what they are; only the actions that cite them are curated.
A page shows the headline, publisher, date and excerpt and links to the original, and never
republishes the full text of someone else's reporting.
"""

from django.db import connection
from django.http import Http404
from django.views.generic import DetailView
from django_filters.views import FilterView

from core.publicdata import kept_until_changed

from . import news_filters
from .kept_counts import KeptCountMixin
from .news_article_reads import article_page
from .news_filters import ArticleFilter
from .news_form import news_fields_html
from .news_listing import articles_html, listed_articles
from .news_pages import listed_news, read_once
from .presentation import active_filters


class ArticleListView(KeptCountMixin, FilterView):
    filterset_class = ArticleFilter
    count_name = "news-count"
    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = 50
    more_match = False

    def get_queryset(self):
        return listed_news().all()

    def get(self, request, *args, **kwargs):
        """`FilterView.get`, every article or a search alone read by SQL written once
        (`news_pages.read_once`)."""
        self.filterset = self.get_filterset(self.get_filterset_class())
        self.object_list = read_once(self.filterset)
        if self.object_list is None:
            valid = not self.filterset.is_bound or self.filterset.is_valid()
            self.object_list = self.filterset.qs if valid else self.filterset.queryset.none()
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chips"] = active_filters(self.request, context["filter"])
        context["fields_html"] = news_fields_html(context["filter"].form)
        context["filtered"] = bool(context["chips"])
        context["listed"] = listed_articles(context["articles"])
        context["listed_html"] = articles_html(context["listed"])
        # A search lists its newest matches only (`among_newest`), ranked where the database
        # ranks them (PostgreSQL's full-text search; elsewhere newest first).
        if self.more_match:
            context["ranked_matches"] = news_filters.RANKED_MATCHES
            context["most_relevant_first"] = connection.vendor == "postgresql"
        return context

    def count_matches(self, queryset):
        """A valid search counts its newest matches up to one past the bound, in one query:
        how many are listed, and whether more match (`more_match`: the list holds the bound
        both when exactly that many match and when more do). Kept like any count."""
        filterset = self.filterset
        if not (filterset.is_valid() and filterset.searches):
            return super().count_matches(queryset)
        bound = news_filters.RANKED_MATCHES

        def count_newest():  # its query built only when the count is not kept
            return filterset.newest_matches(bound + 1).count()

        found = kept_until_changed(
            self.request, "news-search-count", self.filters_key(), count_newest
        )
        self.more_match = found > bound
        return min(found, bound)


class ArticleDetailView(DetailView):
    """An article's page, its records read by SQL written once a process
    (`news_article_reads`) rather than by a queryset, three prefetches and three querysets
    built for each request: 11.1 -> 3.3 ms of CPU, medians of 6 alternated rounds (SQLite,
    bench/web, bench/profile_pages.py --wsgi)."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        article, self.lists = article_page(self.kwargs["pk"])
        if article is None:
            raise Http404("No article found matching the query")
        return article

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.lists, **kwargs)
