"""`kill -9` of the gunicorn worker that is receiving an admin upload: nothing is stored (no
run, no article, nothing in the upload folder; only Django's half-received file is left, in
the project's FILE_UPLOAD_TEMP_DIR), gunicorn replaces the worker, and the same upload sent
again is stored, queued and imported whole; the next upload received an hour on removes the
half-received file."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from articles.import_runs import ImportRunState
from articles.models import Article, ImportRun
from core.processes import children
from tests.articles.test_killed_import import database_url
from tests.waiting import wait_until

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

DOCUMENTS = 10
UPLOAD = reverse("admin:articles_importrun_upload")


def document(number):
    return f"---\ntitle: Report {number}\nwebUrl: https://news.example/r/{number}\n---\nText.\n"


# Together over Django's FILE_UPLOAD_MAX_MEMORY_SIZE (2.5 MB), so Django receives the files
# into temporary files, which tells the test it is receiving; each under the importer's 1 MiB.
# One long word: cheap to import.
LARGE = [(f"large-{n}.md", document(f"large-{n}") + "x" * 900_000) for n in range(3)]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(tmp_path, upload_storage):
    """gunicorn, one worker, on the test database; (its process, its address, the folder it
    receives uploads into)."""
    port, temp = free_port(), tmp_path / "temp"
    temp.mkdir()
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_DEBUG": "1",  # static files as they are, not collected
        "DJANGO_RATELIMIT_ENABLE": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "IMPORT_UPLOAD_DIR": str(upload_storage),
        "IMPORT_UPLOAD_TEMP_DIR": str(temp),  # where Django keeps a large upload it receives
    }
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    process = subprocess.Popen(  # noqa: S603 - our own command, with arguments made here
        [gunicorn, "tracker.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"

    def answers():
        try:
            return requests.get(f"{base}/admin/login/", timeout=10).status_code == 200
        except requests.RequestException:  # not listening yet, or slow to start
            return False

    try:
        assert wait_until(answers, 60), "gunicorn did not start"
        yield process, base, temp
    finally:
        process.terminate()
        process.wait()


def signed_in(base, admin_user):
    session = requests.Session()
    session.get(f"{base}/admin/login/", timeout=10)
    response = session.post(
        f"{base}/admin/login/",
        data={
            "username": admin_user.username,
            "password": "password",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        timeout=10,
    )
    assert response.url.endswith("/admin/"), "not signed in"
    return session


def upload_request(session, base):
    files = [("documents", (f"{n:02}.md", document(n))) for n in range(DOCUMENTS)]
    files += [("documents", large) for large in LARGE]
    data = {"csrfmiddlewaretoken": session.cookies["csrftoken"]}
    return session.prepare_request(
        requests.Request("POST", f"{base}{UPLOAD}", files=files, data=data)
    )


def send_half(prepared):
    """Send the request's headers and half its body, and leave the connection open."""
    address = urlsplit(prepared.url)
    connection = socket.create_connection((address.hostname, address.port))
    head = f"POST {address.path} HTTP/1.1\r\nHost: {address.netloc}\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in prepared.headers.items())
    connection.sendall(head.encode() + b"\r\n" + prepared.body[: len(prepared.body) // 2])
    return connection


def cut_off(connection):
    try:
        return connection.recv(1024) == b""
    except ConnectionResetError:
        return True


def test_a_web_worker_killed_while_it_receives_an_upload_stores_nothing_and_it_can_be_sent_again(
    server, admin_user, upload_storage, settings
):
    process, base, temp = server
    session = signed_in(base, admin_user)
    prepared = upload_request(session, base)
    connection = send_half(prepared)
    try:
        receiving = lambda: any(temp.iterdir())  # noqa: E731 - Django's file for the upload
        assert wait_until(receiving, 30), "the worker is not receiving the upload"
        [worker] = children(process.pid)
        os.kill(worker, signal.SIGKILL)
        assert cut_off(connection)  # the client sees the connection end, no answer
    finally:
        connection.close()
    assert wait_until(lambda: children(process.pid) not in ([], [worker]), 30)

    assert not ImportRun.objects.exists()
    assert not Article.objects.exists()
    assert not upload_storage.exists() or not any(upload_storage.iterdir())
    # What the killed worker leaves: the half-received file in the project's receiving folder
    # (never read by the importer), as Django named it; here an hour old, as if sent again later.
    leftovers = list(temp.iterdir())
    assert leftovers and all(".upload" in path.name for path in leftovers)
    an_hour_ago = time.time() - 3700
    for path in leftovers:
        os.utime(path, (an_hour_ago, an_hour_ago))

    sent_again = session.send(upload_request(session, base), timeout=120)
    assert sent_again.status_code == 200
    run = ImportRun.objects.get()
    assert sent_again.url.endswith(reverse("admin:articles_importrun_change", args=[run.pk]))
    assert run.state == ImportRunState.QUEUED
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("db_worker", batch=True, startup_delay=False, interval=0)
    run.refresh_from_db()
    assert (run.state, run.created, run.failed) == (ImportRunState.FINISHED, DOCUMENTS + 3, 0)
    assert Article.objects.count() == DOCUMENTS + 3
    assert not any(temp.iterdir())  # the stale file removed, the new one's removed by Django
