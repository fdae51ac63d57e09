"""What the record adds to the admin pages of articles and organisations.

An article's list gets a review queue (what came in that no action cites yet), its citation
count and one click to start a draft action citing it; an organisation's list gets its action
count and merging duplicates into one.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from articles.admin import ArticleAdmin
from articles.models import Article, ArticleOrigin, organisation_mentions
from core.admin import counted
from core.queries import count_subquery
from directory.admin import OrganisationAdmin
from directory.models import Organisation

from . import workflow
from .citations import with_citation_count
from .merging import merge_organisations
from .models import ActionParticipant, Citation
from .participants import with_action_count


class ReviewQueueFilter(admin.SimpleListFilter):
    """Imported articles no action cites yet: the news still to be read and turned into actions."""

    title = "review queue"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            ("unreviewed", "Not cited: imported documents (related items left out)"),
            ("unreviewed_related", "Not cited: related items"),
            ("cited", "Cited by an action"),
        ]

    def queryset(self, request, queryset):
        cited = Exists(Citation.objects.filter(article=OuterRef("pk")))
        if self.value() == "unreviewed":
            return queryset.filter(~cited, origin=ArticleOrigin.DOCUMENT)
        if self.value() == "unreviewed_related":
            return queryset.filter(~cited, origin=ArticleOrigin.RELATED)
        if self.value() == "cited":
            return queryset.filter(cited)
        return queryset


@admin.register(Article)
class ArticleCurationAdmin(ArticleAdmin):
    # What a curator acts on comes first, so that it stays on screen beside the title: the
    # origin is a filter, not a column.
    list_display = [
        "title",
        "citation_count",
        "start_action",
        "provider",
        "published_at",
        "date_needs_review",
    ]
    list_filter = [ReviewQueueFilter, *ArticleAdmin.list_filter]

    def get_queryset(self, request):
        # The search vector is the database's own (a trigger writes it): never shown, not read.
        articles = super().get_queryset(request).defer("search_document")
        return with_citation_count(articles)

    @admin.display(description="cited by", ordering="citation_count")
    def citation_count(self, article):
        return article.citation_count

    @admin.display(description="")
    def start_action(self, article):
        return format_html('<a href="{}">New action</a>', new_action_url(article))

    def get_list_display(self, request):
        if request.user.has_perm("policies.add_policyaction"):
            return self.list_display
        return [name for name in self.list_display if name != "start_action"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_start_action": request.user.has_perm("policies.add_policyaction"),
        }
        return super().change_view(request, object_id, form_url, extra_context)


def new_action_url(article):
    """The add form of a draft action citing `article`, offering what it mentions."""
    return f"{reverse('admin:policies_policyaction_add')}?from_article={article.pk}"


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label="Keep",
        help_text="The others are merged into it and deleted; their names become its aliases.",
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = organisations


# What the public pages show of an organisation: fixed for contributors once published actions
# show it (`workflow.can_change_public_details`). Aliases stay theirs to add: they are how the
# news is matched, not what a page shows.
PUBLIC_ORGANISATION_FIELDS = ["name", "slug", "kind", "website", "description", "jurisdiction"]


def fixed_details_note(request, organisation):
    """What a contributor is told on the page of an organisation published actions show: how
    to have its details changed (a proposal, in the tips app's queue, which editors decide)."""
    note = (
        "Published actions show this organisation, so its name and public details change only "
        "through an editor. You can still add aliases."
    )
    if not request.user.has_perm("tips.add_organisationchange"):
        return note
    proposal = f"{reverse('admin:tips_organisationchange_add')}?organisation={organisation.pk}"
    return format_html(
        '{} <a href="{}">Propose a change</a> for an editor to accept or refuse.', note, proposal
    )


@admin.register(Organisation)
class OrganisationCurationAdmin(OrganisationAdmin):
    list_display = [*OrganisationAdmin.list_display, "action_count"]
    actions = [*OrganisationAdmin.actions, "merge"]

    def _public_details_fixed(self, request, organisation):
        on_published = (
            organisation is not None
            and ActionParticipant.objects.published().filter(organisation=organisation).exists()
        )
        return not workflow.can_change_public_details(request.user, on_published)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if self._public_details_fixed(request, obj):
            return [*fields, *PUBLIC_ORGANISATION_FIELDS]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if self._public_details_fixed(request, obj):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        organisation = self.get_object(request, object_id)
        if request.method == "GET" and self._public_details_fixed(request, organisation):
            self.message_user(request, fixed_details_note(request, organisation), messages.INFO)
        return super().change_view(request, object_id, form_url, extra_context)

    def get_queryset(self, request):
        return with_action_count(super().get_queryset(request))

    @admin.display(description="actions", ordering="action_count")
    def action_count(self, organisation):
        return organisation.action_count

    def has_merge_permission(self, request):
        # A merge rewrites links and deletes the duplicates.
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description="Merge selected organisations into one", permissions=["merge"])
    def merge(self, request, queryset):
        organisations = queryset.order_by("name")
        if organisations.count() < 2:
            self.message_user(request, "Select two or more organisations to merge.", messages.ERROR)
            return None
        form = MergeForm(
            request.POST if "keep" in request.POST else None, organisations=organisations
        )
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            merged = merge_organisations(keep, list(organisations), request.user)
            self.message_user(
                request,
                f"Merged {counted(merged, 'organisation')} into “{keep}”.",
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/policies/organisation/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge organisations",
                "opts": self.model._meta,
                "form": form,
                "organisations": with_action_count(organisations).annotate(
                    article_count=count_subquery(
                        organisation_mentions().filter(organisation=OuterRef("pk")), "organisation"
                    )
                ),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )
