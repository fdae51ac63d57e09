"""An import worker killed while it waits for work: the import still ends.

A multiprocessing queue is read under a lock, so a worker waiting for work holds it; killed
then, it would leave the other worker waiting for that lock for ever, and the pool waiting for
that worker: the import never ended (found by bench/bench_faults.py, a worker killed at the
last batch). Two workers wait at the end of a run, one holding the lock: each is killed in turn.
"""

import multiprocessing
import os
import signal
import time

import pytest

from articles import importer
from articles.importer import import_documents
from articles.models import Article
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked"
)

ENDS_WITHIN_SECONDS = 60


def _fail_if_it_hangs(_signal, _frame):
    pytest.fail(f"the import had not ended {ENDS_WITHIN_SECONDS} s after a worker was killed")


@pytest.mark.parametrize("victim", [0, 1])
def test_an_import_ends_when_a_worker_is_killed_waiting_for_work(
    transactional_db, monkeypatch, victim
):
    real = importer.import_in_workers

    def killing_a_worker_after_the_last_batch(batches, *args, **kwargs):
        batches = list(batches)
        outcomes = real(iter(batches), *args, **kwargs)
        for number, outcome in enumerate(outcomes, start=1):
            if number == len(batches):
                workers = sorted(multiprocessing.active_children(), key=lambda p: p.pid)
                waiting_for_work(workers)
                os.kill(workers[victim].pid, signal.SIGKILL)
            yield outcome

    monkeypatch.setattr(importer, "import_in_workers", killing_a_worker_after_the_last_batch)
    previous = signal.signal(signal.SIGALRM, _fail_if_it_hangs)
    signal.alarm(ENDS_WITHIN_SECONDS)
    try:
        report = import_documents([SEEDS], workers=2, batch_size=1)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        for child in multiprocessing.active_children():
            child.kill()
    assert (report.created, report.failed) == (5, 0)
    assert Article.objects.count() == 5 + report.related_created


def waiting_for_work(workers, timeout=20.0):
    """Wait until every worker sleeps (in a lock or a read of the work queue)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = [_state(worker.pid) for worker in workers]
        if len(workers) == 2 and all(state == "S" for state in states):
            time.sleep(0.3)  # asleep twice in a row: waiting, not between two steps
            if all(_state(worker.pid) == "S" for worker in workers):
                return
        time.sleep(0.05)


def _state(pid):
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0]
