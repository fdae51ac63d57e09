"""A run cut short is told on any machine: the machine running it looks its process up, the
others go by the run's heartbeat, which the import renews with each batch it writes (a dry run
on a connection of its own, outside the transaction it rolls back)."""

import socket
import threading
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles import import_storage, importer
from articles.import_runs import ImportRunState
from articles.importer import import_documents
from articles.models import Article, ImportRun
from core.processes import process_key

pytestmark = pytest.mark.django_db

ELSEWHERE = f"not-{socket.gethostname()}:1:1"


def run_with(process, *, heartbeat_age=None, started_age=timedelta(0), **values):
    now = timezone.now()
    return ImportRun.objects.create(
        started_at=now - started_age,
        heartbeat_at=None if heartbeat_age is None else now - heartbeat_age,
        process=process,
        **values,
    )


def test_a_run_on_another_machine_with_a_recent_heartbeat_is_running(settings):
    settings.IMPORT_HEARTBEAT_LIMIT = 60
    run = run_with(ELSEWHERE, heartbeat_age=timedelta(seconds=50), started_age=timedelta(hours=1))
    assert run.shown_state == ImportRunState.RUNNING
    assert ImportRun.objects.mark_interrupted() == 0
    run.refresh_from_db()
    assert run.state == ImportRunState.RUNNING


def test_a_run_on_another_machine_silent_past_the_limit_is_interrupted(settings):
    settings.IMPORT_HEARTBEAT_LIMIT = 60
    run = run_with(ELSEWHERE, heartbeat_age=timedelta(seconds=70))
    assert run.shown_state == ImportRunState.INTERRUPTED
    assert ImportRun.objects.mark_interrupted() == 1
    run.refresh_from_db()
    assert run.state == ImportRunState.INTERRUPTED


def test_a_task_run_on_another_machine_silent_past_the_limit_is_failed_so_it_can_be_retried(
    settings,
):
    settings.IMPORT_HEARTBEAT_LIMIT = 60
    run = run_with(ELSEWHERE, heartbeat_age=timedelta(minutes=5), task_id="a-task")
    assert run.shown_state == ImportRunState.FAILED
    assert ImportRun.objects.mark_interrupted() == 1
    run.refresh_from_db()
    assert (run.state, run.problem) == (
        ImportRunState.FAILED,
        "The process running it stopped before it finished (killed or restarted).",
    )


def test_a_run_without_a_heartbeat_goes_by_when_it_started(settings):
    settings.IMPORT_HEARTBEAT_LIMIT = 60
    recent = run_with(ELSEWHERE, started_age=timedelta(seconds=10))
    old = run_with(ELSEWHERE, started_age=timedelta(minutes=2))
    assert (recent.shown_state, old.shown_state) == (
        ImportRunState.RUNNING,
        ImportRunState.INTERRUPTED,
    )
    assert ImportRun.objects.mark_interrupted() == 1
    assert ImportRun.objects.get(state=ImportRunState.INTERRUPTED) == old


def test_on_its_own_machine_a_live_process_keeps_its_run_running_however_old_its_heartbeat(
    settings,
):
    settings.IMPORT_HEARTBEAT_LIMIT = 60
    run = run_with(process_key(), heartbeat_age=timedelta(hours=1))
    assert run.shown_state == ImportRunState.RUNNING
    assert ImportRun.objects.mark_interrupted() == 0


def test_only_runs_said_to_be_running_are_judged_by_their_heartbeat(settings):
    settings.IMPORT_HEARTBEAT_LIMIT = 60
    for state in (ImportRunState.QUEUED, ImportRunState.FINISHED, ImportRunState.FAILED):
        run_with(ELSEWHERE, heartbeat_age=timedelta(hours=1), state=state)
    assert ImportRun.objects.mark_interrupted() == 0


def test_the_import_renews_its_heartbeat_with_each_batch_it_writes(tmp_path, monkeypatch):
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(f"Title {number}\n\nText {number}.\n")
    beats = []
    count_done = import_storage.count_done

    def counted(run_id, documents):
        count_done(run_id, documents)
        beats.append(ImportRun.objects.get(pk=run_id).heartbeat_at)

    monkeypatch.setattr(import_storage, "count_done", counted)
    before = timezone.now()
    report = import_documents([tmp_path], batch_size=1, workers=0)
    assert len(beats) == 3
    assert before <= beats[0] < beats[1] < beats[2] <= report.run.heartbeat_at


def seen_by_another_process(run_pk):
    """The run's (shown state, done, total) as another process reads it: on a connection of its
    own (a thread's), outside any transaction this one holds."""
    seen = []

    def look():
        try:
            run = ImportRun.objects.get(pk=run_pk)
            seen.append((run.shown_state, run.done, run.total))
        finally:
            connection.close()

    thread = threading.Thread(target=look)
    thread.start()
    thread.join(30)
    return seen[0]


@pytest.mark.django_db(transaction=True)
def test_a_dry_run_working_past_the_heartbeat_limit_is_running_for_every_other_process(
    tmp_path, monkeypatch, settings
):
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(f"Title {number}\n\nText {number}.\n")
    settings.IMPORT_HEARTBEAT_LIMIT = 1
    # On PostgreSQL, as a web server on another machine sees it: by its heartbeat alone. An
    # SQLite file is read on one machine, where the run's process is looked up.
    elsewhere = connection.vendor != "sqlite"
    if elsewhere:
        monkeypatch.setattr(importer, "process_key", lambda: ELSEWHERE)
    store_batch = importer.store_batch

    def slow(*arguments):
        time.sleep(1.3)  # each batch takes longer than the heartbeat limit
        return store_batch(*arguments)

    monkeypatch.setattr(importer, "store_batch", slow)
    run = ImportRun.objects.create(
        started_at=timezone.now(), state=ImportRunState.QUEUED, dry_run=True, task_id="a-task"
    )
    seen = []
    report = import_documents(
        [tmp_path], dry_run=True, run=run, batch_size=1, workers=0,
        progress=lambda done, total: seen.append(seen_by_another_process(run.pk)),
    )  # fmt: skip
    assert report.created == 3
    assert [state for state, _done, _total in seen] == [ImportRunState.RUNNING] * 3
    if elsewhere:  # and it shows how far it got
        assert [(done, total) for _state, done, total in seen] == [(1, 3), (2, 3), (3, 3)]
    run.refresh_from_db()
    assert (run.state, run.done, run.created, Article.objects.count()) == ("finished", 3, 3, 0)
