"""The action form, opened from a suggestion (`?from_suggestion=<id>`): accepting with the fields
still editable.

On the add form, everything the suggestion proposes is filled in: title, type, status, place
(or company-wide), date and precision, the organisations with their roles, and a citation of
the article quoting the evidence. On the change form of the action it matches, a citation of
the article with the quote is added. Saving the form accepts the suggestion and links it to the
action, if the action then cites the article; the history of both says which suggestion it was.
Everything else is the policies admin's own form, rules and workflow.
"""

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.urls import reverse

from policies.admin import CitationInline, ParticipantInline, PolicyActionAdmin
from policies.models import Citation, PolicyAction

from . import accepting
from .models import SuggestedParticipant, Suggestion

SOURCE_SUGGESTION_PARAM = "from_suggestion"


def accept_url(suggestion):
    """The add form of a draft action filled in from `suggestion`."""
    return f"{reverse('admin:policies_policyaction_add')}?{SOURCE_SUGGESTION_PARAM}={suggestion.pk}"


def cite_url(suggestion):
    """The change form of the action `suggestion` matches, with a citation of its article."""
    change = reverse("admin:policies_policyaction_change", args=[suggestion.matched_action_id])
    return f"{change}?{SOURCE_SUGGESTION_PARAM}={suggestion.pk}"


def source_suggestion(request):
    """The waiting suggestion the form is opened from, if the user may accept it."""
    if not hasattr(request, "_source_suggestion"):
        pk = request.GET.get(SOURCE_SUGGESTION_PARAM, "")
        suggestion = None
        if pk.isdigit() and request.user.has_perm(accepting.CHANGE_PERMISSION):
            suggestion = (
                Suggestion.objects.waiting()
                .select_related("article", "quoted_article", "jurisdiction", "matched_action")
                .prefetch_related(
                    Prefetch(
                        "participants",
                        queryset=SuggestedParticipant.objects.select_related("organisation"),
                    )
                )
                .filter(pk=pk)
                .first()
            )
        request._source_suggestion = suggestion
    return request._source_suggestion


def _cites_quoted_article(request, obj):
    suggestion = source_suggestion(request)
    return Citation.objects.filter(action=obj, article=suggestion.quoted_article_id).exists()


class SuggestedParticipantInline(ParticipantInline):
    def get_extra(self, request, obj=None, **kwargs):
        suggestion = source_suggestion(request)
        if suggestion and obj is None:
            return len(suggestion.participants.all())
        return super().get_extra(request, obj, **kwargs)


class SuggestedCitationInline(CitationInline):
    def get_extra(self, request, obj=None, **kwargs):
        suggestion = source_suggestion(request)
        if suggestion and (obj is None or not _cites_quoted_article(request, obj)):
            return 1
        return super().get_extra(request, obj, **kwargs)


class ActionFromSuggestionAdmin(PolicyActionAdmin):
    inlines = [SuggestedParticipantInline, SuggestedCitationInline]
    change_form_template = "admin/suggestions/action_change_form.html"

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.pop(SOURCE_SUGGESTION_PARAM, None)
        suggestion = source_suggestion(request)
        if suggestion:
            organisations = [(p.organisation, p.role) for p in suggestion.participants.all()]
            initial.update(accepting.draft_fields(suggestion, organisations))
        return initial

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        suggestion = source_suggestion(request)
        # Only on GET: on POST the rows must count as entered, or unchanged rows are not saved.
        if suggestion is None or request.method != "GET":
            return kwargs
        if isinstance(inline, ParticipantInline) and not obj.pk:
            kwargs["initial"] = [
                {"organisation": p.organisation_id, "role": p.role}
                for p in suggestion.participants.all()
            ]
        elif isinstance(inline, CitationInline):
            quoted = {"article": suggestion.quoted_article_id, "quote": suggestion.evidence}
            if obj.pk:
                quoted["position"] = len(obj.citations.all()) + 1
            kwargs["initial"] = [quoted]
        return kwargs

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if SOURCE_SUGGESTION_PARAM in request.GET and source_suggestion(request) is None:
            self.message_user(
                request,
                "That suggestion was already accepted or rejected, or you may not accept it: "
                "the form is not filled in from it.",
                messages.WARNING,
            )
        extra_context = {
            **(extra_context or {}),
            "source_suggestion": source_suggestion(request),
        }
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        suggestion = source_suggestion(request)
        if suggestion and not change:
            obj._change_reason = f"Drafted from suggestion {suggestion.pk}"  # its first history row
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        suggestion = source_suggestion(request)
        if suggestion is None:
            return
        action = form.instance
        if _cites_quoted_article(request, action):
            accepting.mark_accepted(suggestion, action, request.user)
            request._accepted_suggestion = suggestion
        else:
            self.message_user(
                request,
                "The suggestion stays in the queue: the action does not cite its article.",
                messages.WARNING,
            )

    def _back_to_queue(self, request, response):
        suggestion = getattr(request, "_accepted_suggestion", None)
        staying = {"_continue", "_addanother", "_saveasnew"} & set(request.POST)
        if suggestion is None or staying:
            return response
        self.message_user(request, f"Suggestion accepted: “{suggestion}”.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:suggestions_suggestion_changelist"))

    def response_add(self, request, obj, post_url_continue=None):
        return self._back_to_queue(request, super().response_add(request, obj, post_url_continue))

    def response_change(self, request, obj):
        return self._back_to_queue(request, super().response_change(request, obj))


# The policies admin, plus opening it from a suggestion: this app sits above `policies`, which
# cannot know about suggestions, so it takes the action's admin page over.
admin.site.unregister(PolicyAction)
admin.site.register(PolicyAction, ActionFromSuggestionAdmin)
