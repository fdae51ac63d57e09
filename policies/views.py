"""Public pages: the timeline of published actions, and a page per action, place and organisation.

Only published actions are ever shown; a draft or an action in review is a 404 on its own URL.
"""

from functools import cached_property
from itertools import groupby

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from articles.models import organisation_mentions
from core.publicdata import kept_already, kept_until_changed
from core.queries import count_subquery
from core.search import through_search_index
from core.slugs import FormerSlugRedirectMixin
from directory.models import Jurisdiction, OrganisationKind

from . import workflow
from .charts import counts_by_year_and_type, year_type_chart
from .choices import ActionType, ParticipantRole
from .compact_lists import action_lines_html, article_lines_html
from .filters import ActionFilter
from .kept_counts import KeptCountMixin, date_walk_pays, published_count
from .listing import listed_page
from .models import ActionParticipant, Citation, PolicyAction
from .on_record import choices_on_record
from .participants import public_organisations, with_action_count, with_role_counts
from .places import applying_from_above, listed_places, published_totals, set_totals
from .presentation import (
    STANDING_TYPES,
    active_filters,
    filtered_heading,
    group_by_month,
    standing_inside,
    standing_of,
)
from .roles import grouped_by_roles, role_noun

# A page of the timeline or of a place: 40 keeps the timeline under 90 KB of HTML with the
# chart at its fullest (15 years of 12 types), where 50 made 102-107 KB (bench/web, 20,000
# actions). The same actions, a quarter more pages to reach them through.
ACTIONS_PER_PAGE = 40
STANDING_SHOWN = 12
# Places inside a place named on its page, those with the most actions.
CHILDREN_SHOWN = 60


def offer_only_choices_on_record(form):
    """Offer only the types and statuses some published action has, and any chosen in the URL
    (so that it can be unchecked); the field still accepts every value."""
    for name, on_record in zip(("type", "status"), choices_on_record(), strict=True):
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
        return PolicyAction.objects.published().for_timeline()

    @cached_property
    def chart(self):
        """The chart of every match per year and type, drawn: a scan of every matching action,
        0.1 to 0.6 s at 20,000 on SQLite (bench/web), so kept until public data changes
        (`kept_until_changed`), drawn with it."""
        counts = counts_by_year_and_type(self.object_list)
        return kept_until_changed(
            self.request,
            "timeline-chart",
            self.filters_key(),
            lambda: year_type_chart(self.read_chart_counts(counts)).without_layout(),
        )

    def read_chart_counts(self, counts):
        """A search's chart counts every match: read through the search index (PostgreSQL
        planned a scan of every action's vector, `through_search_index`)."""
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
        published action before the list is read; until they are kept, sorted."""
        if not (filterset.is_bound and filterset.is_valid()) or filterset.sorts_by_relevance:
            return False
        if not filterset.form.cleaned_data.get("jurisdiction"):
            return False
        chart = kept_already(self.request, "timeline-chart", self.filters_key(filterset))
        if chart is None or not chart.total:
            return False
        return date_walk_pays(
            chart.total, self.page_end(chart.total), published_count(self.request)
        )

    def page_end(self, matches):
        """How many matches the page asked for reaches down to, in order."""
        paginator = Paginator(range(matches), self.paginate_by)
        number = self.request.GET.get(self.page_kwarg) or 1
        return paginator.get_page(paginator.num_pages if number == "last" else number).end_index()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = context["filter"]
        context["chips"] = active_filters(self.request, filterset)
        context["filtered"] = bool(context["chips"])
        if context["filtered"] and not filterset.form.errors:
            context["heading"] = filtered_heading(context["chips"])
        offer_only_choices_on_record(filterset.form)
        context["chart"] = self.chart
        context["listed"] = listed_page(context["actions"])
        context["groups"] = (
            None if filterset.sorts_by_relevance else group_by_month(context["listed"])
        )
        return context


class ActionDetailView(FormerSlugRedirectMixin, DetailView):
    """Everything about one action, every source it cites, and how to cite it."""

    template_name = "policies/action_detail.html"
    context_object_name = "action"

    def get_queryset(self):
        return (
            PolicyAction.objects.published()
            .select_related("jurisdiction")
            .prefetch_related(
                Prefetch(
                    "participants",
                    queryset=ActionParticipant.objects.select_related("organisation"),
                ),
                Prefetch(
                    "citations",
                    queryset=Citation.objects.select_related("article__provider"),
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = self.object
        context["roles"] = grouped_by_roles(action)
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


class JurisdictionDetailView(FormerSlugRedirectMixin, DetailView):
    """What applies in a place: what was done there and inside it (its timeline rolled up with
    theirs, and where it stands), kept apart from what applies there from the places above."""

    model = Jurisdiction
    template_name = "policies/jurisdiction_detail.html"
    context_object_name = "jurisdiction"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jurisdiction = self.object
        within = PolicyAction.objects.published().within(jurisdiction, request=self.request)
        ancestors = list(
            Jurisdiction.objects.containing_any(
                Jurisdiction.objects.filter(pk=jurisdiction.parent_id).values("pk")
            ).in_tree_order()
        )
        context["ancestors"] = ancestors
        context["from_above"] = applying_from_above(ancestors)
        place = str(jurisdiction.pk)
        context["children"], context["children_not_shown"] = self.kept(
            "place-children", place, lambda: children_shown(jurisdiction, within)
        )
        # Asked only by the notice of a place with no records (the tree's numbering has gaps,
        # so its bounds cannot tell).
        context["has_places_inside"] = jurisdiction.children.exists
        paginator = Paginator(within.for_timeline(), ACTIONS_PER_PAGE)
        paginator.count = self.kept("place-count", place, within.count)
        page = paginator.get_page(self.request.GET.get("page"))
        if date_walk_pays(paginator.count, page.end_index(), published_count(self.request)):
            walked = PolicyAction.objects.published().within(
                jurisdiction, walking_dates=True, request=self.request
            )
            page.object_list = walked.for_timeline()[page.start_index() - 1 : page.end_index()]
        context.update(
            page_obj=page,
            paginator=page.paginator,
            is_paginated=page.has_other_pages(),
            actions=page.object_list,
            groups=group_by_month(listed_page(page.object_list)),
        )
        # Its own actions apart from those of the places inside it: four city bans are not a
        # national ban. Those inside are counted by type, status and kind of place. A place
        # with no records has nothing to stand on, so neither is asked.
        standing = within.filter(action_type__in=STANDING_TYPES)
        has_records = bool(page.paginator.count)
        # Its own, by its own id rather than through `within`'s list of the places inside
        # (California's 299: 1.0 -> 0.75 ms, bench/web).
        own = PolicyAction.objects.published().filter(
            jurisdiction=jurisdiction, action_type__in=STANDING_TYPES
        )
        context["standing"] = has_records and standing_of(
            own.select_related("jurisdiction").order_by("-date", "title")[:STANDING_SHOWN]
        )
        inside = (
            standing.exclude(jurisdiction=jurisdiction)
            .order_by()
            .values_list("action_type", "status", "expiry_date", "jurisdiction__kind")
        )
        context["standing_inside"] = has_records and self.kept(
            "place-standing-inside", place, lambda: standing_inside(inside)
        )
        return context

    def kept(self, name, place, compute):
        """What scans every action inside the place (hundreds of thousands of rows for a
        country), kept until public data changes (`kept_until_changed`)."""
        return kept_until_changed(self.request, name, place, compute)


class OrganisationListView(ListView):
    """Every organisation that took part in a published action, by kind, with its roles."""

    template_name = "policies/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 100

    def get_queryset(self):
        # Counted in subqueries: joining participations and articles at once would multiply
        # one by the other.
        mentions = organisation_mentions().filter(organisation=OuterRef("pk"))
        organisations = with_action_count(public_organisations(), published_only=True)
        return (
            with_role_counts(organisations)
            .annotate(mention_count=count_subquery(mentions, "organisation"))
            .order_by("kind", "name")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kinds = dict(OrganisationKind.choices)
        context["kinds"] = [
            (kinds.get(kind, kind), list(members))
            for kind, members in groupby(context["organisations"], key=lambda o: o.kind)
        ]
        return context


class OrganisationDetailView(FormerSlugRedirectMixin, DetailView):
    """What an organisation did, signed or was targeted by, and the news that mentions it:
    the newest of each, so the page stays small however much it did; the rest are a link to
    the timeline and the news list, filtered to it."""

    template_name = "policies/organisation_detail.html"
    context_object_name = "organisation"
    articles_shown = 50
    actions_shown = 50

    def get_queryset(self):
        return public_organisations()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        involved = PolicyAction.objects.published().involving(organisation)
        # The newest actions, each once with every part the organisation played in it; the
        # rest are on the timeline, filtered.
        actions = list(
            involved.select_related("jurisdiction").order_by("-date", "title", "pk")[
                : self.actions_shown
            ]
        )
        roles = {}
        for action_id, role in ActionParticipant.objects.filter(
            organisation=organisation, action__in=actions
        ).values_list("action_id", "role"):
            roles.setdefault(action_id, []).append(role)
        order = list(ParticipantRole.values)
        context["actions"] = [
            (
                action,
                ", ".join(
                    role_noun(action.action_type, role)
                    for role in sorted(roles[action.pk], key=order.index)
                ),
            )
            for action in actions
        ]
        context["action_lines"] = action_lines_html(context["actions"])
        # Counted from its own participations: with EXISTS per action, every published action
        # was read (the ACLU's 4,480 of 20,000: 12-20 -> 3 ms on SQLite, 18 -> 6 ms on
        # PostgreSQL, bench/web).
        counted = PolicyAction.objects.published().filter(
            pk__in=ActionParticipant.objects.filter(organisation=organisation).values("action")
        )
        context["action_total"] = (
            kept_until_changed(
                self.request, "organisation-actions", str(organisation.pk), counted.count
            )
            if actions
            else 0
        )
        # Its links to articles, counted without joining each article (13.6 ms -> 1 ms), and
        # kept (0.9 ms for the ACLU's 17,687, bench/web).
        mentions = organisation.articles.through.objects.filter(organisation=organisation)
        context["article_total"] = article_total = kept_until_changed(
            self.request, "organisation-articles", str(organisation.pk), mentions.count
        )
        articles = list(newest_articles(organisation, article_total)[: self.articles_shown])
        context["articles"] = articles
        context["article_lines"] = article_lines_html(articles)
        return context


# From this many articles mentioning an organisation, SQLite finds its newest by reading the
# newest articles until it has enough (see newest_articles).
ARTICLES_WALKED_FROM = 2000


def newest_articles(organisation, article_total):
    """The articles that mention `organisation`, newest first, with what a line shows and no
    more: sorting the ACLU's 17,687 articles read each one's text (on SQLite, to reach the
    columns stored after it): 23 -> 5 ms (bench/web).

    On SQLite, an organisation in many articles has them found the other way round: the
    newest articles read in order, each checked for a mention, until the page has enough
    (the ACLU's page: 16-37 -> 0.1 ms; 1,862 mentions, 2.7 -> 1.8 ms). For one in few
    articles that would read most of the news (387 mentions: 0.3 -> 6.7 ms), and PostgreSQL
    plans the join well by itself (1.4 ms for the ACLU; the walk took 21)."""
    articles = organisation.articles.all()
    if article_total >= ARTICLES_WALKED_FROM and connection.vendor == "sqlite":
        mentioned = organisation_mentions().filter(
            organisation=organisation, article=OuterRef("pk")
        )
        articles = articles.model.objects.filter(Exists(mentioned))
    return (
        articles.select_related("provider")
        .only("title", "published_at", "provider__name")
        .order_by("-published_at", "title")
    )


class AboutView(TemplateView):
    template_name = "policies/about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_types"] = ActionType.choices
        context["corrections_email"] = settings.CORRECTIONS_EMAIL
        context["second_reviewer"] = workflow.second_reviewer_required()
        return context
