"""`kill -9` of a real `manage.py db_worker` while it imports an upload: the run is then told
as failed (on its own machine by its process, on any other by its heartbeat), nothing half
written is stored, and the upload queued again imports to the end."""

import os
import signal
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.import_runs import ImportRunState
from articles.models import Article, ImportRun
from articles.tasks import queue_import
from articles.uploads import store_upload
from core import processes
from tests.articles.test_killed_import import database_url
from tests.waiting import wait_until

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

DOCUMENTS = 300  # three batches of 100, read by two import workers: the kill comes after the first
PARAGRAPH = "The council weighed the plan for the river crossing and its budget. " * 30


def document(number):
    body = "\n\n".join(f"{number}: {PARAGRAPH}" for _ in range(2))  # about 4 KB
    return (
        f"---\ntitle: Report {number}\nwebUrl: https://news.example/report/{number}\n---\n{body}\n"
    ).encode()


@pytest.fixture
def queued_upload(upload_storage, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    files = [SimpleUploadedFile(f"{n:03}.md", document(n)) for n in range(DOCUMENTS)]
    return queue_import(store_upload(files, 1), dry_run=False)


def start_worker(upload_dir):
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_DEBUG": "1",
        "IMPORT_UPLOAD_DIR": str(upload_dir),
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay"],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def whole_articles():
    """Articles stored with everything their document gives: one canonical address and the
    whole text (its two paragraphs)."""
    stored = Article.objects.annotate(canonical=Count("urls", filter=Q(urls__kind="canonical")))
    return [
        article
        for article in stored.filter(canonical=1)
        if article.body.count(PARAGRAPH.strip()) == 2
    ]


def test_a_worker_killed_mid_import_leaves_whole_documents_and_the_upload_imports_again(
    queued_upload, upload_storage, admin_client, settings, monkeypatch
):
    run = queued_upload
    worker = start_worker(upload_storage)
    try:
        reading = ImportRun.objects.filter(pk=run.pk, done__gt=0)
        assert wait_until(reading.exists, 60), "the worker wrote nothing"
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    finally:
        worker.kill()
    run.refresh_from_db()
    assert run.state == ImportRunState.RUNNING  # as the killed worker left it
    assert run.process.startswith(f"{processes.this_machine()}{worker.pid}:")
    assert 0 < run.done < run.total == DOCUMENTS, "the kill did not come mid-way"
    assert DBTaskResult.objects.get().status == "RUNNING"

    # Nothing half written: every stored article is whole, and they are the run's batches.
    stored = Article.objects.count()
    assert stored == run.done
    assert len(whole_articles()) == stored
    assert admin_client.get("/api/articles/").json()["count"] == stored

    # On its own machine the run is failed at once; elsewhere, once its heartbeat is too old.
    assert run.shown_state == ImportRunState.FAILED
    monkeypatch.setattr(processes, "this_machine", lambda: "another-machine:")
    settings.IMPORT_HEARTBEAT_LIMIT = 3600
    assert run.shown_state == ImportRunState.RUNNING
    settings.IMPORT_HEARTBEAT_LIMIT = 1
    ImportRun.objects.filter(pk=run.pk).update(heartbeat_at=run.heartbeat_at - timedelta(seconds=2))
    run.refresh_from_db()
    assert run.shown_state == ImportRunState.FAILED
    monkeypatch.undo()

    response = admin_client.post(
        reverse("admin:articles_importrun_changelist"),
        {"action": "retry", "_selected_action": [run.pk]},
        follow=True,
    )
    assert "Queued 1 import again." in response.content.decode()
    call_command("db_worker", batch=True, startup_delay=False, interval=0)
    run.refresh_from_db()
    assert run.state == ImportRunState.FINISHED
    assert (run.created + run.unchanged, run.failed) == (DOCUMENTS, 0)
    assert len(whole_articles()) == Article.objects.count() == DOCUMENTS
    assert timezone.now() - run.heartbeat_at < timedelta(minutes=1)


def test_a_worker_killed_in_a_dry_run_leaves_nothing_and_the_run_can_be_queued_again(
    upload_storage, admin_client, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    files = [SimpleUploadedFile(f"{n:03}.md", document(n)) for n in range(DOCUMENTS)]
    run = queue_import(store_upload(files, 1), dry_run=True)
    worker = start_worker(upload_storage)
    try:
        running = ImportRun.objects.filter(pk=run.pk, state=ImportRunState.RUNNING)
        assert wait_until(running.exists, 60), "the dry run is never seen running"
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    finally:
        worker.kill()
    run.refresh_from_db()
    assert run.state == ImportRunState.RUNNING  # as the killed worker left it, not "queued"
    assert run.shown_state == ImportRunState.FAILED
    assert not Article.objects.exists()
    assert (upload_storage / run.upload).is_dir()

    admin_client.post(
        reverse("admin:articles_importrun_changelist"),
        {"action": "retry", "_selected_action": [run.pk]},
    )
    call_command("db_worker", batch=True, startup_delay=False, interval=0)
    run.refresh_from_db()
    assert (run.state, run.dry_run, run.created) == (ImportRunState.FINISHED, True, DOCUMENTS)
    assert not Article.objects.exists()
    assert not (upload_storage / run.upload).exists()
