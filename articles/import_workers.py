"""Large imports shared by two worker processes, each parsing a batch and then writing it.

What they buy, measured with `bench/bench_import.py` (README, Benchmarks): parsing is most of
an import's work and writing must go one batch at a time, so while one worker writes, the
other parses. At 10,000 documents on two cores the import takes about half the time of one
process doing both: import / parse-only 1.34-1.39 against 2.78 in wall time on an idle machine
(2026-11-22), and 1.61-1.82 against 2.98-3.20 estimated from CPU time on a busy one
(2026-11-29).

Batches are written one at a time and in file order, as one process would write them: every
worker waits for its turn (`_Turn`) before it reads what is stored and writes. So the plan of
each batch sees every batch before it, and the result is what one process stores (tests compare
them). Only a bounded number of batches is in flight, so memory does not grow with the run. A
worker that dies (killed, out of memory) stops the run with `BrokenProcessPool`; when the
process that started the run dies (even by `kill -9`, which it cannot see coming), its workers
die with it (`_die_with_parent`) instead of writing on and then waiting forever for a turn.
"""

import ctypes
import ctypes.util
import multiprocessing
import multiprocessing.util
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor

from django.db import connection, connections

from core.database_memory import without_memory_map

from .import_storage import read_batch, store_batch

WORKER_END_POLL_SECONDS = 0.2
PARALLEL_THRESHOLD = 200  # documents; below this a worker process costs more than it saves
MAX_WORKERS = 2


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


def workers_can_write():
    """Whether worker processes, each with a connection of its own, can write for this one.

    Not inside a transaction open here (a dry run, a caller's atomic block), which their work
    could not be part of, nor to an in-memory SQLite database, which only this process sees.
    Workers are forked, so they start with Django set up as it is here; where processes cannot
    be forked (Windows), the import runs in-process.
    """
    if connection.in_atomic_block or "fork" not in multiprocessing.get_all_start_methods():
        return False
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


def import_in_workers(batches, matcher, run_id, max_bytes, workers):
    """Parse and store `(start, jobs)` batches in `workers` processes; each batch's
    `ImportReport`, in order. `start` is the position of the batch's first job in the run."""
    # Forked, a worker starts in milliseconds with Django, the settings and the matcher there.
    context = multiprocessing.get_context("fork")
    turn = context.Condition()
    next_batch = context.Value("q", 1, lock=False)  # position of the next batch to write
    # Connections must not be shared with forked processes: each worker opens its own.
    connections.close_all()
    others = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(_Turn(turn, next_batch), matcher, run_id, max_bytes, os.getpid()),
    )
    try:
        # If a batch raises, the batches already handed out still run to the end before the
        # error goes on up: one that waits for its turn needs every batch before it to finish,
        # so none may be cancelled.
        pending = deque()
        for start, jobs in batches:
            pending.append(pool.submit(_import_batch, start, jobs))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=False)
        _end_workers([child for child in multiprocessing.active_children() if child not in others])


def _end_workers(workers):
    """Wait for `workers` to end once the pool is shut down; if one of them died, kill the rest.

    A worker killed while it waits for work holds the lock of the queue work comes from (a
    multiprocessing queue is read under a lock), so the others would wait for that lock for ever
    instead of reading the word to stop, and the pool, which waits for them, would never shut
    down: an import killed this way at its last batch never ended (bench/bench_faults.py). Every
    batch has been written or given up by now, each whole or not at all, so killing is safe.
    """
    while any(worker.is_alive() for worker in workers):
        if any(worker.exitcode not in (None, 0) for worker in workers):
            for worker in workers:
                worker.kill()
        for worker in workers:
            worker.join(timeout=WORKER_END_POLL_SECONDS)


class _Turn:
    """Whose turn it is to write: the position of the first document of the next batch."""

    def __init__(self, condition, next_batch):
        self.condition, self.next_batch = condition, next_batch

    def wait_for(self, start):
        with self.condition:
            self.condition.wait_for(lambda: self.next_batch.value == start)

    def pass_on(self, start):
        with self.condition:
            self.next_batch.value = start
            self.condition.notify_all()


_worker = {}  # what a worker process is handed once, when it starts


def _start_worker(turn, matcher, run_id, max_bytes, parent_pid):
    _die_with_parent(parent_pid)
    _worker.update(turn=turn, matcher=matcher, run_id=run_id, max_bytes=max_bytes)
    # The worker's database connection stays open from one batch to the next, and is closed
    # when the worker exits. Closing it after each batch cost a reconnection per batch and,
    # on SQLite, a checkpoint of the whole write-ahead log whenever no other connection was
    # open at that moment (the last connection to close checkpoints it).
    multiprocessing.util.Finalize(None, connections.close_all, exitpriority=10)
    without_memory_map()  # its memory stays flat however large the database grows


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 0.5


def _die_with_parent(parent_pid):
    """End this worker as soon as `parent_pid` is gone.

    On Linux the kernel sends the signal (`prctl(PR_SET_PDEATHSIG)`), at once; elsewhere a
    thread looks every half second whether the parent changed. SIGKILL, because a worker may be
    waiting for its turn or in the middle of a batch: the batch's transaction is rolled back by
    the database, so the document being written is stored whole or not at all.
    """
    if sys.platform.startswith("linux") and _set_parent_death_signal(signal.SIGKILL):
        # The parent may have died before the signal was asked for: then it never comes.
        if os.getppid() != parent_pid:
            os._exit(1)
        return
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()


def _set_parent_death_signal(signal_number):
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal_number, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid):
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _import_batch(start, jobs):
    turn, matcher = _worker["turn"], _worker["matcher"]
    results = read_batch(jobs, matcher, _worker["max_bytes"])
    turn.wait_for(start)
    try:
        return store_batch(results, matcher, _worker["run_id"])
    finally:
        turn.pass_on(start + len(jobs))
