"""Public pages: the timeline of published actions, and a page per action, place and organisation.

Only published actions are ever shown; a draft or an action in review is a 404 on its own URL.
"""

from functools import cache, cached_property

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.safestring import mark_safe
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from core.publicdata import NOT_KEPT, aggregates_version, kept_already, kept_until_changed
from core.search import through_search_index
from core.slugs import FormerSlugRedirectMixin
from directory.models import Jurisdiction

from . import workflow
from .action_queries import MAX_PLACES_LISTED
from .charts import counts_by_year_and_type, year_type_chart
from .choices import ActionType
from .filter_form import filter_form_html
from .filters import ActionFilter
from .kept_counts import (
    KeptCountMixin,
    date_walk_pays,
    kept_place_count,
    published_count,
    published_count_of_types,
)
from .listing import (
    LISTED_FIELDS,
    grouped_html,
    listed_page,
    listed_unfiltered,
    timeline_actions,
)
from .models import PolicyAction
from .on_record import choices_on_record
from .place_lists import children_written, inside_written, standing_lines_html
from .places import listed_places, listed_with_from_above, published_totals, set_totals
from .presentation import (
    STANDING_TYPES,
    active_filters,
    filtered_heading,
    group_by_month,
    standing_inside,
    standing_of,
)
from .record_reads import (
    own_standing,
    page_of_place,
    place_at,
    places_above,
    published_action,
)
from .roles import grouped_by_roles

# A page of the timeline or of a place: 40 keeps the timeline under 90 KB of HTML with the
# chart at its fullest (15 years of 12 types), where 50 made 102-107 KB (bench/web, 20,000
# actions). The same actions, a quarter more pages to reach them through.
ACTIONS_PER_PAGE = 40
STANDING_SHOWN = 12
# Places inside a place named on its page, those with the most actions.
CHILDREN_SHOWN = 60


def offer_only_choices_on_record(form, request=None):
    """Offer only the types and statuses some published action has, and any chosen in the URL
    (so that it can be unchecked); the field still accepts every value. What is on record is
    kept until public data changes (`kept_until_changed`; the version's token holds the day,
    on which a status shown depends): with its query this took 0.73-0.91 of `/`'s ~9.5 ms
    of CPU, now 0.24-0.31 (SQLite, bench/web)."""
    kept = kept_until_changed(request, "timeline-on-record", "", choices_on_record)
    for name, on_record in zip(("type", "status"), kept, strict=True):
        field = form.fields[name]
        wanted = on_record | set(form.data.getlist(name))
        field.widget.choices = [(v, label) for v, label in field.choices if v in wanted]


class TimelineView(KeptCountMixin, FilterView):
    """Published actions, newest first, narrowed by the filters in the page's own URL."""

    filterset_class = ActionFilter
    count_name = "timeline-count"
    template_name = "policies/timeline.html"
    context_object_name = "actions"
    paginate_by = ACTIONS_PER_PAGE

    def get_queryset(self):
        return timeline_actions().all()

    @cached_property
    def chart(self):
        """The chart of every match per year and type, drawn: a scan of every matching action,
        0.1 to 0.6 s at 20,000 on SQLite (bench/web), so kept until public data changes
        (`kept_until_changed`), drawn with it."""
        return kept_until_changed(
            self.request,
            "timeline-chart",
            self.filters_key(),
            lambda: year_type_chart(self.read_chart_counts()).without_layout(),
        )

    def read_chart_counts(self):
        """A search's chart counts every match: read through the search index (PostgreSQL
        planned a scan of every action's vector, `through_search_index`). Its query is built
        only when the chart is not kept: built for every page, it was ~0.9 of `/`'s 11.3 ms
        of CPU (SQLite, bench/web)."""
        counts = counts_by_year_and_type(self.object_list)
        if not self.filterset.searches:
            return list(counts)
        with through_search_index(counts.db):
            return list(counts)

    def count_matches(self, queryset):
        """The chart's total: every published action has a date, so each match is in the chart
        once, and counting them again was a second scan of every match (31 of a search's
        111 ms on SQLite at 20,000 actions, bench/web)."""
        return self.chart.total

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        filterset.walks_dates = self.walks_dates(filterset)
        return filterset

    def walks_dates(self, filterset):
        """Whether this page of a place's actions is found by walking every action in date
        order (`date_walk_pays`), decided from the kept count of matches and of every
        published action before the list is read; until they are kept, sorted.

        Of some types only, the walk reads the actions of those types (their index), and the
        sort every action of the place (its index), each checked for its type: the European
        Union's or California's bans, 280 and 165 matches of 3,363 and 1,985 actions, took
        9.3-9.5 ms sorted, 1.9-2.0 walked (their query, SQLite, bench/web)."""
        if not (filterset.is_bound and filterset.is_valid()) or filterset.sorts_by_relevance:
            return False
        place = filterset.form.cleaned_data.get("jurisdiction")
        if not place:
            return False
        chart = kept_already(self.request, "timeline-chart", self.filters_key(filterset))
        if chart is NOT_KEPT or not chart.total:
            return False
        page_end = self.page_end(chart.total)
        types = filterset.form.cleaned_data.get("type")
        if not types:
            return date_walk_pays(chart.total, page_end, published_count(self.request))
        published = published_count_of_types(self.request, types)
        in_place = kept_place_count(
            self.request, place, lambda: PolicyAction.objects.published().within(place)
        )
        return date_walk_pays(chart.total, page_end, published, in_place)

    def page_end(self, matches):
        """How many matches the page asked for reaches down to, in order."""
        paginator = Paginator(range(matches), self.paginate_by)
        number = self.request.GET.get(self.page_kwarg) or 1
        return paginator.get_page(paginator.num_pages if number == "last" else number).end_index()

    @cached_property
    def unfiltered(self):
        """No filter in the URL (none, or only a page): every action, newest first."""
        return all(name == self.page_kwarg for name in self.request.GET)

    def filter_form(self, filterset, filtered):
        """The filter form's HTML (`filter_form_html`), offering what is on record. With no
        filter in the URL (none, or only a page) it is the same for every visitor until public
        data changes, so it is kept until then (`kept_until_changed`): `/` cost 9.99 ms of CPU
        where it now costs 8.78, `/?page=2` 10.58 where 9.39 (medians of 120, alternated
        request by request, SQLite, bench/web). The form is made only to be written: nothing
        else on an unfiltered page needs it."""

        def written():
            offer_only_choices_on_record(filterset.form, self.request)
            return filter_form_html(filterset.form, self.request.path, filtered)

        if not self.unfiltered:
            return written()
        key = f"{self.request.path}:{filterset.is_bound}"
        return kept_until_changed(self.request, "timeline-empty-form", key, written)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = context["filter"]
        context["chips"] = active_filters(self.request, filterset)
        context["filtered"] = bool(context["chips"])
        if context["filtered"] and not filterset.form.errors:
            context["heading"] = filtered_heading(context["chips"])
        context["filter_form"] = self.filter_form(filterset, context["filtered"])
        context["chart"] = self.chart
        # Ranked matches are listed under one heading, others under their years and months.
        ranked = filterset.sorts_by_relevance
        listed_of = listed_unfiltered if self.unfiltered else listed_page
        context["listed"] = listed = listed_of(context["actions"], 3 if ranked else 4)
        context["groups"] = None if ranked else group_by_month(listed)
        context["listed_html"] = (
            mark_safe("".join(action.html for action in listed))  # noqa: S308 (items escaped)
            if ranked
            else grouped_html(context["groups"])
        )
        return context


class ActionDetailView(FormerSlugRedirectMixin, DetailView):
    """Everything about one action, every source it cites, and how to cite it."""

    template_name = "policies/action_detail.html"
    context_object_name = "action"

    def get_queryset(self):
        """Where a former slug is looked for (`FormerSlugRedirectMixin`)."""
        return PolicyAction.objects.published()

    def get_object(self, queryset=None):
        """The action with its place, participants and sources (`published_action`)."""
        found = published_action(self.kwargs[self.slug_url_kwarg])
        if found is None:
            raise Http404("No published action is found at this address.")
        action, self.participants, self.citations = found
        return action

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = self.object
        context["roles"] = grouped_by_roles(action.action_type, self.participants)
        context["citations"] = self.citations
        context["permalink"] = self.request.build_absolute_uri(action.get_absolute_url())
        return context


def children_shown(jurisdiction, within):
    """The places inside `jurisdiction` that hold published actions (`within` it), the busiest
    `CHILDREN_SHOWN` by name, each with its `action_total`, and how many more there are: a state
    has hundreds of towns, so the page names those with the most and counts the rest."""
    children = list(listed_places(within).filter(parent=jurisdiction).order_by("name"))
    set_totals(children, published_totals(within))
    shown = sorted(children, key=lambda child: -child.action_total)[:CHILDREN_SHOWN]
    return sorted(shown, key=lambda child: child.name), len(children) - len(shown)


def inside_standing(jurisdiction, within):
    """(type, status, expiry date, kind of place) of each action of those types inside it."""
    return (
        within.filter(action_type__in=STANDING_TYPES)
        .exclude(jurisdiction=jurisdiction)
        .order_by()
        .values_list("action_type", "status", "expiry_date", "jurisdiction__kind")
    )


class JurisdictionDetailView(FormerSlugRedirectMixin, DetailView):
    """What applies in a place: what was done there and inside it (its timeline rolled up with
    theirs, and where it stands), kept apart from what applies there from the places above."""

    model = Jurisdiction
    template_name = "policies/jurisdiction_detail.html"
    context_object_name = "jurisdiction"

    def get_object(self, queryset=None):
        """The place at the URL's slug (`place_at`)."""
        place = place_at(self.kwargs[self.slug_url_kwarg])
        if place is None:
            raise Http404("No place is found at this address.")
        return place

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jurisdiction = self.object
        version = aggregates_version(self.request)

        @cache
        def acted_in():
            """The places that hold its actions (`places_acting_in`), read once a request."""
            return PolicyAction.objects.places_acting_in(jurisdiction, version=version)

        @cache
        def within(walking_dates=False):
            """Its actions and those inside it, built once a request and only when asked: by
            what is not kept yet, and for a place with too many places inside that hold
            actions to name them (`page_of`). Building the query took 1.4 ms (California's 299
            places that hold actions, bench/web)."""
            published = PolicyAction.objects.published()
            return published.within(
                jurisdiction, walking_dates=walking_dates, version=version, acted_in=acted_in()
            )

        ancestors = places_above(jurisdiction)
        context["ancestors"] = ancestors
        place = str(jurisdiction.pk)
        # Kept with their lines written (`children_written`).
        context["children"], context["children_not_shown"], children_lines = self.kept(
            "place-children-written",
            place,
            lambda: children_written(*children_shown(jurisdiction, within())),
        )
        # Asked only by the notice of a place with no records (the tree's numbering has gaps,
        # so its bounds cannot tell).
        context["has_places_inside"] = jurisdiction.children.exists
        count = kept_place_count(self.request, jurisdiction, within)
        alias = PolicyAction.objects.db
        page, rows = self.page_of(count, within, acted_in, alias)
        listed, context["from_above"] = listed_with_from_above(rows, ancestors, alias)
        context.update(
            page_obj=page,
            paginator=page.paginator,
            is_paginated=page.has_other_pages(),
            actions=listed,
            groups=(groups := group_by_month(listed)),
            listed_html=grouped_html(groups, id_suffix="-timeline"),
        )
        # Its own actions apart from those of the places inside it: four city bans are not a
        # national ban. Those inside are counted by type, status and kind of place. A place
        # with no records has nothing to stand on, so neither is asked.
        context["standing"] = context["standing_inside"] = False
        inside_lines = ""
        if count:
            context["standing"] = standing_of(own_standing(jurisdiction, STANDING_SHOWN))
            context["standing_inside"], inside_lines = self.kept(
                "place-standing-inside-written",
                place,
                lambda: inside_written(
                    standing_inside(inside_standing(jurisdiction, within())), jurisdiction.slug
                ),
            )
        context.update(
            standing_lines=standing_lines_html(context["standing"] or ()),
            inside_lines=inside_lines,
            children_lines=children_lines,
        )
        return context

    def page_of(self, count, within, acted_in, alias):
        """(the page of the place's `count` actions the URL asks for, its rows of
        `LISTED_FIELDS`), read through the index of places, or by walking every action in date
        order when that pays (`date_walk_pays`). By SQL written once a process
        (`page_of_place`) rather than built through the ORM (`within`, `for_timeline`): the
        page costs 10.3 ms of CPU for California where it cost 11.8, 8.0 for the European
        Union where it cost 9.6, 4.5-4.8 for a place with one action or none where it cost
        5.9-6.3 (medians of 7 alternated rounds, bench/profile_pages.py --wsgi, bench/web).
        Through the ORM only for a place with more places that hold actions than a query
        names (`within`)."""
        page = Paginator(range(count), ACTIONS_PER_PAGE).get_page(self.request.GET.get("page"))
        if not count:
            return page, []
        walks = date_walk_pays(count, page.end_index(), published_count(self.request))
        offset = page.start_index() - 1
        if len(acted_in()) <= MAX_PLACES_LISTED:
            return page, page_of_place(acted_in(), walks, offset, ACTIONS_PER_PAGE, alias)
        actions = within(walking_dates=walks).for_timeline().prefetch_related(None)
        return page, actions.values_list(*LISTED_FIELDS)[offset : offset + ACTIONS_PER_PAGE]

    def kept(self, name, place, compute):
        """What scans every action inside the place (hundreds of thousands of rows for a
        country), kept until public data changes (`kept_until_changed`)."""
        return kept_until_changed(self.request, name, place, compute)


class AboutView(TemplateView):
    template_name = "policies/about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_types"] = ActionType.choices
        context["corrections_email"] = settings.CORRECTIONS_EMAIL
        context["second_reviewer"] = workflow.second_reviewer_required()
        return context
