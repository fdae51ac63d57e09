"""Faults on the web side, for `bench_faults.py`: gunicorn serving the imported database while
one of its workers is killed with SIGKILL during requests (what the clients saw is counted), and
wrk (/usr/bin/wrk) loading the timeline and a filtered page at saturation while an import writes
to the same database (non-2xx responses, "database is locked" in the server's log, latency
percentiles). `gunicorn` serves `faults_upload.py` too.
"""

import contextlib
import http.client
import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench_faults import PYTHON, ROOT, children, environment, start_import

FILTERED_PAGE = "/?type=ban&type=moratorium&status=in_force&since=2019-01-01"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(database_url, log_path, **extra_environment):
    port = free_port()
    with open(log_path, "w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own command
            [
                str(Path(PYTHON).with_name("gunicorn")), "tracker.wsgi",
                "--bind", f"127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-",
            ],
            cwd=ROOT, env=environment(database_url, **extra_environment), stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{base}/about/", timeout=5)  # noqa: S310 - our server
                break
            time.sleep(0.2)
        yield server, base
    finally:
        server.terminate()
        server.wait()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our server
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, http.client.HTTPException) as error:
        # A response cut off by the killed worker (IncompleteRead) is one not answered, not
        # a client thread lost with its count.
        return type(error).__name__


def worker_kill(database_url, folder):
    """Clients request pages while one gunicorn worker is killed; what they saw."""
    results = []
    with gunicorn(database_url, folder / "gunicorn-kill.log") as (server, base):
        stop = threading.Event()

        def client():
            while not stop.is_set():
                results.append(get(f"{base}{FILTERED_PAGE}"))

        clients = [threading.Thread(target=client) for _ in range(4)]
        for thread in clients:
            thread.start()
        time.sleep(3)
        victim = children(server.pid)[0]
        os.kill(victim, signal.SIGKILL)
        time.sleep(5)
        stop.set()
        for thread in clients:
            thread.join()
        replaced = len(children(server.pid))
    failed = [result for result in results if result != 200]
    kinds = sorted(set(map(str, failed)))
    print(
        f"gunicorn worker killed during requests: {len(results)} requests, "
        f"{len(results) - len(failed)} answered 200, {len(failed)} not {kinds}; "
        f"workers afterwards: {replaced}",
        flush=True,
    )
    return len(failed)


def load_with_writes(database_url, corpus, folder, seconds, name):
    """wrk on the timeline and a filtered page while an import writes."""
    log_path = folder / f"gunicorn-load-{name}.log"
    figures = {}
    with gunicorn(database_url, log_path) as (_server, base):
        importer = start_import(database_url, corpus)
        for path in ("/", FILTERED_PAGE):
            output = subprocess.run(  # noqa: S603 - wrk, arguments made here
                ["/usr/bin/wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "30s", "--latency",
                 f"{base}{path}"],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            figures[path] = wrk_figures(output)
        importer_still_running = importer.poll() is None
        importer.wait()
    locked = log_path.read_text().count("database is locked")
    for path, figure in figures.items():
        print(
            f"{name} load with writes, {path}: {figure['requests']} requests, "
            f"{figure['rps']} req/s, non-2xx {figure['non_2xx']}, errors {figure['errors']}, "
            f"p50 {figure['p50']}, p99 {figure['p99']}",
            flush=True,
        )
    during = "still writing when the load ended" if importer_still_running else "done within it"
    print(
        f"{name} load with writes: 'database is locked' {locked} times in the server log; "
        f"the import was {during}, exit {importer.returncode}",
        flush=True,
    )
    return figures, locked


def wrk_figures(output):
    def find(pattern, default="0"):
        match = re.search(pattern, output)
        return match.group(1) if match else default

    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests": int(find(r"(\d+) requests in")),
        "rps": find(r"Requests/sec:\s+([\d.]+)"),
        "non_2xx": int(find(r"Non-2xx or 3xx responses: (\d+)")),
        "errors": sum(map(int, errors.groups())) if errors else 0,
        "p50": find(r"50%\s+(\S+)"),
        "p99": find(r"99%\s+(\S+)"),
    }
