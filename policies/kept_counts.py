"""A filtered list's count of every match, kept until public data changes, per filters as
the form read them (the list views, `views.py` and `news_views.py`, mix it in); the count of
every published action, kept so, and an organisation's; and the choices these counts allow
between two ways of finding a page of a busy place's or organisation's actions
(`date_walk_pays`, `walks_newest`, `walks_actions_of`)."""

import json

from django.conf import settings
from django.db import connections
from django.db.models import Count, Model, QuerySet
from django_filters.constants import EMPTY_VALUES

from articles.models import organisation_mentions
from core.publicdata import kept_until_changed

from .models import ActionParticipant, PolicyAction


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


def date_walk_pays(matches, page_end, published, sorted_reads=None):
    """Whether a page reaching down to the `page_end`th of a place's `matches` is found sooner
    by walking all `published` actions in date order (`PolicyActionQuerySet.within`) than by
    sorting every match: when the walk, which reads about `page_end * published / matches`
    actions, reads fewer than about twice as many as the sort, each of them costing about
    half as much to read as one sorted (SQLite, bench/web). The sort reads the matches, or
    `sorted_reads` where the place's index finds more than match: every one of the place's
    actions for those of one type, whose walk reads only the actions of that type (`published`
    then counts those)."""
    if not matches or published is None:
        return False
    return page_end * published < 2 * matches * (sorted_reads or matches)


def kept_place_count(request, jurisdiction, within):
    """How many published actions are in `jurisdiction` or inside it, kept until public data
    changes: its page and its feeds ask. `within()` gives those actions, called only when the
    count is not kept (building the query took 1.4 ms for California, bench/web)."""
    return kept_until_changed(
        request, "place-count", str(jurisdiction.pk), lambda: within().count()
    )


def published_count(request):
    """How many actions are published, kept until public data changes; None where aggregates
    are not kept, and then no page is walked (`date_walk_pays`): it would cost a query."""
    if not settings.PUBLIC_AGGREGATES_KEPT:
        return None
    return kept_until_changed(
        request, "published-count", "", PolicyAction.objects.published().count
    )


def published_count_of_types(request, types):
    """How many actions of `types` are published, from the count of each type's kept until
    public data changes; None where aggregates are not kept (`published_count`)."""
    if not settings.PUBLIC_AGGREGATES_KEPT:
        return None
    by_type = kept_until_changed(
        request,
        "published-by-type",
        "",
        lambda: dict(
            PolicyAction.objects.published()
            .order_by()
            .values_list("action_type")
            .annotate(count=Count("pk"))
        ),
    )
    return sum(by_type.get(action_type, 0) for action_type in types)


def action_count(organisation):
    """The published actions `organisation` takes part in, counted from its own
    participations: with EXISTS per action, every published action was read (the ACLU's
    4,480 of 20,000: 12-20 -> 3 ms on SQLite, 18 -> 6 ms on PostgreSQL, bench/web)."""
    taking_part = ActionParticipant.objects.filter(organisation=organisation).values("action")
    return PolicyAction.objects.published().filter(pk__in=taking_part).count()


def kept_action_count(request, organisation):
    """`action_count(organisation)`, kept until public data changes."""
    return kept_until_changed(
        request, "organisation-actions", str(organisation.pk), lambda: action_count(organisation)
    )


# From this many published actions of an organisation, or articles that mention it, SQLite
# finds the newest of them by reading all in date order until it has enough (`walks_newest`).
ACTIONS_WALKED_FROM = 600
ARTICLES_WALKED_FROM = 2000


def walks_newest(total, walked_from, using):
    """Whether the newest actions or articles of an organisation in `total` of them are found
    by reading the newest in order, each checked for the organisation, until a page has
    enough, rather than from its own parts or mentions, sorted (`PolicyActionQuerySet.involving`,
    `organisation_reads`; each read with what a line shows and no more: sorting the ACLU's
    17,687 articles with every column read each one's text, on SQLite, to reach the columns
    stored after it: 23 -> 5 ms).

    So on SQLite for an organisation in many (`walked_from`): the ACLU's articles 16-37 ->
    0.1 ms, 1,862 mentions 2.7 -> 1.8 ms; its 4,480 actions 4.6 -> 1.0 ms. For one in few, that
    would read most of them: 387 mentions 0.3 -> 6.7 ms; 2 actions 0.5 -> 8.3 ms (its page,
    timeline, feed and the API's list of its actions cost 9-10 ms of CPU so), 502 actions 1.4
    -> 1.9 ms, 708 actions 1.65 -> 1.4 ms (of 20,000 published). PostgreSQL plans either well
    by itself (the ACLU's articles 1.4 ms; the walk took 21). bench/web, SQLite's ANALYZE
    statistics kept."""
    return total >= walked_from and connections[using].vendor == "sqlite"


def kept_article_count(request, organisation):
    """The articles that mention `organisation`, counted from its mentions without joining each
    article (13.6 -> 1 ms, bench/web) and kept until public data changes (0.9 ms for the
    ACLU's 17,687)."""
    return kept_until_changed(
        request,
        "organisation-articles",
        str(organisation.pk),
        lambda: organisation_mentions().filter(organisation=organisation).count(),
    )


def walks_articles_of(request, organisation, using):
    """`walks_newest` for the news that mentions `organisation`, from its kept count; as
    `walks_actions_of`, never where the count would cost a query for nothing."""
    if not settings.PUBLIC_AGGREGATES_KEPT or connections[using].vendor != "sqlite":
        return False
    return walks_newest(kept_article_count(request, organisation), ARTICLES_WALKED_FROM, using)


def walks_actions_of(request, organisation, using):
    """`walks_newest` for `organisation`'s published actions, from their kept count. Where
    aggregates are not kept, or the database is not SQLite, the count would cost a query for
    nothing: the parts are read."""
    if not settings.PUBLIC_AGGREGATES_KEPT or connections[using].vendor != "sqlite":
        return False
    return walks_newest(kept_action_count(request, organisation), ACTIONS_WALKED_FROM, using)
