"""The admin for articles and imports.

Staff upload documents here and the same importer as `import_seeds` reads them, from memory;
a copy of each is kept through Django's storage API, so app servers need no disk of their own.
Import runs are an append-only log. `ArticleAdmin` is the article pages' base:
`policies.reference_admin` registers it with what curation adds (the review queue, citation
counts, "New action").
"""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.text import get_valid_filename

from core.admin import ReadOnlyHistoryAdmin, counted

from .importer import import_uploads
from .models import (
    ArticleURL,
    ImportFailure,
    ImportRun,
    Provider,
    Topic,
)

UPLOAD_PERMISSION = "articles.add_importrun"


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "feed_name"]
    search_fields = ["name", "domain", "feed_name"]
    readonly_fields = ["feed_name"]


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
        clean_one = super().clean
        files = [file for file in (data if isinstance(data, list | tuple) else [data]) if file]
        if not files:
            raise forms.ValidationError("Choose at least one document to import.")
        cleaned = [clean_one(file, initial) for file in files]
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


def read_uploads(files):
    """`(name, bytes)` of each uploaded file, under safe, distinct names (each file is at most
    IMPORT_MAX_DOCUMENT_BYTES: the form refused larger ones)."""
    documents, taken = [], set()
    for number, upload in enumerate(files, start=1):
        name = get_valid_filename(Path(upload.name).name) or f"document-{number}"
        if name in taken:
            name = f"{number}-{name}"
        taken.add(name)
        documents.append((name, b"".join(upload.chunks())))
    return documents


def keep_uploads(documents, folder):
    """Keep a copy of each document in `folder` of the default storage (STORAGES), which a
    deployment of several app servers points at storage they share."""
    for name, raw in documents:
        default_storage.save(f"{folder}/{name}", ContentFile(raw))


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "created", "updated", "unchanged", "failed", "related_created"]
    readonly_fields = [field.name for field in ImportRun._meta.fields]
    inlines = [ImportFailureInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        upload = path(
            "upload/",
            self.admin_site.admin_view(self.upload_view),
            name="articles_importrun_upload",
        )
        return [upload, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_upload": request.user.has_perm(UPLOAD_PERMISSION),
        }
        return super().changelist_view(request, extra_context)

    def upload_view(self, request):
        """Upload documents and import them with the importer `import_seeds` uses."""
        if not request.user.has_perm(UPLOAD_PERMISSION):
            raise PermissionDenied
        report = None
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            documents = read_uploads(form.cleaned_data["documents"])
            dry_run = form.cleaned_data["dry_run"]
            if not dry_run:
                stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
                keep_uploads(documents, f"{stamp}-{request.user.pk}")
            # In this process (a web worker must never fork parse workers), from memory.
            report = import_uploads(documents, dry_run=dry_run)
            if not dry_run:
                # The run records what the import did; this records who started it.
                self.log_addition(
                    request,
                    report.run,
                    f"Uploaded and imported {counted(report.documents, 'document')}",
                )
        return TemplateResponse(
            request,
            "admin/articles/importrun/upload.html",
            {
                **self.admin_site.each_context(request),
                "title": "Upload and import documents",
                "opts": self.model._meta,
                "form": form,
                "report": report,
                "max_bytes": getattr(settings, "IMPORT_MAX_DOCUMENT_BYTES", None),
            },
        )
