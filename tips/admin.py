"""The tips queue: what the public sent, new first, for staff to read and mark handled; and
the queue of changes proposed to organisations, which editors accept or refuse.

Editors and Contributors handle tips (`change_tip`), Viewers read them without the sender's
e-mail, only Editors delete (migration 0002). Tips come only from the public form: nobody adds
one here, and what the sender wrote cannot be edited.

A contributor proposes a change from the organisation's page, where its public details are
read-only to them (`policies.reference_admin`); only editors (`decide_organisationchange`,
migration 0004) accept or refuse it, and nobody edits a proposal once made.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from core.admin import QueueStateFilter, counted
from directory.models import Organisation

from .models import ChangeState, OrganisationChange, Tip, TipState
from .proposals import (
    PROPOSABLE,
    ProposableForm,
    accept,
    described,
    proposed_changes,
    refuse,
    with_place_names,
)


class StateFilter(QueueStateFilter):
    """New tips unless another state is chosen: the queue is what is left to do."""

    states = TipState
    waiting = TipState.NEW


@admin.register(Tip)
class TipAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "about", "excerpt", "source", "state"]
    list_filter = [StateFilter, "kind"]
    list_select_related = ["action"]
    search_fields = ["message", "source_url"]
    date_hierarchy = "created_at"
    actions = ["mark_handled"]
    sender_fields = ["kind", "action", "message", "source_url", "email", "created_at"]
    readonly_fields = [*sender_fields, "handled_at", "handled_by"]

    def get_fields(self, request, obj=None):
        fields = [*self.sender_fields, "state", "staff_note", "handled_at", "handled_by"]
        if not self.has_change_permission(request, obj):
            fields.remove("email")  # for a reply, so only for those who handle tips
        return fields

    def has_add_permission(self, request):
        return False

    @admin.display(description="about")
    def about(self, tip):
        return tip.action or "—"

    @admin.display(description="message")
    def excerpt(self, tip):
        return Truncator(tip.message).chars(120)

    @admin.display(description="source")
    def source(self, tip):
        if not tip.source_url:
            return "—"
        return format_html(
            '<a href="{}" rel="noopener noreferrer">{}</a>',
            tip.source_url,
            Truncator(tip.source_url).chars(50),
        )

    def save_model(self, request, tip, form, change):
        if tip.state == TipState.HANDLED and tip.handled_at is None:
            tip.handled_at, tip.handled_by = timezone.now(), request.user
        elif tip.state == TipState.NEW:
            tip.handled_at = tip.handled_by = None
        super().save_model(request, tip, form, change)

    @admin.action(description="Mark selected tips handled", permissions=["change"])
    def mark_handled(self, request, queryset):
        count = queryset.filter(state=TipState.NEW).update(
            state=TipState.HANDLED, handled_at=timezone.now(), handled_by=request.user
        )
        self.message_user(request, f"{counted(count, 'tip')} marked handled.", messages.SUCCESS)


class ChangeStateFilter(QueueStateFilter):
    states = ChangeState
    waiting = ChangeState.WAITING


class ProposalForm(forms.ModelForm):
    """The proposed values of an organisation's public details (first its current ones), and
    why; `proposal_form` makes one for a given organisation."""

    organisation = None

    class Meta:
        model = OrganisationChange
        fields = ["reason"]

    def clean(self):
        cleaned = super().clean()
        self.instance.organisation = self.organisation
        if self.errors:  # the fields' own errors, already shown beside them: not twice
            return cleaned
        try:
            self.instance.changes = proposed_changes(
                self.organisation, {name: self.data.get(name, "") for name in PROPOSABLE}
            )
        except ValidationError as exc:
            self.add_error(None, exc)
        return cleaned


def proposal_form(organisation):
    current = ProposableForm(instance=organisation)
    fields = {name: current.fields[name] for name in PROPOSABLE}
    for name, field in fields.items():
        field.initial = current.initial.get(name)
    # Places are many: picked by search, as on the organisation's own page.
    fields["jurisdiction"].widget = AutocompleteSelect(
        Organisation._meta.get_field("jurisdiction"), admin.site
    )
    return type("ProposalForm", (ProposalForm,), {**fields, "organisation": organisation})


class ProposalList(ChangeList):
    def get_results(self, request):
        super().get_results(request)
        # The places the page's proposals name, in one query rather than one a proposal.
        self.result_list = with_place_names(self.result_list)


@admin.register(OrganisationChange)
class OrganisationChangeAdmin(admin.ModelAdmin):
    list_display = ["proposed_at", "organisation", "proposal", "proposed_by", "state"]
    list_filter = [ChangeStateFilter]
    list_select_related = ["organisation", "proposed_by"]
    actions = ["accept_changes", "refuse_changes"]
    shown = ["organisation", "proposal", "reason", "proposed_by", "proposed_at"]
    shown += ["state", "decided_by", "decided_at"]

    def get_changelist(self, request, **kwargs):
        return ProposalList

    def _organisation(self, request):
        pk = request.GET.get("organisation", "")
        return Organisation.objects.filter(pk=pk).first() if pk.isdigit() else None

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            return proposal_form(self._organisation(request))
        return super().get_form(request, obj, change, **kwargs)

    def get_fields(self, request, obj=None):
        return [*PROPOSABLE, "reason"] if obj is None else self.shown

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.shown

    def add_view(self, request, form_url="", extra_context=None):
        organisation = self._organisation(request)
        if organisation is None:
            self.message_user(
                request,
                "Open the organisation's page and choose “Propose a change” there.",
                messages.WARNING,
            )
            return redirect("admin:directory_organisation_changelist")
        extra_context = {**(extra_context or {}), "title": f"Propose a change to {organisation}"}
        return super().add_view(request, form_url, extra_context)

    def get_model_perms(self, request):
        # A proposal starts from the organisation's page, so no bare "Add" link elsewhere.
        return {**super().get_model_perms(request), "add": False}

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "has_add_permission": False}
        return super().changelist_view(request, extra_context)

    def save_model(self, request, change, form, is_change):
        if not is_change:
            change.proposed_by = request.user
        super().save_model(request, change, form, is_change)

    def has_change_permission(self, request, obj=None):
        return False  # a proposal is accepted or refused, never edited

    def has_decide_permission(self, request):
        return request.user.has_perm("tips.decide_organisationchange")

    @admin.display(description="proposed change")
    def proposal(self, change):
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li>{}: {} → {}</li>", described(change)),
        )

    @admin.action(description="Accept selected changes (apply them)", permissions=["decide"])
    def accept_changes(self, request, queryset):
        self._decide(request, queryset, accept, "Accepted")

    @admin.action(description="Refuse selected changes", permissions=["decide"])
    def refuse_changes(self, request, queryset):
        self._decide(request, queryset, refuse, "Refused")

    def _decide(self, request, queryset, decision, verb):
        decided = 0
        # Every change selected, those the list's filter leaves out too (it shows those
        # waiting): one decided since the list was shown is named in a message (by `accept` or
        # `refuse`, which read it again under a lock), never skipped unsaid.
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        queryset |= OrganisationChange.objects.filter(pk__in=selected)
        for change in queryset.select_related("proposed_by"):
            try:
                decision(change, request.user)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
                continue
            decided += 1
        self.message_user(request, f"{verb} {counted(decided, 'change')}.", messages.SUCCESS)
