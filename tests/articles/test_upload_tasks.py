"""Uploads imported in the background: limits named, nothing dropped unsaid, progress and
result on the run's page, a run cut short marked failed and imported again on request."""

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files import uploadhandler
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.import_runs import ImportRunState
from articles.models import Article, ImportRun
from articles.tasks import import_upload, queue_import
from articles.uploads import store_upload
from core.processes import process_key
from tests.articles.test_admin import FEED_DOCUMENT, PLAIN_DOCUMENT

pytestmark = pytest.mark.django_db

UPLOAD = reverse("admin:articles_importrun_upload")
RUNS = reverse("admin:articles_importrun_changelist")


@pytest.fixture(autouse=True)
def upload_dir(upload_storage):
    return upload_storage


@pytest.fixture
def queued_in_the_database(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def files(*named):
    return {"documents": [SimpleUploadedFile(name, content) for name, content in named]}


def run_page(client, run):
    return client.get(reverse("admin:articles_importrun_change", args=[run.pk])).content.decode()


def test_more_files_than_an_upload_may_hold_are_refused_with_the_limit_named(
    admin_client, settings, upload_dir
):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3
    many = [(f"{number}.txt", PLAIN_DOCUMENT) for number in range(4)]
    response = admin_client.post(UPLOAD, files(*many), follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This upload holds more than 3 files, the most one upload may hold" in page
    assert "IMPORT_UPLOAD_MAX_FILES" in page
    assert not ImportRun.objects.exists()
    assert not upload_dir.exists()


def test_an_upload_larger_than_allowed_is_refused_before_it_is_read(admin_client, settings):
    settings.IMPORT_UPLOAD_MAX_BYTES = 1000
    response = admin_client.post(UPLOAD, files(("big.md", b"x" * 2000)), follow=True)
    page = response.content.decode()
    assert "more than the 1000\xa0bytes one upload may hold (IMPORT_UPLOAD_MAX_BYTES)" in page
    assert not ImportRun.objects.exists()


def test_the_upload_form_states_the_limits(admin_client):
    page = " ".join(admin_client.get(UPLOAD).content.decode().split())
    assert "Limits: 1.0 MB a document, 1000 files and 200.0 MB an upload." in page


def test_hidden_and_empty_files_are_reported_by_name_not_dropped(admin_client):
    response = admin_client.post(
        UPLOAD,
        files(("a.md", FEED_DOCUMENT), (".hidden", PLAIN_DOCUMENT), ("empty.txt", b"")),
        follow=True,
    )
    page = response.content.decode()
    run = ImportRun.objects.get()
    assert run.skipped == [[".hidden", "hidden file"]]
    assert ".hidden: hidden file" in page
    assert run.failures.get().path == "empty.txt"
    assert "the document is empty" in page
    assert Article.objects.count() == 1


@pytest.mark.django_db(transaction=True)  # the worker command closes its connections
def test_an_upload_is_queued_and_the_worker_command_imports_it(
    admin_client, queued_in_the_database
):
    response = admin_client.post(UPLOAD, files(("a.md", FEED_DOCUMENT)), follow=True)
    run = ImportRun.objects.get()
    assert run.state == ImportRunState.QUEUED
    assert not Article.objects.exists()  # the web request only stored and queued it
    page = response.content.decode()
    assert "queued" in page
    assert '<meta http-equiv="refresh" content="3">' in page  # it follows the run
    assert DBTaskResult.objects.get().id.hex == run.task_id.replace("-", "")

    call_command("db_worker", batch=True, startup_delay=False, interval=0)
    run.refresh_from_db()
    assert run.state == ImportRunState.FINISHED
    assert (run.done, run.total, run.created) == (1, 1, 1)
    page = run_page(admin_client, run)
    assert "Imported 1 document: 1 created, 0 updated, 0 unchanged, 0 failed." in page
    assert "refresh" not in page
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def gone_process():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    key = process_key(child.pid)
    child.wait()
    return key


@pytest.mark.django_db(transaction=True)
def test_a_task_killed_mid_way_shows_failed_and_is_imported_again_on_request(
    admin_client, queued_in_the_database
):
    admin_client.post(UPLOAD, files(("a.md", FEED_DOCUMENT), ("b.txt", PLAIN_DOCUMENT)))
    run = ImportRun.objects.get()
    # What a worker killed half-way leaves: its task and run "running", one document stored.
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now())
    ImportRun.objects.filter(pk=run.pk).update(
        state=ImportRunState.RUNNING, process=gone_process(), done=1, total=2
    )
    page = run_page(admin_client, run)
    assert "failed" in page
    assert "1 of 2" in page

    response = admin_client.post(
        RUNS, {"action": "retry", "_selected_action": [run.pk]}, follow=True
    )
    assert "Queued 1 import again." in response.content.decode()
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1  # the killed one
    run.refresh_from_db()
    assert run.state == ImportRunState.QUEUED
    call_command("db_worker", batch=True, startup_delay=False, interval=0)
    run.refresh_from_db()
    assert (run.state, run.created, run.failed) == (ImportRunState.FINISHED, 2, 0)
    assert Article.objects.count() == 2


def test_a_finished_import_is_not_run_again(admin_client):
    admin_client.post(UPLOAD, files(("a.md", FEED_DOCUMENT)))
    run = ImportRun.objects.get()
    response = admin_client.post(
        RUNS, {"action": "retry", "_selected_action": [run.pk]}, follow=True
    )
    assert "Queued 0 imports again. 1 run left as they were" in response.content.decode()


def test_a_dry_run_killed_mid_way_leaves_its_folder_only_until_the_next_import(
    admin_client, upload_dir
):
    stale = ImportRun.objects.create(
        started_at=timezone.now(),
        process=gone_process(),
        dry_run=True,
        upload=store_upload([SimpleUploadedFile("a.md", FEED_DOCUMENT)], 1),
    )
    assert default_storage.exists(stale.upload)
    admin_client.post(UPLOAD, files(("b.txt", PLAIN_DOCUMENT)))
    assert not default_storage.exists(stale.upload)
    stale.refresh_from_db()
    assert stale.state == ImportRunState.INTERRUPTED
    assert len(list(upload_dir.iterdir())) == 1  # the new upload's


def test_an_upload_folder_no_run_names_is_removed_an_hour_on_by_the_next_import(
    admin_client, upload_dir
):
    # What a web worker killed between storing the files and recording the run leaves.
    def folder(age, user_pk=1):
        name = f"{timezone.now() - age:%Y%m%d-%H%M%S-%f}-{user_pk}"
        default_storage.save(f"{name}/a.md", ContentFile(FEED_DOCUMENT))
        return name

    orphan, recent = folder(timedelta(hours=2)), folder(timedelta(minutes=5))
    named = folder(timedelta(hours=2), user_pk=2)
    ImportRun.objects.create(started_at=timezone.now(), state="finished", upload=named)
    default_storage.save("not-an-upload/a.md", ContentFile(FEED_DOCUMENT))

    admin_client.post(UPLOAD, files(("b.txt", PLAIN_DOCUMENT)))
    new = ImportRun.objects.exclude(upload=named).get().upload
    assert sorted(path.name for path in upload_dir.iterdir()) == sorted(
        [recent, named, "not-an-upload", new]
    )
    assert orphan not in [path.name for path in upload_dir.iterdir()]


def test_a_large_upload_is_received_into_the_projects_own_folder_made_when_missing(
    admin_client, settings, monkeypatch
):
    received = []

    class Recorded(TemporaryUploadedFile):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            received.append(Path(self.temporary_file_path()))

    monkeypatch.setattr(uploadhandler, "TemporaryUploadedFile", Recorded)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100  # received into files, as a large upload is
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    assert not folder.exists()
    admin_client.post(UPLOAD, files(("a.md", FEED_DOCUMENT), ("b.txt", PLAIN_DOCUMENT)))
    assert len(received) == 2
    assert {path.parent for path in received} == {folder}
    assert not any(folder.iterdir())  # removed by Django once the request is done
    assert ImportRun.objects.get().created == 2


def half_received(folder, name, age):
    """A file as a web worker killed while receiving an upload leaves it, last written `age` ago."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"--boundary\r\nhalf")
    then = time.time() - age.total_seconds()
    os.utime(path, (then, then))
    return name


@pytest.mark.parametrize("cleaned_by", ["the next upload received", "the next import task"])
def test_half_received_uploads_are_removed_an_hour_on(admin_client, settings, cleaned_by):
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    half_received(folder, "tmpk2j4x9ab.upload.md", timedelta(hours=2))
    recent = half_received(folder, "tmp0q8wz3cd.upload.txt", timedelta(minutes=5))
    not_djangos = half_received(folder, "notes.txt", timedelta(hours=2))
    if cleaned_by == "the next upload received":
        admin_client.post(UPLOAD, files(("b.txt", PLAIN_DOCUMENT)))
    else:
        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        run = queue_import(
            store_upload([SimpleUploadedFile("b.txt", PLAIN_DOCUMENT)], 1), dry_run=False
        )
        import_upload.call(run.pk)
    assert sorted(path.name for path in folder.iterdir()) == sorted([recent, not_djangos])
