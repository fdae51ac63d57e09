"""Which process is running something, and whether it still is, told from the database.

A record of long work (an import run) keeps the key of the process doing it: the machine's
name, the process id and when the process started. The start time tells a process apart from a
later one that was given the same id; it is read from /proc where there is one (Linux). Only
the machine a process ran on can look it up; other machines go by the record's heartbeat (see
`articles.import_runs.ImportRun`). What /proc tells of a process (its fields, whether it
runs, its children) is read here too, for those checks and for the benchmarks that watch
gunicorn's and the importer's workers.
"""

import contextlib
import os
import socket
from pathlib import Path


def stat_fields(pid):
    """The fields of process `pid`'s /proc/<pid>/stat from the third (its state) on, or None
    where /proc cannot say."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: count from the last ")".
    return stat.rsplit(")", 1)[1].split()


def _status(pid):
    """(state letter, start time in clock ticks since boot) of process `pid`; ("", "") where
    /proc cannot say."""
    fields = stat_fields(pid)
    return (fields[0], fields[19]) if fields else ("", "")


def alive(pid):
    """Whether process `pid` runs (a zombie has ended, only not been reaped)."""
    fields = stat_fields(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def children(pid):
    """The ids of process `pid`'s children, read from each of its threads; [] where /proc
    cannot say. A thread, or the process, that ends while they are read has none (gunicorn's
    threads come and go: reading one that had just ended failed a PostgreSQL test run with
    FileNotFoundError)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    found = []
    for task in tasks:
        with contextlib.suppress(OSError):
            found += map(int, (task / "children").read_text().split())
    return found


def process_key(pid=None):
    """`host:pid:start` for process `pid` (this one by default)."""
    pid = pid or os.getpid()
    return f"{socket.gethostname()}:{pid}:{_status(pid)[1]}"


def this_machine():
    """What the key of every process on this machine starts with."""
    return f"{socket.gethostname()}:"


def runs_here(key):
    """Whether the process `key` names is (or was) on this machine, where it can be looked up."""
    return key.startswith(this_machine())


def process_is_gone(key):
    """Whether the process `key` names has ended. False when it cannot be known: a process
    on another machine, or a key that is empty or not one of `process_key`'s."""
    host, _sep, rest = key.partition(":")
    pid_text, _sep, started = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # it exists, run by another user
        pass
    state, start = _status(pid)
    return state in ("Z", "X") or start != started  # a zombie has ended, only not been reaped
