from django.contrib import admin

from .models import (
    ActionParticipant,
    Citation,
    Jurisdiction,
    JurisdictionAlias,
    Organisation,
    OrganisationAlias,
    PolicyAction,
)


class JurisdictionAliasInline(admin.TabularInline):
    model = JurisdictionAlias
    extra = 0


@admin.register(Jurisdiction)
class JurisdictionAdmin(admin.ModelAdmin):
    list_display = ["qualified_name", "kind", "ocd_id", "iso_code"]
    list_filter = ["kind"]
    search_fields = ["name", "qualified_name", "ocd_id", "iso_code", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    inlines = [JurisdictionAliasInline]


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OrganisationAliasInline]


class ParticipantInline(admin.TabularInline):
    model = ActionParticipant
    extra = 0
    autocomplete_fields = ["organisation"]


class CitationInline(admin.StackedInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["article"]
    fields = ["article", "quote", "position"]


@admin.register(PolicyAction)
class PolicyActionAdmin(admin.ModelAdmin):
    list_display = ["title", "action_type", "jurisdiction", "date", "status", "state"]
    list_filter = ["state", "action_type", "status", "jurisdiction__kind"]
    search_fields = ["title", "summary", "jurisdiction__name", "organisations__name"]
    autocomplete_fields = ["jurisdiction"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    list_select_related = ["jurisdiction"]
    inlines = [ParticipantInline, CitationInline]
    readonly_fields = ["created_at", "updated_at"]
