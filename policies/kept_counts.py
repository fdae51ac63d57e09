"""A filtered list's count of every match, kept until public data changes, per filters as
the form read them (the list views, `views.py` and `news_views.py`, mix it in); the count of
every published action, kept so; and the choice these counts allow between two ways of
finding a page of a busy place's actions (`date_walk_pays`)."""

import json

from django.conf import settings
from django.db.models import Model, QuerySet
from django_filters.constants import EMPTY_VALUES

from core.publicdata import kept_until_changed

from .models import PolicyAction


def filter_key(value):
    """A filter's cleaned value as text that names it: records by their key, lists sorted."""
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, list | tuple | set | QuerySet):
        return sorted(filter_key(item) for item in value)
    return str(value)


class KeptCountMixin:
    """A filtered list whose count of every match is kept until public data changes
    (`kept_until_changed`), per filters: counting took 0.1 to 0.3 s for a filtered timeline
    at 20,000 actions on SQLite, 0.17 s for the 100,000 articles on PostgreSQL (bench/web)."""

    count_name = "list-count"
    # Filters that order the list but never change what it counts.
    order_only = ("sort",)

    def filters_key(self, filterset=None):
        """The filters as the form read them, not as the URL spelled them: parameters in any
        order, ones no filter reads (?utm_source=…), a type's values in any order, or an
        order of the list (and every page of it) share one count (and the timeline's
        chart); otherwise each such URL would compute and keep its own. `filterset`: the
        view's, or one read before the view holds it."""
        filterset = filterset or self.filterset
        if filterset.is_bound and not filterset.form.is_valid():
            return "invalid"  # strict filtering: the list is empty
        cleaned = filterset.form.cleaned_data if filterset.is_bound else {}
        kept = {
            name: filter_key(value)
            for name, value in cleaned.items()
            if name not in self.order_only and value not in EMPTY_VALUES
        }
        return json.dumps(kept, sort_keys=True)

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        paginator.count = self.count_matches(queryset)
        return paginator

    def count_matches(self, queryset):
        return kept_until_changed(self.request, self.count_name, self.filters_key(), queryset.count)


def date_walk_pays(matches, page_end, published):
    """Whether a page reaching down to the `page_end`th of a place's `matches` is found sooner
    by walking all `published` actions in date order (`PolicyActionQuerySet.within`) than by
    sorting every match: when the walk reads fewer than about twice as many actions as there
    are matches, each of which costs about half as much to read as one sorted (SQLite,
    bench/web)."""
    if not matches or published is None:
        return False
    return page_end * published < 2 * matches * matches


def published_count(request):
    """How many actions are published, kept until public data changes; None where aggregates
    are not kept, and then no page is walked (`date_walk_pays`): it would cost a query."""
    if not settings.PUBLIC_AGGREGATES_KEPT:
        return None
    return kept_until_changed(
        request, "published-count", "", PolicyAction.objects.published().count
    )
