"""The article and import admin: the review queue, uploads through the importer, and the log."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, ArticleOrigin, ImportRun
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db

ARTICLES = reverse("admin:articles_article_changelist")
UPLOAD = reverse("admin:articles_importrun_upload")

FEED_DOCUMENT = b"""---
title: "Portland City Council passes the strictest facial recognition ban yet"
webUrl: "https://news.example/portland-ban"
publishedDateTime: 2020-09-09T18:00:00Z
provider:
  name: News Example
  domain: news.example
---
Portland, Oregon, banned private businesses and city bureaus from using facial recognition.
"""
PLAIN_DOCUMENT = b"""Somerville debates a face surveillance ban
Posted on June 20, 2019

The Somerville City Council heard testimony on a ban.
"""


@pytest.fixture(autouse=True)
def upload_dir(upload_storage):
    return upload_storage


def upload(client, *files, dry_run=False):
    """Upload `files` and follow on to the import run's page (the import runs at once here)."""
    data = {"documents": [SimpleUploadedFile(name, content) for name, content in files]}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(UPLOAD, data, follow=True)


def test_the_review_queue_lists_imported_articles_no_action_cites(admin_client):
    waiting = ArticleFactory(title="Waiting story")
    cited = ArticleFactory(title="Cited story")
    CitationFactory(article=cited)
    ArticleFactory(title="Related item", origin=ArticleOrigin.RELATED)
    response = admin_client.get(ARTICLES, {"queue": "unreviewed"})
    assert list(response.context["cl"].result_list) == [waiting]
    response = admin_client.get(ARTICLES, {"queue": "cited"})
    assert [a.citation_count for a in response.context["cl"].result_list] == [1]


def test_the_article_list_shows_citations_and_a_link_to_start_an_action(admin_client):
    article = ArticleFactory(published_at=None, date_needs_review=True)
    page = admin_client.get(ARTICLES).content.decode()
    assert f"?from_article={article.pk}" in page
    change = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert "Start a draft action from this article" in change.content.decode()


def test_the_article_form_shows_what_staff_read_and_hides_the_importer_s_machinery(
    admin_client,
):
    article = ArticleFactory(quality=7, heat=3, feed_metadata={"secured": "opaque-blob"})
    form = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    page = form.content.decode()
    for shown in ('name="title"', 'name="excerpt"', 'name="body"', 'name="organisations"'):
        assert shown in page
    for hidden in ("quality", "heat", "feed_metadata", "opaque-blob", "content_hash", "matcher"):
        assert f'name="{hidden}"' not in page
    assert "opaque-blob" not in page


def test_viewers_are_not_offered_to_start_an_action(staff_client):
    client = staff_client("Viewer")
    article = ArticleFactory()
    assert "from_article" not in client.get(ARTICLES).content.decode()
    change = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert "Start a draft action" not in change.content.decode()


def test_uploaded_documents_are_imported_with_the_same_per_file_report(admin_client, admin_user):
    response = upload(
        admin_client,
        ("portland.md", FEED_DOCUMENT),
        ("somerville.txt", PLAIN_DOCUMENT),
        ("broken.txt", b"\xff\xfe not utf-8"),
    )
    page = response.content.decode()
    run = ImportRun.objects.get()
    assert response.redirect_chain == [
        (reverse("admin:articles_importrun_change", args=[run.pk]), 302)
    ]
    assert "Imported 3 documents: 2 created, 0 updated, 0 unchanged, 1 failed." in page
    assert "finished" in page
    assert "broken.txt" in page
    assert "not valid UTF-8" in page
    assert set(Article.objects.values_list("title", flat=True)) == {
        "Portland City Council passes the strictest facial recognition ban yet",
        "Somerville debates a face surveillance ban",
    }
    assert (run.created, run.failed) == (2, 1)
    assert run.failures.get().path.endswith("broken.txt")
    # The run says what happened; the admin log says who started it.
    entry = admin_user.logentry_set.get()
    assert entry.object_id == str(run.pk)
    assert "Uploaded 3 documents" in entry.get_change_message()


def test_uploading_the_same_document_again_changes_nothing(admin_client):
    upload(admin_client, ("portland.md", FEED_DOCUMENT))
    page = upload(admin_client, ("portland.md", FEED_DOCUMENT)).content.decode()
    assert "Imported 1 document: 0 created, 0 updated, 1 unchanged, 0 failed." in page
    assert Article.objects.count() == 1


def test_a_dry_run_upload_reports_and_keeps_nothing(admin_client, upload_dir):
    page = upload(admin_client, ("portland.md", FEED_DOCUMENT), dry_run=True).content.decode()
    assert "Dry run, nothing kept: would import 1 document: 1 created" in page
    assert not Article.objects.exists()
    assert ImportRun.objects.get().dry_run  # the run's record keeps what it would have done
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


def test_an_upload_without_a_document_is_refused_and_records_nothing(admin_client, upload_dir):
    page = admin_client.post(UPLOAD, {"documents": ""}).content.decode()
    assert "Choose at least one document to import." in page
    assert not ImportRun.objects.exists()
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


def test_an_oversize_upload_is_refused_before_it_is_stored(admin_client, upload_dir, settings):
    settings.IMPORT_MAX_DOCUMENT_BYTES = 100
    page = upload(admin_client, ("big.md", FEED_DOCUMENT + b"x" * 200)).content.decode()
    assert "Documents over 100 bytes are refused: “big.md”" in page
    assert not ImportRun.objects.exists()
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


def test_uploaded_file_names_cannot_escape_the_upload_folder(admin_client, upload_dir):
    upload(admin_client, ("../../etc/evil.txt", PLAIN_DOCUMENT))
    saved = [path.relative_to(upload_dir) for path in upload_dir.rglob("*") if path.is_file()]
    assert len(saved) == 1
    assert saved[0].name == "evil.txt"
    assert len(saved[0].parts) == 2  # <upload folder>/evil.txt


def test_uploads_are_kept_through_the_storage_api_not_on_a_local_disk(
    admin_client, settings, upload_dir
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    upload(admin_client, ("somerville.txt", PLAIN_DOCUMENT))
    from django.core.files.storage import default_storage

    (folder,), _files = default_storage.listdir("")
    assert default_storage.listdir(folder) == ([], ["somerville.txt"])
    assert default_storage.open(f"{folder}/somerville.txt").read() == PLAIN_DOCUMENT
    assert Article.objects.get().source_file == "somerville.txt"
    # The import read a scratch copy, removed once it was done.
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


def test_import_runs_are_read_only(admin_client):
    upload(admin_client, ("portland.md", FEED_DOCUMENT))
    run = ImportRun.objects.get()
    changelist = admin_client.get(reverse("admin:articles_importrun_changelist"))
    assert changelist.context["has_add_permission"] is False
    assert "Upload documents" in changelist.content.decode()
    page = admin_client.get(reverse("admin:articles_importrun_change", args=[run.pk]))
    assert page.context["has_change_permission"] is False
    assert page.context["has_delete_permission"] is False
    response = admin_client.post(reverse("admin:articles_importrun_delete", args=[run.pk]))
    assert response.status_code == 403
    assert ImportRun.objects.filter(pk=run.pk).exists()


def test_viewers_cannot_upload(staff_client):
    assert staff_client("Viewer").get(UPLOAD).status_code == 403
