"""Import news documents: parse, plan, write, batch by batch.

1. **Parse** (`articles.parsing`, pure): each file becomes a `ParsedDocument`, or a problem
   naming the file; the mentions of each article are found there too (`find_mentions`, with
   the matcher `build_mention_matcher` gives). A malformed file never reaches the database.
2. **Plan** (`articles.import_plan`, pure): from a batch's parsed documents and what is stored
   for the addresses they give, decide what to create, update and skip, and why.
3. **Write** (`articles.import_storage`): read what the plan needs, and write the plan in one
   transaction per batch; a batch that fails is written again document by document, so only
   the bad document is lost.

Files are streamed in batches, so memory holds a few batches, not the corpus. Large runs are
shared by worker processes (`articles.import_workers`), which write the batches one at a time
in file order, so the result is what one process would store. Re-importing is idempotent: a
document whose bytes and mention rules are unchanged is left alone.
"""

import contextlib
import gc
import itertools

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections, transaction
from django.db.models.sql import UpdateQuery
from django.db.models.sql.constants import ROW_COUNT
from django.utils import timezone

from core.database_memory import without_memory_map
from core.processes import process_key
from directory.matching import build_mention_matcher

from .import_plan import ImportReport
from .import_runs import ImportRunState
from .import_storage import read_batch, store_batch
from .import_workers import default_workers, import_in_workers, workers_can_write
from .models import ImportRun
from .parsing import MAX_DOCUMENT_BYTES
from .sources import DEFAULT_INCLUDE, display_path, document_files, labelled_paths

BATCH_SIZE = 100


def import_documents(
    paths,
    *,
    dry_run=False,
    progress=None,
    include=DEFAULT_INCLUDE,
    batch_size=BATCH_SIZE,
    max_bytes=None,
    workers=None,
    run=None,
):
    """Import every document under `paths`; returns an `ImportReport`.

    A folder is walked for document files (see `articles.sources`; `include` says which names);
    what the walk leaves out is listed in the report's `skipped`. `progress(done, total)` is
    called after each batch. With `dry_run`, everything runs inside a transaction that is rolled
    back, so the report says what would happen and nothing is kept (not even the run's record,
    unless `run`, a queued `ImportRun` made beforehand, is given: it then keeps the counts).
    `workers` is the number of worker processes that parse and write batches: 0 does everything
    in-process; None lets `default_workers` choose. Workers are not used inside a transaction,
    so a dry run is always in-process.

    The run records which process runs it, so that if the process is killed the next run (or
    the admin) can tell the run was cut short; runs cut short are marked so as this one starts.
    """
    max_bytes = max_bytes or getattr(settings, "IMPORT_MAX_DOCUMENT_BYTES", MAX_DOCUMENT_BYTES)
    without_memory_map()  # its memory stays flat however large the database grows
    ImportRun.objects.mark_interrupted()
    report = ImportReport()
    given_run = run
    if dry_run and run is not None:
        # Recorded before the dry run's transaction, so that others see it running and, if it
        # is killed, cut short, not queued for ever; its progress and heartbeat are told on a
        # connection of their own (`_told_outside`).
        _start_run(run, paths)
    try:
        # A dry run is one transaction rolled back at the end; a real run commits batch by batch.
        with (
            transaction.atomic() if dry_run else contextlib.nullcontext(),
            _told_outside(given_run if dry_run else None, progress) as progress,
        ):
            # The run's record exists from the start: articles record the run that brought them.
            # A dry run's articles record a run made inside its transaction, so that nothing in
            # it writes the row of the given run, which `_told_outside` writes.
            report.run = _start_run(None if dry_run else run, paths)
            _import_files(paths, report, progress, batch_size, max_bytes, workers, include)
            _finish_run(report)
            if dry_run:
                transaction.set_rollback(True)
                report.run = None
    except BaseException as exc:
        # Ctrl-C, a worker killed, a database gone: the run says so rather than "running".
        if report.run is not None and not dry_run:
            _stop_run(report.run.pk, exc)
        elif given_run is not None:
            _stop_run(given_run.pk, exc)
        raise
    if dry_run and given_run is not None:
        report.run = given_run
        given_run.dry_run = True
        _finish_run(report)
    return report


def _start_run(run, paths):
    now = timezone.now()
    values = {
        "started_at": now,
        "heartbeat_at": now,
        "state": ImportRunState.RUNNING,
        "process": process_key(),
    }
    if run is None:
        return ImportRun.objects.create(paths=[display_path(p) for p in paths], **values)
    for name, value in values.items():
        setattr(run, name, value)
    run.save(update_fields=list(values))
    return run


@contextlib.contextmanager
def _told_outside(run, progress):
    """`progress` that also writes the count and heartbeat of `run` (a dry run's, given
    beforehand) on a database connection of its own, committed at once.

    A dry run's own writes are inside the transaction it rolls back, so without this other
    machines would see its heartbeat stop as it started and, after `IMPORT_HEARTBEAT_LIMIT`,
    take it for cut short. Not on SQLite: the dry run holds its only write lock, and an SQLite
    file is read by processes of one machine, which look the run's process up instead.
    """
    if run is None or connection.vendor == "sqlite":
        yield progress
        return
    outside = connections.create_connection(DEFAULT_DB_ALIAS)

    def told(done, total):
        query = ImportRun.objects.filter(pk=run.pk).query.chain(UpdateQuery)
        query.add_update_values({"done": done, "total": total, "heartbeat_at": timezone.now()})
        query.get_compiler(connection=outside).execute_sql(ROW_COUNT)
        if progress:
            progress(done, total)

    try:
        yield told
    finally:
        outside.close()


def _stop_run(run_pk, exc):
    if isinstance(exc, KeyboardInterrupt | SystemExit):
        state, problem = ImportRunState.INTERRUPTED, "Stopped before it finished."
    else:
        state, problem = ImportRunState.FAILED, f"{type(exc).__name__}: {exc}"
    # The error being raised matters more than this record: a lost database must not hide it.
    with contextlib.suppress(DatabaseError):
        ImportRun.objects.filter(pk=run_pk).update(
            state=state, problem=problem, finished_at=timezone.now()
        )


def _import_files(paths, report, progress, batch_size, max_bytes, workers, include):
    # A first walk only counts (and notes what it skips), so that the paths themselves are
    # never all held in memory.
    total = sum(1 for _path in document_files(paths, include, skipped=report.skipped))
    ImportRun.objects.filter(pk=report.run.pk).update(total=total, heartbeat_at=timezone.now())
    if workers is None:
        workers = default_workers(total)
    matcher = build_mention_matcher()
    batches = _numbered_batches(labelled_paths(paths, include), batch_size)
    if workers and workers_can_write():
        outcomes = import_in_workers(batches, matcher, report.run.pk, max_bytes, workers)
    else:
        outcomes = _import_in_process(batches, matcher, report.run.pk, max_bytes)
    done = 0
    for outcome in outcomes:
        done += outcome.documents
        report.add(outcome)
        if progress:
            progress(done, total)


def _import_in_process(batches, matcher, run_id, max_bytes):
    """Parse, plan and write `batches` one after the other; each batch's `ImportReport`."""
    for _start, jobs in batches:
        results = read_batch(jobs, matcher, max_bytes)
        yield store_batch(results, matcher, run_id)


def _numbered_batches(jobs, size):
    """`(position of the first, jobs)` for each batch of `size` `jobs`; positions count from 1."""
    jobs = iter(jobs)
    position = 1
    while chunk := tuple(itertools.islice(jobs, size)):
        yield position, chunk
        position += len(chunk)


def _finish_run(report):
    run = report.run
    run.state, run.finished_at = ImportRunState.FINISHED, timezone.now()
    run.heartbeat_at = run.finished_at
    run.done = run.total = report.documents
    run.created, run.updated = report.created, report.updated
    run.unchanged, run.failed = report.unchanged, report.failed
    run.related_created = report.related_created
    run.skipped = [list(entry) for entry in report.skipped]
    run.save()
    run.record_failures(report.failures)


@contextlib.contextmanager
def fewer_garbage_collections():
    """Let the collector skip what was loaded before an import, and run less often during it.

    Parsing allocates millions of short-lived objects (YAML nodes), which sets off collections
    that each walk every object of Django and the modules loaded before: measured, 5-10% of the
    import's time. Nothing the importer builds depends on the collector (it makes no reference
    cycles that must be freed early), so the defaults come back afterwards, and a process that
    had frozen its heap itself keeps it frozen. The settings are the whole process's, so this
    is for processes that exist to import (the command, the benchmark), not for a web server
    importing an upload; workers forked inside it inherit it.
    """
    threshold = gc.get_threshold()
    already_frozen = gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 20_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not already_frozen:
            gc.unfreeze()
