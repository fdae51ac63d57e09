"""The web benchmark reads how many requests wrk had answered and the CPU gunicorn's workers
spent on them, from /proc, before and after each load."""

import os
import subprocess
import time

import pytest

from bench.web.load import Server, cpu_per_request, cpu_seconds, parse_wrk
from core.processes import stat_fields

WRK_REPORT = """Running 8s test @ http://127.0.0.1:8000/
  1 threads and 8 connections
  Latency Distribution
     50%   16.80ms
     99%   32.50ms
  3689 requests in 8.00s, 313.55MB read
Requests/sec:    461.10
"""


def test_a_processs_cpu_is_its_user_and_system_time_as_proc_counts_it():
    tick = os.sysconf("SC_CLK_TCK")
    fields = ["S", *map(str, range(4, 14)), str(3 * tick), str(tick), "0", "0"]
    assert cpu_seconds(fields) == 4.0
    began = time.process_time()
    while time.process_time() - began < 0.2:  # spend some CPU
        pass
    # /proc counts in clock ticks: this process's own figure, to a tick or two.
    assert cpu_seconds(stat_fields(os.getpid())) == pytest.approx(time.process_time(), abs=0.05)


def test_a_loads_cpu_a_request_is_the_workers_cpu_between_its_readings_over_its_requests():
    before = {"11": 1.0, "12": 2.0}
    after = {"11": 1.5, "12": 2.25}
    assert cpu_per_request(before, after, 250) == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("before", "after", "requests"),
    [
        (None, {"11": 1.0}, 10),  # /proc did not tell
        ({"11": 1.0}, None, 10),
        ({"11": 1.0}, {"13": 1.0}, 10),  # a worker restarted during the load
        ({"11": 1.0}, {"11": 2.0}, 0),  # nothing answered
    ],
)
def test_no_cpu_a_request_is_claimed_when_a_reading_is_missing_or_its_workers_changed(
    before, after, requests
):
    assert cpu_per_request(before, after, requests) is None


def test_wrks_report_gives_the_requests_it_answered():
    load = parse_wrk(WRK_REPORT)
    assert (load.requests, load.rps, load.p50_ms, load.p99_ms) == (3689, 461.1, 16.8, 32.5)


def test_a_servers_workers_are_its_masters_children_each_with_the_cpu_it_has_spent():
    server = Server(env=dict(os.environ))
    server.process = subprocess.Popen(  # a master with two workers that spend some CPU
        ["/bin/sh", "-c", "for n in 1 2; do (i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; "
         "sleep 30) & done; wait"],
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while len(server.workers_cpu() or {}) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        first = server.workers_cpu()
        assert len(first) == 2
        time.sleep(0.5)
        second = server.workers_cpu()
        assert second.keys() == first.keys()
        assert all(second[pid] >= first[pid] >= 0 for pid in first)
        assert sum(second.values()) > 0
    finally:
        server.stop()
