"""Faults: `kill -9` an import at many moments, re-run it, and compare with a clean import;
kill the web or task worker handling an admin upload; kill a gunicorn worker during requests;
load the site at saturation while an import writes.

    python bench/bench_faults.py                      # 2,000 documents, 15 kill points a database
    python bench/bench_faults.py --quick              # 600 documents, 6 kill points, 20 s of load
    python bench/bench_faults.py --databases sqlite   # one database only

For each database (SQLite in WAL mode, PostgreSQL at $BENCH_POSTGRES_URL or 127.0.0.1:5432, in
databases named $BENCH_POSTGRES_PREFIX_*, by default pt_reliability_faults_*):
a clean import of a generated corpus (`generate_corpus.py`) gives the reference digest; then
each kill point starts the same import into an empty database, kills it with SIGKILL at a
moment spread across the run (the main process, one worker, or the whole process group, in
turn; the corpus is large enough that two workers parse and write), checks that no worker
outlives the main process, runs the import again to the end, and compares the database with
the clean import: row counts and a digest of the articles, their URLs, relations, topics and
mentions, and the suggestions (import runs and timestamps aside). It prints
"kill points survived N/N" per database.

Then an upload of 300 generated documents is sent to the admin through gunicorn, and the web
worker receiving it, the web worker storing it, or the task worker importing it (in the middle
of each of its three batches) is killed; what is left is checked and the upload sent again
(`faults_upload.py`). It prints "upload kills survived N/N" per database.

Then gunicorn serves the imported SQLite database: one of its workers is killed with SIGKILL
while clients send requests (what the clients saw is counted), and wrk (/usr/bin/wrk) loads the
timeline and a filtered page at saturation while an import of the corpus writes to the same
database: non-2xx responses, "database is locked" in the server's log, and latency percentiles
(`faults_web.py`).
"""

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.processes import alive, children  # noqa: E402 (after the path is set)

PYTHON = sys.executable
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
# The PostgreSQL databases it makes (and drops) are named with this prefix.
POSTGRES_PREFIX = os.environ.get("BENCH_POSTGRES_PREFIX", "pt_reliability_faults")
KILL_TARGETS = ("main process", "one worker", "process group")
HANG_SECONDS = 120  # an import whose worker was killed must end on its own within this
HUNG = f"; HUNG: the import had not ended {HANG_SECONDS} s after the kill, its group was killed"


def environment(database_url, **extra):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-faults-not-secret",
        "DJANGO_HTTPS": "0",
        "DJANGO_RATELIMIT_ENABLE": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        **extra,
    }


def manage(database_url, *arguments, check=True, **options):
    command = [PYTHON, "manage.py", *arguments]
    return subprocess.run(  # noqa: S603 - our own command, arguments made here
        command, cwd=ROOT, env=environment(database_url), check=check, **options
    )


# -- databases: an empty migrated one is made once, then copied for each run --------------------


class SQLiteDatabases:
    name = "SQLite"

    def __init__(self, folder):
        self.folder = folder
        self.template = folder / "template.sqlite3"
        manage(self.url(self.template), "migrate", "--noinput", "-v0")

    @staticmethod
    def url(path):
        return f"sqlite:///{path}"

    def fresh(self, name):
        target = self.folder / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.template, target)
        return self.url(target)


class PostgresDatabases:
    name = "PostgreSQL"

    def __init__(self, _folder):
        self.template = f"{POSTGRES_PREFIX}_template"
        self._sql(f"DROP DATABASE IF EXISTS {self.template}")
        self._sql(f"CREATE DATABASE {self.template}")
        manage(f"{POSTGRES_URL}/{self.template}", "migrate", "--noinput", "-v0")

    @staticmethod
    def _sql(statement):
        import psycopg

        with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as connection:
            connection.execute(statement)

    def fresh(self, name):
        database = f"{POSTGRES_PREFIX}_{name}".replace("-", "_")
        self._sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        self._sql(f"CREATE DATABASE {database} TEMPLATE {self.template}")
        return f"{POSTGRES_URL}/{database}"


# -- the digest of what an import stored ---------------------------------------------------------

DIGEST_SCRIPT = """
import hashlib, json, django
django.setup()
from articles.models import Article, ArticleRelation, ArticleURL
from suggestions.models import Suggestion

def rows(queryset, *fields):
    return sorted(json.dumps(row, default=str) for row in queryset.values_list(*fields))

tables = {
    "articles": rows(Article.objects, "url", "title", "excerpt", "body", "published_at",
                     "origin", "content_hash", "source_file", "provider__domain", "quality"),
    "urls": rows(ArticleURL.objects, "article__url", "url", "kind"),
    "relations": rows(ArticleRelation.objects, "article__url", "related__url", "position"),
    "topics": rows(Article.topics.through.objects, "article__url", "topic__name"),
    "organisation mentions": rows(
        Article.organisations.through.objects, "article__url", "organisation__slug"),
    "place mentions": rows(
        Article.jurisdictions.through.objects, "article__url", "jurisdiction__slug"),
    "suggestions": rows(Suggestion.objects, "article__url", "related_index", "action_type",
                        "status", "date", "jurisdiction__slug", "evidence", "confidence"),
}
print(json.dumps({name: [len(values), hashlib.sha256("\\n".join(values).encode()).hexdigest()]
                  for name, values in tables.items()}))
"""


def digest(database_url):
    completed = subprocess.run(  # noqa: S603 - our own script
        [PYTHON, "-c", DIGEST_SCRIPT],
        cwd=ROOT,
        env={**environment(database_url), "DJANGO_SETTINGS_MODULE": "tracker.settings"},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


# -- importing, and killing an import -----------------------------------------------------------


def start_import(database_url, corpus):
    return subprocess.Popen(  # noqa: S603 - our own command
        [PYTHON, "manage.py", "import_seeds", str(corpus), "--no-curated", "-v0"],
        cwd=ROOT,
        env=environment(database_url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, to kill the group at once
    )


def newest_run(database_url, columns="done, total"):
    """`columns` of the newest import run in the database, read without Django (by default
    (done, total)); None before there is one."""
    query = f"SELECT {columns} FROM articles_importrun ORDER BY id DESC LIMIT 1"  # noqa: S608
    if database_url.startswith("sqlite:///"):
        import sqlite3

        path = database_url.removeprefix("sqlite:///")
        with contextlib.closing(
            sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        ) as db:
            return db.execute(query).fetchone()
    import psycopg

    with psycopg.connect(database_url.replace("postgres://", "postgresql://")) as db:
        return db.execute(query).fetchone()


def kill_at(process, database_url, fraction, target):
    """SIGKILL `target` of the import `process` once `fraction` of its documents are written
    (as its run counts them); what was running then."""
    while process.poll() is None:
        with contextlib.suppress(Exception):  # the database may be busy: ask again
            progress = newest_run(database_url)
            if progress and progress[1] and progress[0] >= fraction * progress[1]:
                break
        time.sleep(0.05)
    workers = children(process.pid)
    if process.poll() is not None:
        return {
            "killed": "nothing: the import had ended",
            "workers": 0,
            "orphans": 0,
            "hung": False,
        }
    hung = False
    if target == "one worker" and workers:
        os.kill(workers[0], signal.SIGKILL)
        try:  # the pool breaks and the run stops on its own, in seconds
            process.wait(timeout=HANG_SECONDS)
        except subprocess.TimeoutExpired:
            hung = True
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        victim = "one worker"
    elif target == "process group":
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        victim = "process group"
    else:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        victim = "main process"
    deadline = time.monotonic() + 5
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    orphans = [pid for pid in workers if alive(pid)]
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    return {"killed": victim, "workers": len(workers), "orphans": len(orphans), "hung": hung}


def timed_import(database_url, corpus):
    started = time.monotonic()
    completed = manage(
        database_url, "import_seeds", str(corpus), "--no-curated", "-v0",
        check=False, capture_output=True, text=True,
    )  # fmt: skip
    return time.monotonic() - started, completed


def kill_points(databases, corpus, points, reference):
    survived = missed = 0
    for number in range(points):
        # From before the first batch is written to the last ones, by documents written.
        fraction = 0.9 * number / max(points - 1, 1)
        target = KILL_TARGETS[number % len(KILL_TARGETS)]
        database_url = databases.fresh(f"kill{number}")
        process = start_import(database_url, corpus)
        outcome = kill_at(process, database_url, fraction, target)
        seconds, completed = timed_import(database_url, corpus)
        same = digest(database_url) == reference
        if outcome["killed"].startswith("nothing"):
            missed += 1  # not a kill point: counted apart, so N/N counts only real kills
        else:
            survived += same and not outcome["orphans"] and not outcome["hung"]
        print(
            f"  {databases.name} kill {number + 1:>2}/{points} at {fraction:4.0%} of the documents "
            f"({outcome['killed']}, {outcome['workers']} workers running, "
            f"{outcome['orphans']} outlived it{HUNG if outcome['hung'] else ''}); "
            f"re-run {seconds:5.1f} s, exit "
            f"{completed.returncode}: {'equal to the clean import' if same else 'DIFFERENT'}",
            flush=True,
        )
        if not same or completed.returncode:
            print(completed.stdout[-1500:], completed.stderr[-1500:])
    line = f"{databases.name}: kill points survived {survived}/{points - missed}"
    if missed:
        line += f" ({missed} more came after the import had ended, and are not counted)"
    print(line, flush=True)
    return line


def main():
    # Both use this module's helpers, so they are imported once it is loaded.
    from faults_upload import upload_kills
    from faults_web import load_with_writes, worker_kill

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="600 documents, 6 kill points")
    parser.add_argument("--documents", type=int, help="corpus size (default 2,000)")
    parser.add_argument("--kill-points", type=int, help="kill points a database (default 15)")
    parser.add_argument("--load-seconds", type=int, help="wrk run per page (default 60)")
    parser.add_argument("--upload-documents", type=int, default=300, help="upload's size")
    parser.add_argument("--databases", default="sqlite,postgres")
    arguments = parser.parse_args()
    documents = arguments.documents or (600 if arguments.quick else 2000)
    points = arguments.kill_points or (6 if arguments.quick else 15)
    load_seconds = arguments.load_seconds or (20 if arguments.quick else 60)

    began = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    corpus = folder / "corpus"
    subprocess.run(  # noqa: S603 - our own generator
        [PYTHON, str(ROOT / "bench" / "generate_corpus.py"), str(documents), str(corpus)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    upload_corpus = folder / "upload-corpus"
    subprocess.run(  # noqa: S603 - our own generator
        [PYTHON, str(ROOT / "bench" / "generate_corpus.py"), str(arguments.upload_documents),
         str(upload_corpus), "--seed", "2"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    # DEBUG off needs the collected static files' manifest to render pages.
    manage("sqlite:///unused", "collectstatic", "--noinput", "-v0")
    print(f"{documents:,} documents, {points} kill points a database; working in {folder}")
    summary = []
    kinds = {"sqlite": SQLiteDatabases, "postgres": PostgresDatabases}
    for key in arguments.databases.split(","):
        databases = kinds[key](folder)
        clean_url = databases.fresh("clean")
        seconds, completed = timed_import(clean_url, corpus)
        reference = digest(clean_url)
        counts = ", ".join(f"{count:,} {name}" for name, (count, _hash) in reference.items())
        print(
            f"{databases.name}: clean import {seconds:.1f} s, exit {completed.returncode}: {counts}"
        )
        again_seconds, _ = timed_import(clean_url, corpus)
        print(f"{databases.name}: a second run over it {again_seconds:.1f} s, digest "
              f"{'unchanged' if digest(clean_url) == reference else 'CHANGED'}")  # fmt: skip
        summary.append(kill_points(databases, corpus, points, reference))
        batches = (2,) if arguments.quick else (1, 2, 3)  # the task worker killed in each
        summary.append(upload_kills(databases, upload_corpus, folder, batches))
        load_url = databases.fresh("load")
        timed_import(load_url, corpus)
        # The load's import writes a second copy of the corpus: other file names, same news
        # updated, so every batch writes.
        second = folder / "corpus-again"
        subprocess.run(  # noqa: S603 - our own generator
            [PYTHON, str(ROOT / "bench" / "generate_corpus.py"), str(documents), str(second),
             "--seed", "1"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        load_with_writes(load_url, second, folder, load_seconds, databases.name)
        if key == "sqlite":
            worker_kill(load_url, folder)
    print("\n".join(summary))
    print(f"bench-faults took {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
