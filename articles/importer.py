"""Write parsed news documents to the database.

Parsing (`articles.parsing`) is pure and happens first, so a malformed file is rejected before it
can touch anything. Parsed documents are then written in batches, each batch in one transaction
with a handful of bulk queries. If a batch fails, it is rolled back and its documents are written
again one transaction each, so the document at fault is the only one lost and every document is
all-or-nothing. Files are streamed: memory holds a few batches, not the corpus.

Large runs are shared among worker processes: each parses a batch, then writes it when its turn
comes. Batches are written one at a time and in file order, so the result is the one a single
process would reach, while parsing overlaps with writing on two cores. Small runs (and machines
with one core, and dry runs) work in-process, one batch after the other.

Re-importing is idempotent: a document whose bytes and mention rules are unchanged is skipped.
"""

import contextlib
import datetime
import gc
import hashlib
import itertools
import logging
import multiprocessing
import multiprocessing.util
import os
import sqlite3
import tempfile
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.models import Field
from django.utils import timezone

from core.counts import Counts
from directory.candidates import organisations_for
from directory.matching import build_mention_matcher

from .mentions import mention_text
from .models import (
    Article,
    ArticleOrigin,
    ArticleRelation,
    ArticleURL,
    ImportRun,
    Provider,
    Topic,
)
from .parsing import MAX_DOCUMENT_BYTES, read_document, read_documents
from .signals import announce_imported
from .sources import DEFAULT_INCLUDE, display_path, document_files, labelled_paths

logger = logging.getLogger(__name__)

BATCH_SIZE = 100
PARALLEL_THRESHOLD = 200  # documents; below this a worker process costs more than it saves
MAX_WORKERS = 2
_IN_CHUNK = 512  # a power of two, well under SQLite's 999 bound parameters a statement
_COPIED_FIELDS = (
    "title", "published_at", "excerpt", "body", "quality", "heat", "feed_published", "images",
    "feed_metadata",
)  # fmt: skip
_EMPTY = (None, "", [], {})
_UPDATED_FIELDS = (
    *_COPIED_FIELDS, "provider", "date_needs_review", "origin", "content_hash",
    "matcher_version", "source_file", "updated_at",
)  # fmt: skip


@dataclass
class _Tally(Counts):
    """What writing some documents did: `Counts`, and the related articles created."""

    related_created: int = 0

    def add(self, tally):
        super().add(tally)
        self.related_created += tally.related_created
        return self


@dataclass
class ImportReport(_Tally):
    """What a run did: its counts, the files its walk skipped and the run's own record."""

    skipped: list = field(default_factory=list)  # (path, reason)
    run: ImportRun | None = None

    @property
    def documents(self):
        return self.total

    @property
    def changed_anything(self):
        return bool(self.created or self.updated or self.related_created)


def import_documents(
    paths,
    *,
    dry_run=False,
    progress=None,
    include=DEFAULT_INCLUDE,
    batch_size=BATCH_SIZE,
    max_bytes=None,
    workers=None,
):
    """Import every document under `paths`; returns an `ImportReport`.

    A folder is walked for document files (see `articles.sources`; `include` says which names);
    what the walk leaves out is listed in the report's `skipped`. `progress(done, total)` is
    called after each batch. With `dry_run`, everything runs inside a transaction that is rolled
    back, so the report says what would happen and nothing is kept.
    `workers` is the number of worker processes that parse and write batches (one batch is
    written at a time, in file order, while the others parse): 0 does everything in-process;
    None lets `default_workers` choose. Workers are not used inside a transaction, so a dry
    run is always in-process.
    """
    max_bytes = max_bytes or getattr(settings, "IMPORT_MAX_DOCUMENT_BYTES", MAX_DOCUMENT_BYTES)
    report = ImportReport()
    # A dry run is one transaction rolled back at the end; a real run commits batch by batch.
    with transaction.atomic() if dry_run else contextlib.nullcontext():
        if not dry_run:
            report.run = ImportRun.objects.create(
                started_at=timezone.now(), paths=[display_path(p) for p in paths]
            )
        _import_files(paths, report, progress, batch_size, max_bytes, workers, include)
        if report.run:
            _finish_run(report)
        if dry_run:
            transaction.set_rollback(True)
    return report


def usable_cores():
    """How many cores this process may run on: a container or `taskset` may allow fewer than
    the machine has, which `os.cpu_count()` does not tell."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not every platform can say
        return os.cpu_count() or 1


def default_workers(documents):
    """Worker processes for an import of `documents`: none for small runs or one core.

    Batches are written one at a time, in order, and writing is about two fifths of the work;
    parsing, the rest, runs alongside. While one worker writes, the other parses, which keeps
    two cores busy; a third worker would mostly wait for its turn to write.
    """
    cores = usable_cores()
    if documents < PARALLEL_THRESHOLD or cores < 2:
        return 0
    return min(cores, MAX_WORKERS)


def _import_files(paths, report, progress, batch_size, max_bytes, workers, include):
    # A first walk only counts (and notes what it skips), so that the paths themselves are
    # never all held in memory.
    total = sum(1 for _path in document_files(paths, include, skipped=report.skipped))
    if workers is None:
        workers = default_workers(total)
    matcher = build_mention_matcher()
    if workers and _workers_can_write():
        batches = _numbered_batches(labelled_paths(paths, include), batch_size, total=total)
        outcomes = _import_in_workers(batches, matcher, max_bytes, workers)
    else:
        batches = _numbered_batches(labelled_paths(paths, include), batch_size)
        outcomes = _import_in_process(batches, matcher, max_bytes)
    done = 0
    for outcome in outcomes:
        done += outcome.documents
        report.add(outcome)
        if progress:
            progress(done, total)


def _workers_can_write():
    """Whether worker processes, each with a connection of its own, can write for this one.

    Not inside a transaction open here (a dry run, a caller's atomic block), which their work
    could not be part of, nor to an in-memory SQLite database, which only this process sees.
    Workers are forked, so they start with Django set up as it is here; where processes cannot
    be forked (Windows), the import runs in-process.
    """
    if connection.in_atomic_block or "fork" not in multiprocessing.get_all_start_methods():
        return False
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


def _import_in_process(batches, matcher, max_bytes):
    """Parse and write `batches` one after the other; each batch's `_BatchOutcome`."""
    with tempfile.TemporaryDirectory(prefix="policy-tracker-import-") as folder:
        seen = _SeenOnDisk(Path(folder) / "seen.sqlite3")
        first_sources = _FirstSources(seen, max_bytes)
        try:
            for start, jobs in batches:
                results = read_documents(jobs, max_bytes=max_bytes, matcher=matcher)
                yield _store_batch(start, jobs, results, matcher, first_sources)
        finally:
            seen.close()


def _numbered_batches(jobs, size, *, total=None):
    """`(position of the first, jobs)` for each batch of `jobs`; positions count from 1.

    Batches hold `size` jobs. Given the `total` number of jobs, batches near either end of the
    run are smaller (down to a quarter of `size`), each about half the jobs before it or after
    it: for worker processes, the first batch written is ready sooner and the last batch,
    written while no other work is left, is done sooner. On 1,000 documents, a tenth of the
    run was spent filling and draining the pipeline with even batches.
    """
    jobs = iter(jobs)
    position = 1
    while True:
        length = size
        if total is not None:
            nearest_end = min(position - 1, total - position + 1)
            length = min(size, max(size // 4, nearest_end // 2, 1))
        chunk = tuple(itertools.islice(jobs, length))
        if not chunk:
            return
        yield position, chunk
        position += len(chunk)


@dataclass
class _BatchOutcome(_Tally):
    """What storing one batch of the walk did, and how many documents the batch held."""

    documents: int = 0


def _store_batch(start, jobs, results, matcher, first_sources):
    """Write the parsed `results` of the `(path, label)` `jobs` of one batch, whose first
    document is at `start` in the walk.

    A document whose canonical URL an earlier file of this run already brought is refused,
    naming that file; the others are written together (see `_BatchWriter`).
    """
    outcome = _BatchOutcome(documents=len(results))
    numbered = [
        (position, job, result)
        for position, (job, result) in enumerate(zip(jobs, results, strict=True), start=start)
    ]
    claims = [
        (document.article.url, position, path, source)
        for position, (path, _label), (source, document, _problem) in numbered
        if document is not None
    ]
    positions = [position for _url, position, _path, _source in claims]
    firsts = dict(zip(positions, first_sources.claim_all(claims), strict=True))
    documents = []
    for position, _job, (source, document, problem) in numbered:
        if document is not None:
            first = firsts[position]
            if first is None:
                documents.append(document)
            else:
                problem = f"same article as {first} ({document.article.url})"
        if problem is not None:
            outcome.fail(source, problem)
    _BatchWriter(matcher, outcome).write(documents)
    return outcome


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


def _import_in_workers(batches, matcher, max_bytes, workers):
    """Parse and write `batches` in worker processes; each batch's `_BatchOutcome`, in order.

    Every worker parses a batch, then waits for its turn and writes it: the batches are written
    one at a time and in file order, exactly as one process would write them, while the other
    workers parse theirs. Parsing is most of the work, so two workers keep two cores busy.

    Which file first brought each URL is kept in a small SQLite file that only the worker whose
    turn it is touches. Only a bounded number of batches is in flight, so memory does not grow
    with the run. A worker that dies (killed, out of memory) stops the run with
    `BrokenProcessPool` (the pool ends the others, which may be waiting for their turn).
    """
    # Forked, a worker starts in milliseconds with Django, the settings and the matcher there.
    context = multiprocessing.get_context("fork")
    turn = context.Condition()
    next_batch = context.Value("q", 1, lock=False)  # position of the next batch to write
    # Connections must not be shared with forked processes: each worker opens its own.
    connections.close_all()
    with (
        tempfile.TemporaryDirectory(prefix="policy-tracker-import-") as folder,
        ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(matcher, turn, next_batch, max_bytes, Path(folder) / "seen.sqlite3"),
        ) as pool,
    ):
        # If a batch raises, the batches already handed out still run to the end before the
        # error goes on up: one that waits for its turn needs every batch before it to finish,
        # so none may be cancelled.
        pending = deque()
        for start, jobs in batches:
            pending.append(pool.submit(_import_batch_in_worker, start, jobs))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


class _Worker:
    """What a worker process is handed once, when it starts (see `_start_worker`)."""

    matcher = None
    turn = None  # a Condition, notified whenever a batch has been written
    next_batch = None  # shared: the position of the first document of the next batch to write
    first_sources = None
    max_bytes = None


def _start_worker(matcher, turn, next_batch, max_bytes, seen_path):
    _Worker.matcher, _Worker.turn, _Worker.next_batch = matcher, turn, next_batch
    _Worker.max_bytes = max_bytes
    _Worker.first_sources = _FirstSources(_SeenOnDisk(seen_path), max_bytes)
    # The worker's database connection stays open from one batch to the next, and is closed
    # when the worker exits. Closing it after each batch cost a reconnection per batch and,
    # on SQLite, a checkpoint of the whole write-ahead log whenever no other connection was
    # open at that moment (the last connection to close checkpoints it).
    multiprocessing.util.Finalize(None, connections.close_all, exitpriority=10)


def _import_batch_in_worker(start, jobs):
    results = read_documents(jobs, max_bytes=_Worker.max_bytes, matcher=_Worker.matcher)
    with _Worker.turn:
        _Worker.turn.wait_for(lambda: _Worker.next_batch.value == start)
    try:
        return _store_batch(start, jobs, results, _Worker.matcher, _Worker.first_sources)
    finally:
        with _Worker.turn:
            _Worker.next_batch.value = start + len(jobs)
            _Worker.turn.notify_all()


class _SeenOnDisk:
    """The first file of a run to claim each URL hash, in a SQLite file of its own.

    Memory stays flat however long the run, and worker processes share the file: only the one
    whose turn it is to write reads or changes it, so it needs no locking of its own.
    """

    def __init__(self, path):
        self.path = path
        self.database = None

    def first_claims(self, claims):
        """For each `(key, position, path, source)` claim, in order: `(position, path, source)`
        of the first claim on its key, which is the claim itself if no earlier one was made."""
        if self.database is None:  # opened where it is used, never carried across a fork
            self.database = sqlite3.connect(self.path, isolation_level=None)
            self.database.execute("PRAGMA journal_mode=OFF")
            self.database.execute("PRAGMA synchronous=OFF")
            self.database.execute(
                "CREATE TABLE IF NOT EXISTS seen "
                "(hash INTEGER PRIMARY KEY, position INTEGER, path TEXT, source TEXT)"
            )
        # One transaction for the batch's claims, made in file order: the first one wins.
        self.database.execute("BEGIN")
        self.database.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)", claims)
        self.database.execute("COMMIT")
        firsts = {}
        for chunk in _batched({claim[0] for claim in claims}, _IN_CHUNK):
            rows = self.database.execute(
                "SELECT hash, position, path, source FROM seen "  # noqa: S608 - placeholders only
                f"WHERE hash IN ({', '.join(['?'] * len(chunk))})",
                chunk,
            )
            firsts.update((key, first) for key, *first in rows)
        return [tuple(firsts[claim[0]]) for claim in claims]

    def close(self):
        if self.database is not None:
            self.database.close()
            self.database = None


def _batched(items, size):
    items = iter(items)
    while chunk := tuple(itertools.islice(items, size)):
        yield chunk


class _FirstSources:
    """Which file of this run first brought each canonical URL.

    Kept on disk (`_SeenOnDisk`), so that memory does not grow with the run and worker processes
    can share it. When a URL comes back, the file that first brought it is re-read, which rules
    out two URLs that merely share a hash.
    """

    def __init__(self, seen, max_bytes):
        self.seen = seen
        self.max_bytes = max_bytes

    def claim_all(self, claims):
        """For each `(url, position, path, source)` of a batch, in file order: None if `url` is
        new to this run, else the name of the file that brought it first.

        A file named twice on the command line is not its own duplicate.
        """
        hashed = [
            (_url_hash(url), position, str(path), source) for url, position, path, source in claims
        ]
        firsts = self.seen.first_claims(hashed)
        return [
            self._first_source(url, position, source, first)
            for (url, position, _path, source), first in zip(claims, firsts, strict=True)
        ]

    def _first_source(self, url, position, source, first):
        first_position, first_path, first_source = first
        if first_position == position or first_source == source:
            return None
        with contextlib.suppress(Exception):  # changed or gone since: not the same article
            if read_document(Path(first_path), max_bytes=self.max_bytes).article.url == url:
                return first_source
        return None


def _url_hash(url):
    # The same in every process (`hash()` of text is salted per process), in 64 signed bits.
    return int.from_bytes(hashlib.blake2b(url.encode(), digest_size=8).digest(), signed=True)


def _finish_run(report):
    run = report.run
    run.finished_at = timezone.now()
    run.created, run.updated = report.created, report.updated
    run.unchanged, run.failed = report.unchanged, report.failed
    run.related_created = report.related_created
    run.save()
    run.record_failures(report.failures)


def update_rows(model, objects, field_names):
    """Save `field_names` of many rows with one prepared UPDATE run through executemany.

    `QuerySet.bulk_update` builds a CASE expression per field and row, which costs far more
    than the database work; values here are prepared by each field exactly as `save()` would.
    """
    if not objects:
        return
    fields = [model._meta.get_field(name) for name in field_names]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    # Only quoted identifiers from the model are interpolated; every value is a parameter.
    sql = (
        f"UPDATE {quote(model._meta.db_table)} SET {assignments} "  # noqa: S608
        f"WHERE {quote(model._meta.pk.column)} = %s"
    )
    prepare = _value_preparer(fields, _database(), adding=False)
    # In key order, so that the rows are found one after the other, not all over the table.
    rows = [[*prepare(obj), obj.pk] for obj in sorted(objects, key=lambda obj: obj.pk)]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


# Field types whose database value is the attribute itself when it has this Python type (or is
# None): Django's own preparation returns such values unchanged, so calling it for each is
# pure cost. A test holds this against `get_db_prep_save` for every field of Article.
_SENT_AS_IS = {"CharField": str, "TextField": str, "BooleanField": bool}


def _direct_adapter(model_field, database):
    """`(accepts, adapt)` for a field whose usual values Django adapts in one step of the
    backend: `adapt` is that step, for the values `accepts`; None for other fields.

    `get_db_prep_save` reaches the same step through several layers of checks meant for
    other values (expressions, lazy text, naive dates); for the usual values they change
    nothing, and skipping them saves a noticeable share of a batch's writing.
    """
    kind = model_field.get_internal_type()
    if kind == "DateTimeField" and settings.USE_TZ:
        # Aware ones only: a naive date and time takes Django's path, which warns about it.
        return _is_aware_datetime, database.ops.adapt_datetimefield_value
    if kind == "JSONField":
        encoder = model_field.encoder
        return _is_json_container, lambda value: database.ops.adapt_json_value(value, encoder)
    return None


def _is_aware_datetime(value):
    return type(value) is datetime.datetime and value.tzinfo is not None


def _is_json_container(value):
    return type(value) in (dict, list)


def _value_preparer(fields, database, *, adding):
    """A function giving an instance's values for `fields`, each as `save()` would send it.

    When `adding`, `pre_save` runs where a field has its own (auto_now dates fill in); then
    `get_db_prep_save` adapts the value (JSON, dates), except for values `_SENT_AS_IS` and
    those a `_direct_adapter` takes.
    """
    plan = []
    for model_field in fields:
        own_pre_save = adding and type(model_field).pre_save is not Field.pre_save
        as_is = None if own_pre_save else _SENT_AS_IS.get(model_field.get_internal_type())
        accepts, adapt = _direct_adapter(model_field, database) or (None, None)
        plan.append((model_field, model_field.attname, own_pre_save, as_is, accepts, adapt))

    def prepare(obj):
        values = []
        for model_field, attname, own_pre_save, as_is, accepts, adapt in plan:
            value = model_field.pre_save(obj, add=True) if own_pre_save else getattr(obj, attname)
            if as_is is not None and (value is None or type(value) is as_is):
                pass
            elif accepts is not None and accepts(value):
                value = adapt(value)
            else:
                value = model_field.get_db_prep_save(value, database)
            values.append(value)
        return values

    return prepare


def insert_rows(model, objects):
    """Insert new model instances with multi-row `INSERT ... RETURNING` and set their keys.

    What `bulk_create` does, without compiling an expression per value: every value is prepared
    by its field exactly as `save()` would (`pre_save` fills auto_now dates, `get_db_prep_save`
    adapts JSON and dates), then sent as a parameter. Both SQLite and PostgreSQL return the new
    keys in the order of the VALUES rows, which `bulk_create` relies on too.
    """
    if not objects:
        return
    meta = model._meta
    fields = [field for field in meta.concrete_fields if field is not meta.pk]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    row = f"({', '.join(['%s'] * len(fields))})"
    # SQLite allows 999 parameters a statement; PostgreSQL far more, but no need to go near it.
    largest = min(connection.ops.bulk_batch_size(fields, objects), 512)
    largest = 1 << (largest.bit_length() - 1)
    start = 0
    prepare = _value_preparer(fields, _database(), adding=True)
    with connection.cursor() as cursor:
        while start < len(objects):
            # Runs of power-of-two lengths: few distinct statements to prepare (see `_chunks`).
            size = min(largest, 1 << ((len(objects) - start).bit_length() - 1))
            chunk = objects[start : start + size]
            start += size
            params = [value for obj in chunk for value in prepare(obj)]
            # Only quoted identifiers from the model are interpolated; every value is a parameter.
            cursor.execute(
                f"INSERT INTO {quote(meta.db_table)} ({columns}) "  # noqa: S608
                f"VALUES {', '.join([row] * len(chunk))} RETURNING {quote(meta.pk.column)}",
                params,
            )
            for obj, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                obj.pk = pk
                obj._state.adding = False
                obj._state.db = connection.alias


def insert_links(model, field_names, rows):
    """Insert many rows of a link table, skipping rows already there, with one executemany.

    For tables whose rows are plain ids and short text (URLs, relations, many-to-many rows),
    building a model instance per row and compiling the bulk insert cost far more than the
    database work. `ON CONFLICT DO NOTHING` (SQLite and PostgreSQL alike) skips rows that break a
    unique constraint, as `bulk_create(ignore_conflicts=True)` did, but unlike SQLite's `INSERT
    OR IGNORE` it does not hide NOT NULL or CHECK violations.
    """
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in field_names)
    placeholders = ", ".join(["%s"] * len(field_names))
    # Only quoted identifiers from the model are interpolated; every value is a parameter.
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({columns}) "  # noqa: S608
        f"VALUES ({placeholders}) ON CONFLICT DO NOTHING"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _chunks(items, size=_IN_CHUNK):
    """`items`, sorted, in lists of a power-of-two length, the last item repeated to fill the
    list.

    A statement with a new number of parameters is new SQL text, which the driver prepares and
    keeps: sqlite3 caches 128 statements a connection, tens of KB each for long lists. With a
    handful of lengths the cache stops growing after the first batches, so memory stays flat
    however many documents a run reads. Repeating an item changes nothing for `IN (...)`.

    Sorted, each statement's values are neighbours in the index it searches, so its lookups
    walk one stretch of that index instead of pages all over it: measured on the 10,000
    corpus, a batch's URL lookups took half the time.
    """
    items = sorted(items)
    for start in range(0, len(items), size):
        chunk = items[start : start + size]
        length = 1 << (len(chunk) - 1).bit_length()
        yield chunk + chunk[-1:] * (length - len(chunk))


def _database():
    """The connection itself: `django.db.connection` is a proxy that looks it up again (through
    thread-local storage) on every attribute access, and fields read it once per value."""
    return connections[DEFAULT_DB_ALIAS]


def _column(model, field_name):
    return connection.ops.quote_name(model._meta.get_field(field_name).column)


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


def _delete_where_in(model, field_name, values):
    """DELETE the rows whose `field_name` is among `values` (raw, so the padding survives)."""
    quote = connection.ops.quote_name
    column = _column(model, field_name)
    with connection.cursor() as cursor:
        for chunk in _chunks(values):
            cursor.execute(
                f"DELETE FROM {quote(model._meta.db_table)} "  # noqa: S608 - quoted names only
                f"WHERE {column} IN ({_placeholders(chunk)})",
                chunk,
            )


class _BatchWriter:
    def __init__(self, matcher, report):
        self.matcher = matcher
        self.report = report

    def write(self, documents):
        """Write `documents` atomically; on failure, retry each alone to isolate the bad one."""
        if not documents:
            return
        try:
            with transaction.atomic():
                tally = _Batch(documents, self.matcher).write()
        except Exception as exc:
            if len(documents) > 1:
                for document in documents:
                    self.write([document])
                return
            logger.debug("Could not save %s", documents[0].source, exc_info=True)
            self.report.fail(documents[0].source, f"could not be saved ({exc})")
            return
        self.report.add(tally)


@dataclass(frozen=True, slots=True)
class _StoredAsIs:
    """A stored article that this batch only links to, known by its key alone.

    Related items recur in many documents, and one that has nothing to add to the stored article
    (see `_StoredGaps`) leaves its row as it is; reading it whole was a third of a batch's work.
    """

    pk: int


class _StoredGaps:
    """Which of a stored article's fields are empty, read with its fingerprint (see `sql`).

    Enough to tell whether merging a related item into it would change it: a related item only
    fills empty fields (`_Batch._merge` with `overwrite=False`).
    """

    __slots__ = ("date_needs_review", "empty", "no_provider")

    def __init__(self, no_provider, date_needs_review, *empty):
        self.no_provider = bool(no_provider)
        self.date_needs_review = bool(date_needs_review)
        self.empty = tuple(map(bool, empty))  # one flag per name in _COPIED_FIELDS

    # When each copied field counts as empty (a value in _EMPTY), in SQL. JSON is compared as
    # text, which both SQLite (text) and PostgreSQL (jsonb, from an untyped literal) accept.
    _EMPTY_JSON = "{} IN ('[]', '{{}}', '\"\"', 'null')"
    _EMPTY_SQL = {
        "title": "{} = ''", "published_at": "{} IS NULL", "excerpt": "{} = ''", "body": "{} = ''",
        "quality": "{} IS NULL", "heat": "{} IS NULL", "feed_published": "{} IS NULL",
        "images": _EMPTY_JSON, "feed_metadata": _EMPTY_JSON,
    }  # fmt: skip

    @classmethod
    def sql(cls, table):
        def column(name):
            return f"{table}.{_column(Article, name)}"

        flags = [f"{column('provider')} IS NULL", column("date_needs_review")]
        flags += [cls._EMPTY_SQL[name].format(column(name)) for name in _COPIED_FIELDS]
        return ", ".join(flags)

    def filled_by(self, parsed):
        """Whether merging `parsed` as a related item would change the stored article."""
        for name, empty in zip(_COPIED_FIELDS, self.empty, strict=True):
            if empty and getattr(parsed, name) not in _EMPTY:
                return True
        if self.no_provider and parsed.provider and parsed.provider.domain:
            return True
        published_empty = self.empty[_COPIED_FIELDS.index("published_at")]
        return self.date_needs_review != published_empty


class _Batch:
    """One batch of parsed documents and the bulk writes that store them."""

    def __init__(self, documents, matcher):
        self.documents = documents
        self.matcher = matcher
        self.tally = _Tally()
        self.now = timezone.now()
        self.known = {}  # lookup URL -> Article (stored, or new in this batch)
        self.new_articles = []
        self.changed = {}  # id(article) -> article, stored articles to update
        self.url_rows = []  # (article, url, kind)
        self.relations = {}  # (id(main), id(related)) -> (main, related, position)
        self.topic_rows = []  # (article, topic names)
        self.relinked_mains = []  # stored main articles whose relations and topics are replaced
        self.mention_targets = {}  # id(article) -> (article, parsed article last merged into it)

    def write(self):
        self._load_known_articles()
        self.providers = self._get_or_create_providers()
        for document in self.documents:
            self._apply_document(document)
        self._save_articles()
        self._save_urls()
        self._save_relations_and_topics()
        self._save_mentions()
        announce_imported([*self.new_articles, *self.relinked_mains])
        return self.tally

    # -- reading what is already stored ---------------------------------------------------------

    def _parsed_articles(self):
        for document in self.documents:
            yield document.article
            yield from document.related

    def _load_known_articles(self):
        """Find the stored articles this batch refers to, and set aside unchanged documents.

        The first query reads only ids and fingerprints (hash, matcher version), so documents
        stored exactly as they are drop out without their rows being loaded: a re-run of an
        unchanged corpus reads one narrow query per batch. Only articles the remaining documents
        touch are loaded in full.
        """
        keys = {key for parsed in self._parsed_articles() for key in parsed.lookup_keys}
        fingerprints = {}  # url -> (article id, origin, content hash, matcher version)
        gaps = {}  # article id -> _StoredGaps
        quote = connection.ops.quote_name
        url, article = _column(ArticleURL, "url"), _column(ArticleURL, "article")
        fields = [_column(Article, name) for name in ("id", "origin", "content_hash")]
        fields.append(_column(Article, "matcher_version"))
        # Raw SQL because the ORM would drop the repeated items that `_chunks` pads with.
        select = (
            f"SELECT u.{url}, {', '.join(f'a.{field}' for field in fields)}, "  # noqa: S608
            f"{_StoredGaps.sql('a')} "
            f"FROM {quote(ArticleURL._meta.db_table)} u "
            f"INNER JOIN {quote(Article._meta.db_table)} a ON a.{fields[0]} = u.{article} "
            f"WHERE u.{url} IN "
        )
        with connection.cursor() as cursor:
            for chunk in _chunks(keys):
                cursor.execute(f"{select}({_placeholders(chunk)})", chunk)
                for url, pk, origin, content_hash, matcher_version, *flags in cursor.fetchall():
                    fingerprints[url] = (pk, origin, content_hash, matcher_version)
                    gaps[pk] = _StoredGaps(*flags)
        self.stored_urls = set(fingerprints)
        self._set_aside_unchanged(fingerprints)

        article_ids = {}  # stored URL -> article id
        to_load = set()  # ids of the stored articles this batch may change
        for document in self.documents:
            for parsed in (document.article, *document.related):
                stored = [key for key in parsed.lookup_keys if key in fingerprints]
                article_ids.update((key, fingerprints[key][0]) for key in stored)
                if not stored:
                    continue
                pk, _origin, _hash, matcher_version = fingerprints[stored[0]]
                if (
                    parsed is document.article
                    or matcher_version != self.matcher.version
                    or gaps[pk].filled_by(parsed)
                ):
                    to_load.add(pk)
        stored = {}
        table, pk = quote(Article._meta.db_table), quote(Article._meta.pk.column)
        for chunk in _chunks(to_load):
            rows = Article.objects.raw(
                f"SELECT * FROM {table} WHERE {pk} IN ({_placeholders(chunk)})",  # noqa: S608
                chunk,
            )
            stored.update((article.pk, article) for article in rows)
        # One stand-in per article, whatever URL finds it: relations are told apart by identity.
        stand_ins = {pk: _StoredAsIs(pk) for pk in article_ids.values() if pk not in stored}
        self.known = {url: stored.get(pk) or stand_ins[pk] for url, pk in article_ids.items()}

    def _set_aside_unchanged(self, fingerprints):
        """Count and drop documents whose stored article has their hash and matcher version.

        An article that another document or related item of the batch also resolves to stays,
        so that `_apply_document` settles it in file order exactly as it would otherwise.
        """
        resolved = {}  # id(parsed article) -> stored fingerprint
        times_resolved = {}  # article id -> how many parsed articles of the batch resolve to it
        for parsed in self._parsed_articles():
            fingerprint = next(
                (fingerprints[key] for key in parsed.lookup_keys if key in fingerprints), None
            )
            if fingerprint:
                resolved[id(parsed)] = fingerprint
                times_resolved[fingerprint[0]] = times_resolved.get(fingerprint[0], 0) + 1
        remaining = []
        for document in self.documents:
            fingerprint = resolved.get(id(document.article))
            if fingerprint and times_resolved[fingerprint[0]] == 1:
                _pk, origin, stored_hash, matcher_version = fingerprint
                if (origin, stored_hash, matcher_version) == (
                    ArticleOrigin.DOCUMENT,
                    document.article.content_hash,
                    self.matcher.version,
                ):
                    self.tally.unchanged += 1
                    continue
            remaining.append(document)
        self.documents = remaining

    def _get_or_create_providers(self):
        wanted = {}
        for parsed in self._parsed_articles():
            if parsed.provider and parsed.provider.domain:
                wanted.setdefault(parsed.provider.domain, parsed.provider.name)
        providers = {p.domain: p for p in Provider.objects.filter(domain__in=wanted)}
        missing = [Provider(domain=d, name=n) for d, n in wanted.items() if d not in providers]
        if missing:
            Provider.objects.bulk_create(missing, ignore_conflicts=True)
            providers = {p.domain: p for p in Provider.objects.filter(domain__in=wanted)}
        return providers

    # -- merging parsed data into articles ----------------------------------------------------

    def _resolve(self, parsed):
        for key in parsed.lookup_keys:
            if key in self.known:
                return self.known[key]
        return None

    def _remember(self, article, parsed):
        # Only the addresses stored for it, as a later batch would find it in the database:
        # what a document resolves to must not depend on where the batches begin and end.
        for url, _kind in parsed.urls:
            self.known.setdefault(url, article)
        for url, kind in parsed.urls:
            if url not in self.stored_urls:
                self.url_rows.append((article, url, kind))
                self.stored_urls.add(url)

    def _apply_document(self, document):
        parsed = document.article
        article = self._resolve(parsed)
        if (
            article is not None
            and article.pk
            and id(article) not in self.changed
            and article.origin == ArticleOrigin.DOCUMENT
            and article.content_hash == parsed.content_hash
            and article.matcher_version == self.matcher.version
        ):
            self.tally.unchanged += 1
            return
        if article is None:
            article = Article(url=parsed.url, origin=ArticleOrigin.DOCUMENT)
            self.new_articles.append(article)
            self.tally.created += 1
        else:
            self.tally.updated += 1
            if article.pk:
                self.changed[id(article)] = article
                self.relinked_mains.append(article)
        self._merge(article, parsed, overwrite=True)
        article.origin = ArticleOrigin.DOCUMENT
        article.content_hash = parsed.content_hash
        article.source_file = document.source
        self._remember(article, parsed)
        self.topic_rows.append((article, parsed.topics))
        self.mention_targets[id(article)] = (article, parsed)

        for position, item in enumerate(document.related, start=1):
            related = self._resolve(item)
            if related is article:
                continue
            if isinstance(related, _StoredAsIs):
                pass  # it has nothing to take from this item: only the relation is new
            elif related is None:
                related = Article(
                    url=item.url,
                    origin=ArticleOrigin.RELATED,
                    content_hash=item.content_hash,
                    source_file=document.source,
                )
                self._merge(related, item, overwrite=True)
                self.new_articles.append(related)
                self.tally.related_created += 1
                self.mention_targets[id(related)] = (related, item)
            elif self._merge(related, item, overwrite=False) or (
                related.matcher_version != self.matcher.version
            ):
                # A related item only fills gaps: it never overwrites what a document said.
                if related.pk:
                    self.changed[id(related)] = related
                self.mention_targets[id(related)] = (related, item)
            self._remember(related, item)
            self.relations.setdefault((id(article), id(related)), (article, related, position))

    def _merge(self, article, parsed, *, overwrite):
        """Copy parsed values onto `article`; empty values never erase. True if anything changed."""
        changed = False
        for name in _COPIED_FIELDS:
            value = getattr(parsed, name)
            if value in _EMPTY:
                continue
            current = getattr(article, name)
            if (overwrite or current in _EMPTY) and current != value:
                setattr(article, name, value)
                changed = True
        provider = self.providers.get(parsed.provider.domain) if parsed.provider else None
        wants_provider = provider and (overwrite or article.provider_id is None)
        if wants_provider and article.provider_id != provider.pk:
            article.provider = provider
            changed = True
        needs_review = article.published_at is None
        if article.date_needs_review != needs_review:
            article.date_needs_review = needs_review
            changed = True
        return changed

    # -- bulk writes ----------------------------------------------------------------------------

    def _save_articles(self):
        for article, _parsed in self.mention_targets.values():
            article.matcher_version = self.matcher.version
        insert_rows(Article, self.new_articles)
        changed = list(self.changed.values())
        for article in changed:
            article.updated_at = self.now
        update_rows(Article, changed, _UPDATED_FIELDS)

    def _save_urls(self):
        # In the order of the unique index on URLs, which each new row goes into (see `_chunks`).
        rows = sorted((url, article.pk, kind) for article, url, kind in self.url_rows)
        insert_links(ArticleURL, ("url", "article", "kind"), rows)

    def _save_relations_and_topics(self):
        relinked = [article.pk for article in self.relinked_mains]
        _delete_where_in(ArticleRelation, "article", relinked)
        _delete_where_in(Article.topics.through, "article", relinked)
        insert_links(
            ArticleRelation,
            ("article", "related", "position"),
            [
                (main.pk, related.pk, position)
                for main, related, position in self.relations.values()
            ],
        )
        names = {name for _article, topics in self.topic_rows for name in topics}
        topics = {t.name: t for t in Topic.objects.filter(name__in=names)}
        missing = [Topic(name=name) for name in names if name not in topics]
        if missing:
            Topic.objects.bulk_create(missing, ignore_conflicts=True)
            topics = {t.name: t for t in Topic.objects.filter(name__in=names)}
        insert_links(
            Article.topics.through,
            ("article", "topic"),
            [(article.pk, topics[name].pk) for article, names in self.topic_rows for name in names],
        )

    def _save_mentions(self):
        OrganisationLink = Article.organisations.through
        JurisdictionLink = Article.jurisdictions.through
        new_pks = {article.pk for article in self.new_articles}
        organisation_rows, jurisdiction_rows, candidate_rows, relinked = [], [], [], []
        for article, parsed in self.mention_targets.values():
            text = (article.title, article.excerpt, article.body)
            if parsed.mentions is not None and text == (parsed.title, parsed.excerpt, parsed.body):
                mentions = parsed.mentions  # found by the parser, in this very text
            else:  # merged with what was stored: the text is not the parsed one
                mentions = self.matcher.find(mention_text(*text))
            for kind, pk in mentions:
                rows = {"organisation": organisation_rows, "jurisdiction": jurisdiction_rows}
                rows.get(kind, candidate_rows).append((article.pk, pk))
            if article.pk not in new_pks:
                relinked.append(article.pk)
        # Organisations the directory does not know yet are found or stored as candidates.
        candidates = organisations_for(candidate for _article, candidate in candidate_rows)
        organisation_rows.extend((pk, candidates[c]) for pk, c in candidate_rows)
        organisation_rows = sorted(set(organisation_rows))
        _delete_where_in(OrganisationLink, "article", relinked)
        _delete_where_in(JurisdictionLink, "article", relinked)
        insert_links(OrganisationLink, ("article", "organisation"), organisation_rows)
        insert_links(JurisdictionLink, ("article", "jurisdiction"), jurisdiction_rows)
