"""Suggestions are stored whichever way documents are imported: the command, the admin upload,
any caller of the importer; a dry run stores nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.importer import import_documents
from articles.models import Article
from articles.signals import articles_imported
from suggestions.models import Suggestion
from tests.conftest import run_import

from .conftest import proposal

pytestmark = pytest.mark.django_db

DOCUMENT = """---
title: "{title}"
webUrl: "https://news.example/{slug}"
publishedDateTime: 2021-02-17T12:00:00Z
provider:
  name: News Example
  domain: news.example
related:
  - title: "Earlier coverage"
    webUrl: "https://news.example/earlier"
    publishedDateTime: 2020-06-01T12:00:00Z
---
The council voted on Tuesday to ban facial recognition.
"""


def write_document(folder, title="Council bans face surveillance", slug="council-ban", body=None):
    path = folder / f"{slug}.md"
    text = DOCUMENT.format(title=title, slug=slug)
    path.write_text(text if body is None else text + body)
    return path


@pytest.fixture
def announced():
    """The article ids of every `articles_imported` sent during the test."""
    sent = []

    def listen(sender, article_ids, **kwargs):
        sent.append(sorted(article_ids))

    articles_imported.connect(listen, dispatch_uid="test-listener")
    yield sent
    articles_imported.disconnect(dispatch_uid="test-listener")


def test_the_importer_announces_the_documents_a_batch_stored_in_the_batch_s_transaction(
    tmp_path, announced, django_capture_on_commit_callbacks
):
    write_document(tmp_path)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        import_documents([tmp_path], workers=0)
    assert callbacks == []  # nothing waits for a commit: suggestions commit with the batch
    main = Article.objects.get(url="https://news.example/council-ban")
    assert announced == [[main.pk]]  # the document, not its related item


def test_the_command_stores_the_suggestions_and_a_rerun_adds_none(
    tmp_path, fixed_reader, django_capture_on_commit_callbacks
):
    write_document(tmp_path)
    fixed_reader.by_title["Council bans face surveillance"] = [proposal()]
    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path)
    suggestion = Suggestion.objects.get()
    assert suggestion.article.url == "https://news.example/council-ban"
    assert [item.title for item in fixed_reader.documents[0].related] == ["Earlier coverage"]

    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path)
    assert list(Suggestion.objects.all()) == [suggestion]


def test_a_changed_document_refreshes_its_suggestions_through_the_command(
    tmp_path, fixed_reader, django_capture_on_commit_callbacks
):
    write_document(tmp_path)
    fixed_reader.by_title["Council bans face surveillance"] = [proposal(evidence="Old.")]
    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path)
    write_document(tmp_path, body="A second paragraph.\n")
    fixed_reader.by_title["Council bans face surveillance"] = [proposal(evidence="New.")]
    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path)
    assert list(Suggestion.objects.values_list("evidence", flat=True)) == ["New."]


def test_a_dry_run_stores_nothing(tmp_path, fixed_reader, django_capture_on_commit_callbacks):
    write_document(tmp_path)
    fixed_reader.by_title["Council bans face surveillance"] = [proposal()]
    run_import(tmp_path, dry_run=True)
    assert not Suggestion.objects.exists()


def test_an_admin_upload_stores_the_suggestions(
    tmp_path, upload_storage, staff_client, fixed_reader, django_capture_on_commit_callbacks
):
    document = write_document(tmp_path)
    fixed_reader.by_title["Council bans face surveillance"] = [proposal()]
    client = staff_client("Contributor")
    upload = SimpleUploadedFile("council.md", document.read_bytes())
    response = client.post(
        reverse("admin:articles_importrun_upload"), {"documents": [upload]}, follow=True
    )
    assert "1 created" in response.content.decode()
    assert Suggestion.objects.get().article.title == "Council bans face surveillance"
