"""The places page: every jurisdiction in the tree, with the world and US maps."""

from django.views.generic import ListView

from directory.models import Jurisdiction
from policies.models import PolicyAction

from .maps import jurisdiction_maps


class JurisdictionListView(ListView):
    """The whole tree, with maps. Jurisdictions are reference records (Open Civic Data
    divisions) rather than editorial ones, so each is listed whatever its actions' state; only
    published actions count towards the totals."""

    template_name = "policies/jurisdiction_list.html"
    context_object_name = "jurisdictions"

    def get_queryset(self):
        return Jurisdiction.objects.in_tree_order()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jurisdictions = list(context["jurisdictions"])
        totals = PolicyAction.objects.published().totals_rolled_up(jurisdictions)
        for jurisdiction in jurisdictions:
            jurisdiction.action_total = totals[jurisdiction.pk]
        context["jurisdictions"] = jurisdictions
        context["maps"] = jurisdiction_maps(jurisdictions)
        return context
