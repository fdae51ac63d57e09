"""The admin for articles and imports.

Staff upload documents here; the upload is imported in the background (`articles.tasks`) by the
same importer as `import_seeds`, and the import run's page follows it. Import runs are an
append-only log. `ArticleAdmin` is the article pages' base: `policies.reference_admin`
registers it with what curation adds (the review queue, citation counts, "New action").
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html_join

from core.admin import ReadOnlyHistoryAdmin, counted

from .import_runs import ImportRunState
from .models import ArticleURL, ImportFailure, ImportRun, Provider, Topic
from .tasks import queue_import, retry_import
from .uploads import UPLOAD_URL_NAME, store_upload

UPLOAD_PERMISSION = "articles.add_importrun"


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


class ArticleAdmin(ReadOnlyHistoryAdmin):
    list_display = ["title", "provider", "published_at", "date_needs_review", "origin"]
    list_filter = ["date_needs_review", "origin", "provider"]
    search_fields = ["title", "url", "excerpt"]
    list_select_related = ["provider"]
    autocomplete_fields = ["provider", "organisations", "jurisdictions", "topics"]
    readonly_fields = ["url", "origin", "source_file", "import_run", "created_at", "updated_at"]
    date_hierarchy = "published_at"
    show_facets = admin.ShowFacets.ALWAYS
    inlines = [ArticleURLInline]
    # What staff read and correct; the feed's own scores, images and metadata, the content
    # hash and the matcher fingerprint are the importer's machinery and stay out of the form.
    fieldsets = [
        (None, {"fields": ["title", "url", "provider", "published_at", "date_needs_review"]}),
        ("Text", {"fields": ["excerpt", "body"]}),
        ("What it mentions", {"fields": ["organisations", "jurisdictions", "topics"]}),
        (
            "Import",
            {"fields": ["origin", "source_file", "import_run", ("created_at", "updated_at")]},
        ),
    ]


class ImportFailureInline(admin.TabularInline):
    model = ImportFailure
    extra = 0
    can_delete = False
    readonly_fields = ["path", "reason"]

    def has_add_permission(self, request, obj=None):
        return False


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, list | tuple) else [data]) if file]
        if not files:
            raise forms.ValidationError("Choose at least one document to import.")
        # An empty file is kept, not refused as Django's file field would: the importer names
        # it among the failures ("the document is empty") and imports the others.
        clean_one = super().clean
        cleaned = [file if file.size == 0 else clean_one(file, initial) for file in files]
        # Refused here, before anything is written to the upload folder; the importer would
        # refuse them too, but only after storing them.
        limit = settings.IMPORT_MAX_DOCUMENT_BYTES
        too_big = [f"“{file.name}” ({file.size:,} bytes)" for file in cleaned if file.size > limit]
        if too_big:
            raise forms.ValidationError(
                f"Documents over {limit:,} bytes are refused: {', '.join(too_big)}."
            )
        return cleaned


class UploadForm(forms.Form):
    documents = MultipleFileField(
        help_text="Feed entries (YAML front matter) or plain-text posts; choose several at once."
    )
    dry_run = forms.BooleanField(
        required=False, label="Dry run: report what would change, keep nothing"
    )


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "state_now", "progress", "created", "updated", "failed"]
    list_filter = ["state"]
    fields = [
        ("state_now", "progress"),
        "result",
        "problem",
        ("started_at", "finished_at"),
        "paths",
        ("created", "updated", "unchanged", "failed", "related_created"),
        "dry_run",
        "left_out",
        "curated",
        "task_id",
        "process",
    ]
    readonly_fields = [*(field.name for field in ImportRun._meta.fields), "state_now", "progress"]
    readonly_fields += ["result", "left_out"]
    inlines = [ImportFailureInline]
    actions = ["retry"]
    change_form_template = "admin/articles/importrun/change_form.html"

    @admin.display(description="state", ordering="state")
    def state_now(self, run):
        return run.shown_state.label

    @admin.display(description="documents read")
    def progress(self, run):
        return f"{run.done:,} of {run.total:,}" if run.total else "none yet"

    @admin.display(description="result")
    def result(self, run):
        if run.shown_state != ImportRunState.FINISHED:
            return "not finished"
        documents = counted(run.created + run.updated + run.unchanged + run.failed, "document")
        prefix = "Dry run, nothing kept: would import" if run.dry_run else "Imported"
        return f"{prefix} {documents}: {run.summary}."

    @admin.display(description="left out, not read")
    def left_out(self, run):
        return (
            format_html_join(
                "", "<div>{}: {}</div>", ((name, reason) for name, reason in run.skipped)
            )
            or "nothing"
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_upload_permission(self, request):
        return request.user.has_perm(UPLOAD_PERMISSION)

    @admin.action(permissions=["upload"], description="Import selected uploads again")
    def retry(self, request, queryset):
        """Queue again the uploads whose import failed or was cut short."""
        ImportRun.objects.mark_interrupted()
        retried = 0
        for run in queryset.exclude(upload="").filter(state__in=RETRYABLE):
            retry_import(run)
            retried += 1
        others = queryset.count() - retried
        message = f"Queued {counted(retried, 'import')} again."
        if others:
            message += (
                f" {counted(others, 'run')} left as they were: only an upload whose import "
                "failed or was cut short is imported again."
            )
        self.message_user(request, message, messages.SUCCESS if retried else messages.WARNING)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = self.get_object(request, object_id)
        active = run is not None and run.shown_state in ACTIVE
        extra_context = {**(extra_context or {}), "run_is_active": active}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        upload = path(
            "upload/",
            self.admin_site.admin_view(self.upload_view),
            name=UPLOAD_URL_NAME,
        )
        return [upload, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_upload": request.user.has_perm(UPLOAD_PERMISSION),
        }
        return super().changelist_view(request, extra_context)

    def upload_view(self, request):
        """Store uploaded documents and queue their import; the run's page follows it."""
        if not request.user.has_perm(UPLOAD_PERMISSION):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            documents = form.cleaned_data["documents"]
            upload = store_upload(documents, request.user.pk)
            run = queue_import(upload, dry_run=form.cleaned_data["dry_run"])
            # The run records what the import did; this records who started it.
            self.log_addition(request, run, f"Uploaded {counted(len(documents), 'document')}")
            return redirect("admin:articles_importrun_change", run.pk)
        return TemplateResponse(
            request,
            "admin/articles/importrun/upload.html",
            {
                **self.admin_site.each_context(request),
                "title": "Upload and import documents",
                "opts": self.model._meta,
                "form": form,
                "max_bytes": settings.IMPORT_MAX_DOCUMENT_BYTES,
                "max_files": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
                "max_upload_bytes": settings.IMPORT_UPLOAD_MAX_BYTES,
            },
        )


ACTIVE = (ImportRunState.QUEUED, ImportRunState.RUNNING)
RETRYABLE = (ImportRunState.FAILED, ImportRunState.INTERRUPTED, ImportRunState.RUNNING)
