"""`kill -9` of a real import process: its workers die with it, its run is shown and then
recorded as interrupted, and running the import again stores everything once."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from articles.import_runs import ImportRunState
from articles.importer import import_documents
from articles.models import Article, ArticleURL, ImportRun
from core.processes import alive, children
from tests.waiting import wait_until

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

IMPORT = """
import sys, django
django.setup()
from articles.importer import import_documents
import_documents([sys.argv[1]], workers=2, batch_size=2)
"""


def database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    generator = Path(settings.BASE_DIR) / "bench" / "generate_corpus.py"
    subprocess.run(  # noqa: S603 - our own script, with arguments made here
        [sys.executable, str(generator), "300", str(folder), "--seed", "3"],
        check=True,
        capture_output=True,
    )
    return folder


def test_a_killed_import_takes_its_workers_with_it_and_a_rerun_completes(corpus):
    environment = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_DEBUG": "1"}
    parent = subprocess.Popen(  # noqa: S603 - our own script, with arguments made here
        [sys.executable, "-c", IMPORT, str(corpus)], cwd=settings.BASE_DIR, env=environment
    )
    try:
        assert wait_until(lambda: len(children(parent.pid)) >= 2 or parent.poll() is not None, 120)
        assert parent.poll() is None, "the import ended before it could be killed"
        started = ImportRun.objects.filter(done__gt=0)
        assert wait_until(started.exists, 120), "nothing written"
        workers = children(parent.pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_until(lambda: not any(alive(worker) for worker in workers), 5)
    finally:
        parent.kill()
    written = Article.objects.count()
    time.sleep(1)
    assert Article.objects.count() == written  # nobody writes on after the parent died

    run = ImportRun.objects.get()
    assert run.state == ImportRunState.RUNNING  # as the killed process left it
    assert run.shown_state == ImportRunState.INTERRUPTED
    assert 0 < run.done < run.total == 300  # what the admin shows of how far it got

    report = import_documents([corpus], workers=0)
    run.refresh_from_db()
    assert run.state == ImportRunState.INTERRUPTED
    assert report.run.state == ImportRunState.FINISHED
    assert report.failed == 0
    assert report.created + report.updated + report.unchanged == 300
    canonical = ArticleURL.objects.filter(kind="canonical")
    assert canonical.count() == Article.objects.count()
