"""The CPU each public page costs in one process: the median of N requests, per page.

Wall time lies on a shared machine; `time.process_time()` does not count the time this process
waits (for PostgreSQL it leaves out the server's share, which is another process's CPU). Run it
with the benchmark's settings against its database:

    DATABASE_URL=sqlite:////tmp/web.sqlite3 python -m bench.profile_pages -n 20
    python -m bench.profile_pages -n 5 --profile /jurisdictions/   # cProfile the page, top 30
    python -m bench.profile_pages --profile --only 'main/(policies|core)/' /   # the project's own
    python -m bench.profile_pages --save /tmp/before /             # keep the HTML to compare
    python -m bench.profile_pages --wsgi /actions/<slug>/          # as gunicorn calls Django
    python -m bench.profile_pages --wsgi --parts /                 # CPU by part (page_parts.py)

Django's test Client never closes the database connection between requests, whatever
CONN_MAX_AGE says; `--wsgi` calls the WSGI handler itself, as gunicorn does, so each request
opens and closes its connection as it would be served (on SQLite with a connection a request,
1-2 ms of an action page's CPU went to opening it).

Pages are bench.web.inprocess.PAGES, or the paths given.
"""

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import time
from pathlib import Path

SETTINGS = {
    "DJANGO_SETTINGS_MODULE": "tracker.settings",
    "DJANGO_DEBUG": "0",
    "DJANGO_HTTPS": "0",
    "DJANGO_PUBLIC_CACHE": "0",
    "DJANGO_RATELIMIT_ENABLE": "0",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
}


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


class WsgiClient:
    """`get(path)` through Django's WSGI handler, as gunicorn calls it: the request's signals
    close (or keep, by CONN_MAX_AGE) the database connection. The response has the test
    Client's `content`, `streaming` and `status_code`."""

    def __init__(self):
        from django.core.wsgi import get_wsgi_application
        from django.test import RequestFactory

        self.application = get_wsgi_application()
        self.requests = RequestFactory()

    def get(self, path):
        from types import SimpleNamespace

        started = []
        chunks = self.application(
            self.requests.get(path).environ, lambda status, headers: started.append(status)
        )
        try:
            content = b"".join(chunks)
        finally:
            chunks.close()
        status = int(started[0].split()[0])
        return SimpleNamespace(content=content, streaming=False, status_code=status)


def print_parts(client, path, number):
    """`number` requests of `path`, each part's median CPU ms and share (`page_parts`)."""
    from bench.page_parts import PartTimer, medians, report

    timer = PartTimer()
    try:
        timed = [timer.request(lambda: body(client.get(path))) for _ in range(number)]
    finally:
        timer.restore()
    total, parts = medians(timed)
    print(f"    {total:7.2f} ms CPU a request, by part (each includes those it calls):")
    print("\n".join(report(total, parts)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="pages to measure (default: the benchmark's)")
    parser.add_argument("-n", type=int, default=20, help="requests a page (default 20)")
    parser.add_argument("--profile", action="store_true", help="cProfile the requests, top 30")
    parser.add_argument(
        "--only",
        default="",
        metavar="REGEX",
        help="with --profile, list only the functions whose file and name match (e.g. policies/)",
    )
    parser.add_argument("--save", type=Path, help="write each page's HTML in this folder")
    parser.add_argument("--wsgi", action="store_true", help="through the WSGI handler")
    parser.add_argument(
        "--parts", action="store_true", help="then N more requests timed by part (page_parts.py)"
    )
    arguments = parser.parse_args()
    for name, value in SETTINGS.items():
        os.environ[name] = value
    os.environ.pop("REDIS_URL", None)
    os.environ.pop("DJANGO_CACHE_URL", None)
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.web.inprocess import PAGES, resolve

    slugs = resolve()
    pages = [(path, path) for path in arguments.paths] or [
        (name, path.format(**slugs)) for name, path in PAGES
    ]
    client = WsgiClient() if arguments.wsgi else Client()
    if arguments.save:
        arguments.save.mkdir(parents=True, exist_ok=True)
    for name, path in pages:
        response = client.get(path)  # warm: templates, connection, url resolvers
        html = body(response)
        if arguments.save:
            safe = path.strip("/").replace("/", "_").replace("?", "_") or "index"
            (arguments.save / f"{safe}.html").write_bytes(html)
        with CaptureQueriesContext(connection) as queries:
            body(client.get(path))
        count = len(queries)  # read now: the next request_started clears the log
        profiler = cProfile.Profile() if arguments.profile else None
        times, walls = [], []
        for _ in range(arguments.n):
            if profiler:
                profiler.enable()
            begun, wall = time.process_time(), time.perf_counter()
            body(client.get(path))
            times.append((time.process_time() - begun) * 1000)
            walls.append((time.perf_counter() - wall) * 1000)
            if profiler:
                profiler.disable()
        print(
            f"{name:20} {path:48} {statistics.median(times):8.1f} ms CPU "
            f"(min {min(times):.1f}, wall {statistics.median(walls):.1f})  {count} queries  "
            f"{len(html) // 1024} KB {response.status_code}",
            flush=True,
        )
        if arguments.parts:
            print_parts(client, path, arguments.n)
        if profiler:
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("cumulative").print_stats(arguments.only, 40)
            stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
