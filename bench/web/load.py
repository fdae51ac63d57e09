"""Serve the benchmark's database with gunicorn as `make run` does, and load it with wrk.

The server is `gunicorn tracker.wsgi` with 2 workers and production settings (DJANGO_DEBUG=0,
DJANGO_HTTPS=0), on a free port of 127.0.0.1. Rate limits are off: they would answer wrk's
thousands of requests from one address with 429s. wrk (Debian's, /usr/bin/wrk) runs one thread
and 8 connections with `--latency`; its report is parsed for requests per second, the 50th and
99th percentile latency and errors. The workers' CPU over the load is read from /proc before
and after it (`Server.workers_cpu`): a page's CPU a request beside the floor's says what its
share of the floor comes from, as the machine's speed, which moves, cannot.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from core.processes import children, stat_fields

ROOT = Path(__file__).resolve().parents[2]
WRK = os.environ.get("BENCH_WRK", "/usr/bin/wrk")
GUNICORN = Path(os.environ.get("BENCH_GUNICORN", Path(sys.executable).parent / "gunicorn"))
# A page slower than this one request at a time is reported down, not loaded: wrk would only
# pile requests up behind gunicorn's 30-second worker timeout.
PROBE_TIMEOUT = 10.0
SLOW_PAGE = 0.5  # seconds
WORKERS = 2
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


@dataclass
class Load:
    rps: float = 0.0
    p50_ms: float | None = None
    p99_ms: float | None = None
    errors: int = 0
    down: str = ""  # why the page was not loaded, when it was not
    note: str = ""
    requests: int = 0  # answered during the load
    cpu_ms: float | None = None  # the workers' CPU a request (`cpu_per_request`)


def cpu_seconds(fields):
    """User and system CPU in seconds of a process, from its /proc stat fields
    (`core.processes.stat_fields`, from the third on: utime and stime are the 14th and 15th)."""
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_per_request(before, after, requests):
    """Milliseconds of the workers' CPU a request between two readings of
    `Server.workers_cpu()`; None where one is missing, a worker came or went (restarted) or
    nothing was answered."""
    if not before or not after or before.keys() != after.keys() or not requests:
        return None
    return 1000 * sum(after[pid] - before[pid] for pid in before) / requests


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn on its own port; restartable, so a page that hangs its workers is left behind."""

    ready_path = "/robots.txt"

    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.process = None

    def command(self):
        return [
            str(GUNICORN),
            "tracker.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(WORKERS),
        ]

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (the venv's own server)
            self.command(),
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status, _seconds, _size = self.get(self.ready_path, timeout=5)
                if status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit(f"{self.command()[0]} did not answer {self.ready_path} within 60 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def restart(self):
        self.stop()
        self.start()

    def workers_cpu(self):
        """{worker pid: CPU seconds so far} of gunicorn's workers (the master's children), or
        None where /proc does not tell."""
        workers = {pid: stat_fields(pid) for pid in children(self.process.pid)}
        if not workers or None in workers.values():
            return None
        return {pid: cpu_seconds(fields) for pid, fields in workers.items()}

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path, timeout):
        """One request read to the end: (status, seconds, bytes)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        begun = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            size = 0
            while chunk := response.read(65536):
                size += len(chunk)
            return response.status, time.perf_counter() - begun, size
        finally:
            connection.close()


def parse_wrk(report):
    load = Load()
    if match := re.search(r"Requests/sec:\s+([\d.]+)", report):
        load.rps = float(match[1])
    match = re.search(r"(\d+) requests in ([\d.]+\w+)", report)
    load.requests = int(match[1]) if match else 0
    if not match or match[1] == "0":
        # wrk prints zero latencies when nothing came back; there is no latency to report.
        load.down = f"no answer within {match[2] if match else 'the run'}"
        return load
    for percentile, attribute in (("50", "p50_ms"), ("99", "p99_ms")):
        if match := re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s|m)\s*$", report, re.M):
            setattr(load, attribute, float(match[1]) * UNITS[match[2]])
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", report):
        load.errors += int(match[1])
    if match := re.search(r"Socket errors:.*timeout (\d+)", report):
        load.errors += int(match[1])
    return load


def wrk(server, path, seconds, connections=8):
    before = server.workers_cpu()
    report = subprocess.run(  # noqa: S603 (wrk against our own server on 127.0.0.1)
        [WRK, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "--latency",
         server.url(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout  # fmt: skip
    load = parse_wrk(report)
    load.cpu_ms = cpu_per_request(before, server.workers_cpu(), load.requests)
    return load


def load_page(server, path, seconds):
    """Probe the page (twice when slow); if it answers in time, load it with wrk. A page that
    hung or made the workers wait leaves a restarted server behind, so the next figures are its
    own.

    A page slower than SLOW_PAGE a request is loaded with one connection per worker for long
    enough to finish a few requests each: eight connections for a few seconds would only queue
    requests that never come back before wrk stops.
    """
    try:
        status, took, _size = server.get(path, timeout=PROBE_TIMEOUT)
        if status == 200 and took > SLOW_PAGE:
            # Judged by a second request: a page cache answers it at once, having been filled
            # by the first, and the page is then loaded as fully as any fast one.
            took = min(took, server.get(path, timeout=PROBE_TIMEOUT)[1])
    except TimeoutError:
        server.restart()
        return Load(down=f"> {PROBE_TIMEOUT:.0f} s a request")
    if status != 200:
        return Load(down=f"HTTP {status}")
    if took > SLOW_PAGE:
        load = wrk(server, path, max(seconds, round(3 * took)), connections=WORKERS)
        load.note = f"slow: wrk -c{WORKERS} -d{max(seconds, round(3 * took))}s"
    else:
        load = wrk(server, path, seconds)
    if load.down or load.p99_ms is None or load.p99_ms > 2000 or load.errors:
        server.restart()
    return load


def stream_export(server, path):
    """Download an export to the end, in chunks as a client would.

    Returns (seconds, bytes, lines received, problem): a download cut off (gunicorn ends a
    worker after 30 s) still tells how far it got and how fast.
    """
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
    begun = time.perf_counter()
    size = lines = 0
    problem = ""
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        if response.status != 200:
            return None, 0, 0, f"HTTP {response.status}"
        while chunk := response.read1(65536):
            size += len(chunk)
            lines += chunk.count(b"\n")
    except (http.client.IncompleteRead, ConnectionError, TimeoutError) as error:
        problem = f"cut off after {time.perf_counter() - begun:.0f} s ({type(error).__name__})"
    finally:
        connection.close()
    return time.perf_counter() - begun, size, lines, problem
