"""The review queue: suggested actions listed for staff to accept or reject.

Each row shows what the reader proposes (type, status, place, date, organisations), the
evidence marked in its context, the article it comes from and how sure the rules are. "Accept"
opens the action form filled in from the suggestion (`action_admin`); "Reject" asks why. Both
also work in bulk from the list's actions.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from core.admin import QueueStateFilter, ReadOnlyHistoryAdmin
from policies import workflow

from . import accepting, action_admin  # action_admin also registers the action form
from .models import ConfidenceBand, Suggestion, SuggestionState
from .presentation import evidence_in_context


class StateFilter(QueueStateFilter):
    """Waiting suggestions unless another state is chosen: the queue is what is left to do."""

    states = SuggestionState
    waiting = SuggestionState.NEW


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return ConfidenceBand.choices

    def queryset(self, request, queryset):
        if self.value() in ConfidenceBand.values:
            return queryset.in_band(self.value())
        return queryset


class MatchFilter(admin.SimpleListFilter):
    title = "on record"
    parameter_name = "match"

    def lookups(self, request, model_admin):
        return [("new", "A new action"), ("matched", "Matches an action on record")]

    def queryset(self, request, queryset):
        if self.value() == "new":
            return queryset.filter(matched_action__isnull=True)
        if self.value() == "matched":
            return queryset.filter(matched_action__isnull=False)
        return queryset


REJECT_REASONS = [
    ("Not a policy action", "Not a policy action"),
    ("Already on record", "Already on record (a duplicate)"),
    ("Wrong type, place or date", "Wrong type, place or date"),
    ("Not the news: background only", "Background, not the news"),
    ("Other", "Other: say why below"),
]


class RejectForm(forms.Form):
    reason = forms.ChoiceField(choices=REJECT_REASONS, widget=forms.RadioSelect)
    note = forms.CharField(
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"size": 60}),
        help_text="Optional, unless the reason is “Other”.",
    )

    def clean(self):
        cleaned = super().clean()
        note = " ".join(cleaned.get("note", "").split())
        if cleaned.get("reason") == "Other" and not note:
            raise ValidationError("Say why the suggestion is rejected.")
        reason = cleaned.get("reason", "")
        cleaned["full_reason"] = note if reason == "Other" else f"{reason}: {note}".rstrip(": ")
        return cleaned


@admin.register(Suggestion)
class SuggestionAdmin(ReadOnlyHistoryAdmin):
    # Few, wide columns: the queue shares the page with the navigation and the filters, and the
    # evidence and the next step must both be in view.
    list_display = ["proposed", "evidence_marked", "who", "source"]
    list_display_links = None
    list_filter = [
        StateFilter,
        "action_type",
        ("jurisdiction", admin.RelatedOnlyFieldListFilter),
        ConfidenceFilter,
        "background",
        MatchFilter,
    ]
    search_fields = ["evidence", "article__title"]
    list_per_page = 50
    actions = ["accept_selected", "reject_selected"]
    readonly_fields = [
        "proposal", "where", "when", "who", "evidence_context", "source", "confidence",
        "matched_action", "state", "reject_reason", "acted_by", "acted_at", "action",
        "reader_version", "created_at", "updated_at",
    ]  # fmt: skip
    fields = readonly_fields
    change_form_template = "admin/suggestions/suggestion/change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).for_queue()

    def has_add_permission(self, request):
        return False  # suggestions come from imports

    # -- the columns ---------------------------------------------------------------------------

    @admin.display(description="proposed action")
    def proposal(self, suggestion):
        parts = [suggestion.get_action_type_display()]
        if suggestion.status:
            parts.append(suggestion.get_status_display().lower())
        label = ", ".join(parts)
        if suggestion.background:
            return format_html("{} <em>(background)</em>", label)
        return label

    @admin.display(description="proposed action", ordering="-confidence")
    def proposed(self, suggestion):
        """Type and status, place, date and confidence, one under the other."""
        return format_html(
            "<strong>{}</strong><br>{}<br>{}<br><small>confidence {}</small>",
            self.proposal(suggestion),
            suggestion.where,
            suggestion.display_date,
            self.sureness(suggestion),
        )

    @admin.display(description="place", ordering="jurisdiction__name")
    def where(self, suggestion):
        return suggestion.where

    @admin.display(description="date", ordering="date")
    def when(self, suggestion):
        return suggestion.display_date

    @admin.display(description="organisations")
    def who(self, suggestion):
        parts = suggestion.participants.all()
        if not parts:
            return "—"
        return format_html_join(
            ", ", "{} ({})", ((p.organisation, p.get_role_display().lower()) for p in parts)
        )

    @admin.display(description="evidence")
    def evidence_marked(self, suggestion):
        return evidence_in_context(
            suggestion.context_before, suggestion.evidence, suggestion.context_after, width=80
        )

    @admin.display(description="evidence in its context")
    def evidence_context(self, suggestion):
        return evidence_in_context(
            suggestion.context_before, suggestion.evidence, suggestion.context_after, width=400
        )

    @admin.display(description="article", ordering="article__published_at")
    def source(self, suggestion):
        article = suggestion.article
        url = reverse("admin:articles_article_change", args=[article.pk])
        published = f"{article.published_at:%-d %b %Y}" if article.published_at else "undated"
        where = "" if suggestion.related_index is None else "; in a related item"
        provider = f"{article.provider}, " if article.provider_id else ""
        return format_html(
            '<a href="{}">{}</a> <small>({}{}{})</small>', url, article, provider, published, where
        )

    @admin.display(description="confidence", ordering="confidence")
    def sureness(self, suggestion):
        return f"{suggestion.confidence:.2f}"

    def next_step(self, suggestion, user):
        """What `user` can do with a suggestion: accept it, cite it on the matched action,
        reject it; or what was done with it."""
        if suggestion.state == SuggestionState.ACCEPTED:
            return self._accepted(suggestion)
        if suggestion.state == SuggestionState.REJECTED:
            return format_html("Rejected: {}", suggestion.reject_reason)
        if not user.has_perm(accepting.CHANGE_PERMISSION):
            return self._match_note(suggestion)
        reject = format_html(
            '<a href="{}?ids={}">Reject…</a>', reverse("admin:suggestions_reject"), suggestion.pk
        )
        add = action_admin.accept_url(suggestion)
        matched = suggestion.matched_action
        if matched is None:
            return format_html('<a class="button" href="{}">Accept…</a> {}', add, reject)
        if user.has_perm(accepting.CITE_PERMISSION) and workflow.can_edit(user, matched):
            return format_html(
                '{}<br><a class="button" href="{}">Cite on it…</a> '
                '<a href="{}">New action instead…</a> {}',
                self._match_note(suggestion),
                action_admin.cite_url(suggestion),
                add,
                reject,
            )
        return format_html(
            '{}<br>Only an editor may cite on it. <a href="{}">New action instead…</a> {}',
            self._match_note(suggestion),
            add,
            reject,
        )

    def _next_step_for(self, request):
        def next_step(suggestion):
            return self.next_step(suggestion, request.user)

        next_step.short_description = "next step"
        return next_step

    def get_list_display(self, request):
        # The next step beside the proposal, where it stays in view on a narrow screen.
        first, *rest = self.list_display
        return [first, self._next_step_for(request), *rest]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "title": "Suggested actions to review"}
        return super().changelist_view(request, extra_context)

    def _match_note(self, suggestion):
        matched = suggestion.matched_action
        if matched is None:
            return "A new action"
        url = reverse("admin:policies_policyaction_change", args=[matched.pk])
        cited = " (already cites this article)" if suggestion.already_cited else ""
        return format_html('Matches <a href="{}">{}</a>{}', url, matched, cited)

    def _accepted(self, suggestion):
        if suggestion.action is None:
            return "Accepted (the action was deleted since)"
        url = reverse("admin:policies_policyaction_change", args=[suggestion.action.pk])
        by = f" by {suggestion.acted_by}" if suggestion.acted_by else ""
        return format_html('Accepted{}: <a href="{}">{}</a>', by, url, suggestion.action)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # A read-only page: a suggestion is accepted or rejected, never edited.
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied("A suggestion is accepted or rejected, not edited.")
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
        }
        suggestion = self.get_object(request, object_id)
        if suggestion is not None:
            extra_context["next_step"] = self.next_step(suggestion, request.user)
        return super().change_view(request, object_id, form_url, extra_context)

    # -- accepting and rejecting in bulk --------------------------------------------------------

    def has_review_permission(self, request):
        return request.user.has_perm(accepting.CHANGE_PERMISSION)

    @admin.action(description="Accept selected suggestions as proposed", permissions=["review"])
    def accept_selected(self, request, queryset):
        accepted, problems = 0, []
        for suggestion in accepting.waiting(queryset.values("pk")).order_by("pk"):
            try:
                accepting.accept(suggestion, request.user)
            except (ValidationError, PermissionDenied) as exc:
                problems.extend(getattr(exc, "messages", None) or [str(exc)])
            else:
                accepted += 1
        if accepted:
            self.message_user(
                request,
                f"{accepted} suggestion(s) accepted: new ones are drafts to review (check the "
                "status and scope), matched ones cite the article on their action.",
                messages.SUCCESS,
            )
        for problem in problems:
            self.message_user(request, problem, messages.ERROR)

    @admin.action(description="Reject selected suggestions…", permissions=["review"])
    def reject_selected(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return HttpResponseRedirect(f"{reverse('admin:suggestions_reject')}?ids={ids}")

    def get_urls(self):
        reject = path(
            "reject/", self.admin_site.admin_view(self.reject_view), name="suggestions_reject"
        )
        return [reject, *super().get_urls()]

    def reject_view(self, request):
        """Ask why, then reject the suggestions `?ids=1,2,3` that are still waiting."""
        if not self.has_review_permission(request):
            raise PermissionDenied
        ids = [pk for pk in request.GET.get("ids", "").split(",") if pk.isdigit()]
        chosen = self.get_queryset(request).filter(pk__in=ids).waiting()
        form = RejectForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            rejected = 0
            for suggestion in chosen.order_by("pk"):
                accepting.reject(suggestion, request.user, form.cleaned_data["full_reason"])
                rejected += 1
            self.message_user(request, f"{rejected} suggestion(s) rejected.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:suggestions_suggestion_changelist"))
        return TemplateResponse(
            request,
            "admin/suggestions/suggestion/reject.html",
            {
                **self.admin_site.each_context(request),
                "title": "Reject suggestions",
                "opts": self.model._meta,
                "form": form,
                "suggestions": chosen,
            },
        )
