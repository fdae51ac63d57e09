"""The admin for places and organisations. Jurisdictions are registered here; `OrganisationAdmin`
is the organisation pages' base, which `policies.reference_admin` registers with what the record
adds (action counts, merging)."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html

from core.admin import ReadOnlyHistoryAdmin

from .models import Jurisdiction, JurisdictionAlias, OrganisationAlias

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
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OrganisationAliasInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    show_facets = admin.ShowFacets.ALWAYS
