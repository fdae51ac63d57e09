"""Faults during an admin upload, for `bench_faults.py`: `kill -9` the gunicorn worker that
receives or stores an upload, or the task worker (`manage.py db_worker`) that imports it.

For each moment, gunicorn (two workers, as `make run`) serves a fresh database; a staff member
signs in and POSTs an upload of a generated corpus (over 2.5 MB, so Django receives it into
files in `IMPORT_UPLOAD_TEMP_DIR`). The web worker handling it is the one holding those files
open; it is killed once half the body is sent (receiving), or once the upload's folder appears
(storing the files). The task worker is killed with its import workers (`kill -9` of its
process group) in the middle of a batch: half a batch's time (from the clean import) after the
batch before it was written. A moment that comes after the import ended is counted apart. Then:

- what is stored equals a clean import of a whole number of the upload's batches (none for a
  web worker), read by the same digest as the kill points: nothing partial;
- no run is shown running, and once the clean-up the next import task does has run as an hour
  later (`articles.tasks.clean_up_after_killed_work`, its age limit at zero), no upload folder
  is left that no run names and no half-received file is left;
- the same upload sent again is imported by `db_worker --batch` to the end, and the database
  equals a clean upload's.

It prints "upload kills survived N/N" per database.
"""

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
from urllib.parse import urlsplit

import requests
from bench_faults import PYTHON, ROOT, alive, children, digest, environment, newest_run
from faults_web import gunicorn

BATCH = 100  # articles.importer.BATCH_SIZE: what a kill may leave is whole batches
WEB_MOMENTS = ("receiving", "storing the files")
PASSWORD = "bench-faults-password"  # noqa: S105 - a throwaway account in a throwaway database

STATE_SCRIPT = """
import json, sys
from datetime import timedelta
from pathlib import Path
import django
django.setup()
from django.conf import settings
from articles import tasks, uploads
from articles.models import ImportRun

if sys.argv[1] == "clean-up":  # as the next import task an hour later
    uploads.ORPHAN_AGE = timedelta(0)
    tasks.clean_up_after_killed_work()
receiving = Path(settings.FILE_UPLOAD_TEMP_DIR)
folders = Path(settings.IMPORT_UPLOAD_DIR)
runs = [{"state": r.state, "shown": r.shown_state, "upload": r.upload, "done": r.done,
         "total": r.total, "read": r.created + r.updated + r.unchanged, "failed": r.failed,
         "seconds": (r.finished_at - r.started_at).total_seconds() if r.finished_at else None}
        for r in ImportRun.objects.order_by("pk")]
named = {run["upload"] for run in runs}
print(json.dumps({
    "runs": runs,
    "half received": len(list(receiving.iterdir())) if receiving.exists() else 0,
    "orphan folders": [f.name for f in folders.iterdir() if f.is_dir()
                       and f != receiving and f.name not in named] if folders.exists() else [],
}))
"""

PREFIX_SCRIPT = """
import sys
from pathlib import Path
import django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from articles.tasks import import_upload, queue_import
from articles.uploads import store_upload

count = int(sys.argv[2])
files = [SimpleUploadedFile(path.name, path.read_bytes())
         for path in sorted(Path(sys.argv[1]).iterdir())[:count]]
if files:
    import_upload.call(queue_import(store_upload(files, 1), dry_run=False).pk)
"""


class Site:
    """A fresh database with a staff account, its upload folders, and gunicorn serving it."""

    def __init__(self, databases, name, folder):
        self.url = databases.fresh(name)
        name = f"{databases.name.lower()}-{name}"  # folders of its own on each database
        self.uploads = folder / f"uploads-{name}"
        self.receiving = folder / f"receiving-{name}"
        self.extra = {
            "IMPORT_UPLOAD_DIR": str(self.uploads),
            "IMPORT_UPLOAD_TEMP_DIR": str(self.receiving),
        }
        self.log = folder / f"gunicorn-{name}.log"
        create = (
            "import django; django.setup(); from django.contrib.auth.models import User; "
            f"User.objects.create_superuser('bench', 'bench@example.org', '{PASSWORD}')"
        )
        self.django("-c", create)

    def django(self, *arguments, capture=False):
        completed = subprocess.run(  # noqa: S603 - our own scripts
            [PYTHON, *arguments],
            cwd=ROOT,
            env=self.environment(),
            check=True,
            capture_output=capture,
            text=True,
        )
        return completed.stdout

    def environment(self):
        return {
            **environment(self.url, **self.extra),
            "DJANGO_SETTINGS_MODULE": "tracker.settings",
        }

    def state(self, clean_up=False):
        output = self.django("-c", STATE_SCRIPT, "clean-up" if clean_up else "look", capture=True)
        return json.loads(output.strip().splitlines()[-1])

    def import_queued(self):
        """Run `db_worker` until every queued upload is imported."""
        subprocess.run(  # noqa: S603 - our own command
            [PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload",
             "--interval", "0"],
            cwd=ROOT, env=self.environment(), check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def start_task_worker(self):
        return subprocess.Popen(  # noqa: S603 - our own command
            [PYTHON, "manage.py", "db_worker", "--no-startup-delay", "--no-reload"],
            cwd=ROOT, env=self.environment(), start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip


def signed_in(base):
    session = requests.Session()
    session.get(f"{base}/admin/login/", timeout=30)
    session.post(
        f"{base}/admin/login/",
        data={"username": "bench", "password": PASSWORD, "next": "/admin/",
              "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=30,
    )  # fmt: skip
    return session


def upload_request(session, base, files):
    data = {"csrfmiddlewaretoken": session.cookies["csrftoken"]}
    documents = [("documents", (name, content)) for name, content in files]
    request = requests.Request(
        "POST", f"{base}/admin/articles/importrun/upload/", files=documents, data=data
    )
    return session.prepare_request(request)


def send_upload(session, base, files):
    """POST the upload; True when it was stored and queued (its run's page followed)."""
    response = session.send(upload_request(session, base, files), timeout=300)
    return response.status_code == 200 and "/admin/articles/importrun/" in response.url


def receiving_worker(server, receiving):
    """The gunicorn worker holding a file open in the receiving folder: the one handling the
    upload; None when none does."""
    for pid in children(server.pid):
        with contextlib.suppress(OSError):
            for descriptor in os.scandir(f"/proc/{pid}/fd"):
                with contextlib.suppress(OSError):
                    if os.readlink(descriptor.path).startswith(str(receiving)):
                        return pid
    return None


def wait_for(condition, seconds, step=0.005):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(step)
    return None


def send_quietly(connection, data):
    with contextlib.suppress(OSError):  # the worker it is sent to may be killed meanwhile
        connection.sendall(data)


def kill_web_worker(site, server, base, files, moment):
    """POST the upload and kill the web worker handling it at `moment`; what happened."""
    session = signed_in(base)
    prepared = upload_request(session, base, files)
    address = urlsplit(prepared.url)
    connection = socket.create_connection((address.hostname, address.port), timeout=60)
    head = f"POST {address.path} HTTP/1.1\r\nHost: {address.netloc}\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in prepared.headers.items())
    half = len(prepared.body) // 2
    sender, answer = None, b""
    if moment == "receiving":
        connection.sendall(head.encode() + b"\r\n" + prepared.body[:half])
    else:  # the whole body, from a thread: the worker stores the files as we watch
        sender = threading.Thread(
            target=send_quietly, args=(connection, head.encode() + b"\r\n" + prepared.body)
        )
        sender.start()
    worker = wait_for(lambda: receiving_worker(server, site.receiving), 60)
    if moment == "storing the files":
        stored = wait_for(lambda: any(site.uploads.glob("2*/*")), 60)
        worker = worker if stored else None
    if worker:
        os.kill(worker, signal.SIGKILL)
    with contextlib.suppress(OSError):
        answer = connection.recv(64)  # nothing: the connection ends unanswered
    connection.close()
    if sender:
        sender.join()
    if not worker:
        return None
    return f"{len(prepared.body) / 1e6:.1f} MB sent, {'an answer' if answer else 'no answer'}"


def kill_task_worker(site, base, files, batch, batch_seconds):
    """Send the upload whole, start `db_worker` and kill its process group in the middle of
    the import's `batch` (counted from 1); what happened, None when the import had ended."""
    if not send_upload(signed_in(base), base, files):
        return None
    worker = site.start_task_worker()
    written = (batch - 1) * BATCH

    def before_the_batch():  # the batches before it written, or the import over
        state, done = newest_run(site.url, "state, done")
        return state not in ("queued", "running") or (state == "running" and done >= written)

    wait_for(before_the_batch, 300, step=0.02)
    time.sleep(batch_seconds / 2)
    importers = [pid for child in children(worker.pid) for pid in (child, *children(child))]
    state, done = newest_run(site.url, "state, done")
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    outlived = [pid for pid in importers if wait_for(lambda p=pid: not alive(p), 5) is None]
    if state != "running":
        return None
    return (
        f"{done} documents written before, {len(importers)} processes under it, "
        f"{len(outlived)} outlived it"
    )


def prefix_digests(databases, corpus, count, folder):
    """The digest of a clean upload of the first 0, 100, 200 ... `count` files: what a kill may
    leave, whole batches."""
    digests, uploads = {}, folder / f"uploads-{databases.name.lower()}-prefixes"
    for done in range(0, count + 1, BATCH):
        url = databases.fresh(f"upload_prefix{done}")
        subprocess.run(  # noqa: S603 - our own script
            [PYTHON, "-c", PREFIX_SCRIPT, str(corpus), str(done)],
            cwd=ROOT, env={**environment(url, IMPORT_UPLOAD_DIR=str(uploads / str(done))),
                           "DJANGO_SETTINGS_MODULE": "tracker.settings"},
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        digests[done] = digest(url)
    return digests


def upload_kills(databases, corpus, folder, batches):
    """Every moment on `databases`; the summary line."""
    began = time.monotonic()
    files = [(path.name, path.read_bytes()) for path in sorted(corpus.iterdir())]
    prefixes = prefix_digests(databases, corpus, len(files), folder)
    reference = prefixes[len(files)]

    clean = Site(databases, "upload_clean", folder)
    with gunicorn(clean.url, clean.log, **clean.extra) as (_server, base):
        sent = send_upload(signed_in(base), base, files)
    clean.import_queued()
    import_seconds = clean.state()["runs"][-1]["seconds"] or 0
    same = sent and digest(clean.url) == reference
    print(
        f"  {databases.name} clean upload of {len(files)} documents: imported in "
        f"{import_seconds:.1f} s, {'equal to' if same else 'DIFFERENT from'} an in-process "
        "import of the same files",
        flush=True,
    )

    count = -(-len(files) // BATCH)
    batches = [batch for batch in batches if batch <= count]
    moments = [*WEB_MOMENTS, *(f"task worker in batch {batch} of {count}" for batch in batches)]
    survived = missed = 0
    for number, moment in enumerate(moments, start=1):
        site = Site(databases, f"upload_kill{number}", folder)
        with gunicorn(site.url, site.log, **site.extra) as (server, base):
            if moment in WEB_MOMENTS:
                outcome = kill_web_worker(site, server, base, files, moment)
                moment = f"web worker {moment}"
            else:
                batch = batches[number - len(WEB_MOMENTS) - 1]
                outcome = kill_task_worker(site, base, files, batch, import_seconds / count)
            if outcome is None:
                missed += 1
                print(f"  {databases.name} upload kill {number}: {moment}: MISSED, not counted")
                continue
            # gunicorn has replaced a killed web worker by the time the upload is sent again.
            ok, line = check_after_kill(site, base, files, prefixes, reference)
        survived += ok
        print(f"  {databases.name} upload kill {number}/{len(moments)}, {moment} ({outcome}): "
              f"{line}", flush=True)  # fmt: skip
    line = f"{databases.name}: upload kills survived {survived}/{len(moments) - missed}"
    if missed:
        line += f" ({missed} missed their moment, not counted)"
    print(f"{databases.name}: upload kills took {time.monotonic() - began:.0f} s", flush=True)
    print(line, flush=True)
    return line


def check_after_kill(site, base, files, prefixes, reference):
    """What a kill left, the clean-up, and the upload sent again; (survived, description)."""
    left = digest(site.url)
    batches = [done for done, value in prefixes.items() if value == left]
    before = site.state()
    shown_running = [run for run in before["runs"] if run["shown"] == "running"]
    cleaned = site.state(clean_up=True)
    sent = send_upload(signed_in(base), base, files)
    site.import_queued()
    after = site.state()
    final = digest(site.url) == reference
    last = after["runs"][-1] if after["runs"] else {}
    whole = sent and last.get("state") == "finished" and last.get("read") == len(files)
    unfinished = [run["state"] for run in after["runs"] if run["state"] in ("running", "queued")]
    survived = bool(
        batches and not shown_running and not cleaned["orphan folders"]
        and not cleaned["half received"] and whole and final and not unfinished
    )  # fmt: skip
    if not batches:
        stored = "PARTIAL: equal to no whole number of batches"
    else:
        stored = f"the first {batches[0]} documents, whole" if batches[0] else "nothing"
    description = (
        f"stored {stored}; runs shown {[run['shown'] for run in before['runs']]}; left "
        f"{before['half received']} half-received files and {len(before['orphan folders'])} "
        f"folders no run names, {cleaned['half received']} and {len(cleaned['orphan folders'])} "
        f"after the clean-up; sent again: {last.get('read', 0)} read, {last.get('failed', 0)} "
        f"failed, {last.get('state')}, {'equal to the clean upload' if final else 'DIFFERENT'}"
    )
    return survived, description
