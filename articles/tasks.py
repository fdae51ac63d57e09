"""Imports of admin uploads, run in the background by `manage.py db_worker` (django-tasks).

The upload view stores the files, records a queued `ImportRun` and queues `import_upload`;
the worker runs the importer on the upload's folder and the run's record shows how far it got
and what came of it. Each document is written whole or not at all, so a task killed mid-way
leaves only whole documents: its run is then marked failed (the importer tells a run whose
process is gone as its next run starts, and the admin shows it at once) and `retry_import`
queues it again, which imports what is missing and leaves what is stored unchanged.
"""

from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .import_runs import ImportRunState
from .importer import import_documents
from .models import ImportRun
from .uploads import (
    remove_orphan_uploads,
    remove_stale_dry_runs,
    remove_stale_received_files,
    remove_upload,
    upload_folder,
)


def queue_import(upload, *, dry_run):
    """Record an import run of the upload folder `upload` and queue it; returns the run."""
    run = ImportRun.objects.create(
        started_at=timezone.now(),
        state=ImportRunState.QUEUED,
        upload=upload,
        dry_run=dry_run,
        paths=[upload],
    )
    _enqueue(run)
    return run


def retry_import(run):
    """Queue again the upload of a run that failed or was cut short."""
    _mark_task_failed(run.task_id)
    run.state, run.problem, run.finished_at = ImportRunState.QUEUED, "", None
    run.save(update_fields=["state", "problem", "finished_at"])
    _enqueue(run)


def _enqueue(run):
    # With the database backend the task is stored in the same transaction as the run, so a
    # worker never sees one without the other.
    result = import_upload.enqueue(run.pk)
    run.task_id = str(result.id)
    ImportRun.objects.filter(pk=run.pk).update(task_id=run.task_id)


@task()
def import_upload(run_pk):
    """Import the upload of the queued run `run_pk`; its counts, as the task's result."""
    clean_up_after_killed_work(running_pk=run_pk)
    run = ImportRun.objects.get(pk=run_pk)
    try:
        with upload_folder(run.upload) as folder:
            report = import_documents([folder], dry_run=run.dry_run, run=run)
    finally:
        if run.dry_run:
            remove_upload(run.upload)
    return {"documents": report.documents, "summary": report.summary()}


ACTIVE = (ImportRunState.QUEUED, ImportRunState.RUNNING)


def clean_up_after_killed_work(running_pk=None):
    """Record runs whose process is gone as cut short, and remove what killed work left: the
    folders of dry runs that are over, upload folders no run names and half-received uploads
    (both once an hour old). Each import task does it as it starts (`running_pk`: its run)."""
    ImportRun.objects.mark_interrupted()
    remove_stale_dry_runs(ImportRun.objects.exclude(pk=running_pk).exclude(state__in=ACTIVE))
    remove_orphan_uploads(ImportRun.objects.exclude(upload="").values_list("upload", flat=True))
    remove_stale_received_files()


def _mark_task_failed(task_id):
    """The task result a killed worker left "running" says failed, as its run does."""
    if not task_id:
        return
    DBTaskResult.objects.filter(id=task_id, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.FAILED, finished_at=timezone.now()
    )
