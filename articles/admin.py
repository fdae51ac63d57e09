from django.contrib import admin

from .models import Article, ArticleURL, ImportFailure, ImportRun, Provider, Topic


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ["name", "domain"]
    search_fields = ["name", "domain"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    search_fields = ["name"]


class ArticleURLInline(admin.TabularInline):
    model = ArticleURL
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "published_at", "date_needs_review", "origin"]
    list_filter = ["date_needs_review", "origin", "provider"]
    search_fields = ["title", "url", "excerpt"]
    list_select_related = ["provider"]
    autocomplete_fields = ["provider", "organisations", "jurisdictions", "topics"]
    readonly_fields = ["content_hash", "matcher_version", "source_file", "created_at", "updated_at"]
    date_hierarchy = "published_at"
    inlines = [ArticleURLInline]


class ImportFailureInline(admin.TabularInline):
    model = ImportFailure
    extra = 0
    can_delete = False
    readonly_fields = ["path", "reason"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "created", "updated", "unchanged", "failed", "related_created"]
    inlines = [ImportFailureInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
