"""The admin for places and organisations. Jurisdictions are registered here; `OrganisationAdmin`
is the organisation pages' base, which `policies.reference_admin` registers with what the record
adds (action counts, merging)."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html

from core.admin import ReadOnlyHistoryAdmin

from .models import Jurisdiction, JurisdictionAlias, OrganisationAlias


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

    @admin.display(description="name", ordering="tree_left")
    def indented_name(self, jurisdiction):
        # Tree order with indentation shows the hierarchy staff are editing.
        return format_html(
            '<span style="padding-left:{}em">{}</span>', jurisdiction.depth * 1.5, jurisdiction.name
        )


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
