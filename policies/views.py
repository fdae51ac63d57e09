"""Public pages: the timeline of published actions, and a page per action, place and organisation.

Only published actions are ever shown; a draft or an action in review is a 404 on its own URL.
"""

from django.db.models import Count, Prefetch
from django.views.generic import DetailView, ListView

from .maps import jurisdiction_maps
from .models import (
    ActionParticipant,
    Citation,
    EditorialState,
    Jurisdiction,
    Organisation,
    PolicyAction,
)


class TimelineView(ListView):
    template_name = "policies/timeline.html"
    context_object_name = "actions"
    paginate_by = 50

    def get_queryset(self):
        return PolicyAction.objects.published().for_timeline()


class ActionDetailView(DetailView):
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


def _published_counts_with_descendants(jurisdictions):
    """Published actions per jurisdiction, each including everything inside it.

    `jurisdictions` is the whole tree in tree order, so walking it backwards meets every child
    before its parent: one pass adds each total into its parent's.
    """
    totals = dict(
        PolicyAction.objects.published()
        .filter(jurisdiction__isnull=False)
        .values_list("jurisdiction")
        .annotate(n=Count("pk"))
        .values_list("jurisdiction", "n")
    )
    for jurisdiction in reversed(jurisdictions):
        total = totals.setdefault(jurisdiction.pk, 0)
        if jurisdiction.parent_id:
            totals[jurisdiction.parent_id] = totals.get(jurisdiction.parent_id, 0) + total
    return totals


class JurisdictionListView(ListView):
    template_name = "policies/jurisdiction_list.html"
    context_object_name = "jurisdictions"

    def get_queryset(self):
        return Jurisdiction.objects.in_tree_order()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jurisdictions = list(context["jurisdictions"])
        totals = _published_counts_with_descendants(jurisdictions)
        for jurisdiction in jurisdictions:
            jurisdiction.action_total = totals[jurisdiction.pk]
        context["jurisdictions"] = jurisdictions
        context["maps"] = jurisdiction_maps(jurisdictions)
        return context


class JurisdictionDetailView(DetailView):
    model = Jurisdiction
    template_name = "policies/jurisdiction_detail.html"
    context_object_name = "jurisdiction"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jurisdiction = self.object
        context["ancestors"] = Jurisdiction.objects.ancestors_of(jurisdiction).in_tree_order()
        context["children"] = jurisdiction.children.order_by("name")
        context["actions"] = PolicyAction.objects.published().within(jurisdiction).for_timeline()
        return context


class OrganisationDetailView(DetailView):
    model = Organisation
    template_name = "policies/organisation_detail.html"
    context_object_name = "organisation"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        context["participations"] = (
            ActionParticipant.objects.filter(
                organisation=organisation, action__state=EditorialState.PUBLISHED
            )
            .select_related("action__jurisdiction")
            .order_by("role", "-action__date")
        )
        context["articles"] = organisation.articles.select_related("provider")[:50]
        return context
