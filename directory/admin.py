"""The admin for places and organisations. Jurisdictions are registered here; `OrganisationAdmin`
is the organisation pages' base, which `policies.reference_admin` registers with what the record
adds (action counts, merging)."""

from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html

from core.admin import ReadOnlyHistoryAdmin

from .models import Jurisdiction, JurisdictionAlias, OrganisationAlias, ReviewStatus

MAX_INDENTED_DEPTH = 8  # deeper places are indented as far as this (css/admin.css)


class JurisdictionAliasInline(admin.TabularInline):
    model = JurisdictionAlias
    extra = 0


@admin.register(Jurisdiction)
class JurisdictionAdmin(ReadOnlyHistoryAdmin):
    list_display = ["indented_name", "kind", "parent", "ocd_id", "iso_code"]
    list_filter = ["kind"]
    search_fields = ["name", "qualified_name", "ocd_id", "iso_code", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]
    readonly_fields = ["qualified_name"]
    inlines = [JurisdictionAliasInline]
    show_facets = admin.ShowFacets.ALWAYS

    class Media:
        css = {"all": ["css/admin.css"]}

    @admin.display(description="name", ordering="tree_left")
    def indented_name(self, jurisdiction):
        # Tree order with indentation shows the hierarchy staff are editing. The indent is a
        # class from css/admin.css, not a style attribute, which the site's CSP would refuse.
        depth = min(jurisdiction.depth, MAX_INDENTED_DEPTH)
        return format_html('<span class="tree-depth-{}">{}</span>', depth, jurisdiction.name)


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 0


class OrganisationAdmin(ReadOnlyHistoryAdmin):
    """Organisations; the *review status* filter lists the candidates the importer found in the
    news, which staff confirm (they then show publicly) or reject (never suggested again)."""

    list_display = ["name", "kind", "jurisdiction", "review_status", "website"]
    list_filter = ["review_status", "kind"]
    search_fields = ["name", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["jurisdiction"]
    # Changed by the Confirm and Reject actions, like a workflow state, not typed in the form.
    readonly_fields = ["review_status"]
    list_select_related = ["jurisdiction"]
    inlines = [OrganisationAliasInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    show_facets = admin.ShowFacets.ALWAYS
    actions = ["confirm", "reject"]

    @admin.action(description="Confirm selected organisations", permissions=["change"])
    def confirm(self, request, queryset):
        self._set_status(request, queryset, ReviewStatus.CONFIRMED, "Confirmed")

    @admin.action(
        description="Reject selected candidates (not organisations)", permissions=["change"]
    )
    def reject(self, request, queryset):
        self._set_status(
            request,
            queryset.exclude(review_status=ReviewStatus.CONFIRMED),
            ReviewStatus.REJECTED,
            "Rejected",
        )

    def _set_status(self, request, queryset, status, verb):
        # Saved one by one so that each change is in the organisation's history.
        changed = 0
        for organisation in queryset.exclude(review_status=status):
            organisation.review_status = status
            organisation.save(update_fields=["review_status"])
            changed += 1
        self.message_user(request, f"{verb} {changed} organisation(s).", messages.SUCCESS)
