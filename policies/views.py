"""Public pages: the timeline of published actions, and a page per action, place and organisation.

Only published actions are ever shown; a draft or an action in review is a 404 on its own URL.
"""

from itertools import groupby

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, OuterRef, Prefetch, Window
from django.db.models.functions import RowNumber
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from articles.models import organisation_mentions
from core.queries import count_subquery
from core.slugs import FormerSlugRedirectMixin
from directory.models import Jurisdiction, OrganisationKind

from . import workflow
from .charts import year_type_chart
from .filters import ActionFilter
from .models import (
    ActionParticipant,
    ActionType,
    Citation,
    ParticipantRole,
    PolicyAction,
    public_organisations,
    with_action_count,
    with_role_counts,
)
from .places import applying_from_above, listed_places, published_totals, set_totals
from .presentation import STANDING_TYPES, active_filters, group_by_month, standing_of

ACTIONS_PER_PAGE = 50
STANDING_SHOWN = 12
# Places inside a place named on its page, those with the most actions.
CHILDREN_SHOWN = 60
ROLE_HEADINGS = {
    ParticipantRole.ACTOR: "Acted",
    ParticipantRole.SIGNATORY: "Signed",
    ParticipantRole.TARGET: "Targeted by",
}


class TimelineView(FilterView):
    """Published actions, newest first, narrowed by the filters in the page's own URL."""

    filterset_class = ActionFilter
    template_name = "policies/timeline.html"
    context_object_name = "actions"
    paginate_by = ACTIONS_PER_PAGE

    def get_queryset(self):
        return PolicyAction.objects.published().for_timeline()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = context["filter"]
        context["chips"] = active_filters(self.request, filterset)
        context["filtered"] = bool(context["chips"])
        context["chart"] = year_type_chart(
            self.object_list.order_by()
            .values_list("date__year", "action_type")
            .annotate(n=Count("pk"))
        )
        context["groups"] = (
            None if filterset.sorts_by_relevance else group_by_month(context["actions"])
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
        by_role = {}
        for participant in action.participants.all():
            by_role.setdefault(participant.role, []).append(participant)
        context["roles"] = [
            (ROLE_HEADINGS[role], by_role[role])
            for role in ParticipantRole.values
            if role in by_role
        ]
        context["permalink"] = self.request.build_absolute_uri(action.get_absolute_url())
        return context


class JurisdictionDetailView(FormerSlugRedirectMixin, DetailView):
    """What applies in a place: what was done there and inside it (its timeline rolled up with
    theirs, and where it stands), kept apart from what applies there from the places above."""

    model = Jurisdiction
    template_name = "policies/jurisdiction_detail.html"
    context_object_name = "jurisdiction"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jurisdiction = self.object
        within = PolicyAction.objects.published().within(jurisdiction)
        ancestors = list(
            Jurisdiction.objects.containing_any(
                Jurisdiction.objects.filter(pk=jurisdiction.parent_id).values("pk")
            ).in_tree_order()
        )
        context["ancestors"] = ancestors
        context["from_above"] = applying_from_above(ancestors)
        # Only the places inside that hold published actions: a state has hundreds of towns,
        # so the page names those with the most and counts the rest.
        children = list(listed_places().filter(parent=jurisdiction).order_by("name"))
        set_totals(children, published_totals(within))
        shown = sorted(children, key=lambda child: -child.action_total)[:CHILDREN_SHOWN]
        context["children"] = sorted(shown, key=lambda child: child.name)
        context["children_not_shown"] = len(children) - len(shown)
        # Asked only by the notice of a place with no records (the tree's numbering has gaps,
        # so its bounds cannot tell).
        context["has_places_inside"] = jurisdiction.children.exists
        context["standing"] = standing_of(
            within.filter(action_type__in=STANDING_TYPES)
            .select_related("jurisdiction")
            .order_by("-date", "title")[:STANDING_SHOWN]
        )
        page = Paginator(within.for_timeline(), ACTIONS_PER_PAGE).get_page(
            self.request.GET.get("page")
        )
        context.update(
            page_obj=page,
            paginator=page.paginator,
            is_paginated=page.has_other_pages(),
            actions=page.object_list,
            groups=group_by_month(page.object_list),
        )
        return context


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
    actions_shown_per_role = 20

    def get_queryset(self):
        return public_organisations()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        participations = ActionParticipant.objects.published().filter(organisation=organisation)
        totals = dict(
            participations.order_by()
            .values_list("role")
            .annotate(n=Count("pk"))
            .values_list("role", "n")
        )
        # The newest of each role, in one query; the rest are on the timeline, filtered.
        newest = (
            participations.select_related("action__jurisdiction")
            .annotate(
                role_rank=Window(
                    RowNumber(),
                    partition_by=[F("role")],
                    order_by=[F("action__date").desc(), F("action__title"), F("pk")],
                )
            )
            .filter(role_rank__lte=self.actions_shown_per_role)
            .order_by("-action__date", "action__title", "pk")
        )
        by_role = {role: [] for role in ParticipantRole.values}
        for participation in newest:
            by_role[participation.role].append(participation.action)
        context["roles"] = [
            (role, ROLE_HEADINGS[role], by_role[role], totals[role])
            for role in ParticipantRole.values
            if by_role[role]
        ]
        context["action_total"] = (
            participations.values("action").distinct().count() if totals else 0
        )
        articles = organisation.articles.select_related("provider").order_by(
            "-published_at", "title"
        )
        context["articles"] = articles[: self.articles_shown]
        context["article_total"] = articles.count()
        return context


class AboutView(TemplateView):
    template_name = "policies/about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_types"] = ActionType.choices
        context["corrections_email"] = settings.CORRECTIONS_EMAIL
        context["second_reviewer"] = workflow.second_reviewer_required()
        return context
