"""Imports through worker processes (`articles.import_workers`): what they store is what one
process stores, a document that breaks or fails in a worker is named and only it is lost, a
worker that dies stops the import, and when an import uses workers at all."""

import multiprocessing
import os
import shutil
import time
from concurrent.futures.process import BrokenProcessPool

import pytest
from django.conf import settings
from django.db import connection, transaction

from articles import import_storage, import_workers, parsing
from articles.importer import import_documents
from articles.models import Article, ArticleOrigin
from directory.loading import load_reference_records
from tests.articles.import_helpers import snapshot
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def copy_seeds(folder):
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    return folder


def test_documents_imported_by_workers_are_stored_as_in_process(transactional_db):
    load_reference_records(settings.CURATED_FIXTURES_DIR)  # so that mentions are found
    import_documents([SEEDS], workers=0)
    in_process = snapshot()
    assert any(mentions for *_rest, mentions in in_process.values())
    Article.objects.all().delete()
    # One document a batch, two workers: every batch waits for the one before it.
    report = import_documents([SEEDS], workers=2, batch_size=1)
    assert (report.created, report.related_created, report.failed) == (5, 25, 0)
    assert snapshot() == in_process


needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the worker sees the patched parser only when forked",
)


@needs_fork
def test_a_file_that_breaks_the_parser_in_a_worker_is_named_and_the_others_import(
    tmp_path, transactional_db, monkeypatch
):
    folder = copy_seeds(tmp_path)
    (folder / "002_broken.txt").write_text("---\ntitle: never closed\n")
    original = parsing.parse_feed

    def crash_on_usa_today(text, source, **kwargs):
        if "usatoday" in text:
            raise RuntimeError(f"parser bug in process {os.getpid()}")
        return original(text, source, **kwargs)

    monkeypatch.setattr(parsing, "parse_feed", crash_on_usa_today)
    report = import_documents([folder], workers=1)
    failures = dict(report.failures)
    assert failures[f"{folder.name}/002_broken.txt"].startswith("front matter opened with '---'")
    usa_today = f"{folder.name}/004_0d630b348f8e7dfc.txt"
    assert failures[usa_today].startswith("could not be read (RuntimeError: parser bug in process")
    assert not failures[usa_today].endswith(f"process {os.getpid()})")  # it was a worker
    assert (report.created, report.failed) == (4, 2)


@needs_fork
def test_a_duplicate_written_by_another_worker_names_the_first_file(
    tmp_path, transactional_db, monkeypatch
):
    shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "a.txt")
    shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "b.txt")
    shutil.copy(SEEDS / "001_d826b352664ae778.txt", tmp_path / "c.txt")
    writers = tmp_path / "writers.log"
    original = import_workers.store_batch

    def slow_first_batch(results, *args):
        if results[0][0].endswith("a.txt"):
            time.sleep(0.5)  # so that the other worker takes the next batch meanwhile
        with writers.open("a") as log:
            log.write(f"{results[0][0]} {os.getpid()}\n")
        return original(results, *args)

    monkeypatch.setattr(import_workers, "store_batch", slow_first_batch)
    report = import_documents([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"],
                              batch_size=1, workers=2)  # fmt: skip
    writer = dict(line.split() for line in writers.read_text().splitlines())
    # Files named one by one outside the project are labelled by their own names.
    assert writer["a.txt"] != writer["b.txt"]
    assert (report.created, report.failed) == (2, 1)
    ((source, problem),) = report.failures
    assert source == "b.txt"
    assert problem.startswith("same article as a.txt (https://")


@needs_fork
def test_a_batch_that_fails_in_a_worker_loses_only_the_bad_document(
    tmp_path, transactional_db, monkeypatch
):
    folder = copy_seeds(tmp_path)
    original = import_storage.write_plan

    def fail_on_usa_today(plan, run_id):
        original(plan, run_id)
        if any("usatoday" in row["url"] for row in plan.rows):
            raise RuntimeError("disk full")

    monkeypatch.setattr(import_storage, "write_plan", fail_on_usa_today)
    report = import_documents([folder], workers=2, batch_size=2)
    ((source, problem),) = report.failures
    assert source.endswith("004_0d630b348f8e7dfc.txt")
    assert problem == "could not be saved (disk full)"
    assert report.created == 4
    assert Article.objects.filter(origin=ArticleOrigin.DOCUMENT).count() == 4
    assert not Article.objects.filter(url__contains="usatoday").exists()


@pytest.mark.parametrize(
    ("documents", "cores", "workers"),
    [(10_000, 1, 0), (199, 8, 0), (200, 2, 2), (10_000, 8, 2)],
)
def test_large_imports_on_several_cores_parse_in_workers(monkeypatch, documents, cores, workers):
    monkeypatch.setattr(import_workers, "usable_cores", lambda: cores)
    assert import_workers.default_workers(documents) == workers


def test_usable_cores_are_those_this_process_may_run_on():
    if hasattr(os, "sched_getaffinity"):
        assert import_workers.usable_cores() == len(os.sched_getaffinity(0))
    assert 1 <= import_workers.usable_cores() <= (os.cpu_count() or 1)


def test_workers_write_only_outside_a_transaction_and_to_a_database_they_can_open(
    transactional_db, monkeypatch
):
    assert import_workers.workers_can_write()
    with transaction.atomic():
        assert not import_workers.workers_can_write()
    if connection.vendor == "sqlite":
        monkeypatch.setattr(connection, "is_in_memory_db", lambda: True)
        assert not import_workers.workers_can_write()


def test_a_dry_run_asked_for_workers_works_in_process_and_keeps_nothing(transactional_db):
    report = import_documents([SEEDS], dry_run=True, workers=2)
    assert (report.created, report.related_created, report.failed) == (5, 25, 0)
    assert not Article.objects.exists()


@needs_fork
def test_a_worker_that_dies_stops_the_import_instead_of_leaving_it_waiting(
    tmp_path, transactional_db, monkeypatch
):
    folder = copy_seeds(tmp_path)
    original = parsing.parse_feed

    def die_on_usa_today(text, source, **kwargs):
        if "usatoday" in text:
            os._exit(1)  # as the kernel's out-of-memory killer would end it
        return original(text, source, **kwargs)

    monkeypatch.setattr(parsing, "parse_feed", die_on_usa_today)
    with pytest.raises(BrokenProcessPool):
        import_documents([folder], workers=2, batch_size=1)


def test_a_second_run_through_workers_changes_nothing(transactional_db):
    import_documents([SEEDS], workers=2, batch_size=1)
    before = snapshot()
    report = import_documents([SEEDS], workers=2, batch_size=1)
    assert (report.unchanged, report.created, report.updated, report.failed) == (5, 0, 0, 0)
    assert snapshot() == before
