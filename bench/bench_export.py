"""Benchmark the streamed CSV and JSON exports: memory must not grow with the number of rows.

For each size N a fresh process builds a temporary SQLite database holding N published actions
(each with two organisations and two cited articles, spread over a tree of 600 places), then
downloads /export/actions.csv and /export/actions.json through the real views, reading the
stream to the end. For each export it reports the time, the size of the file, the number of
queries, the peak of memory allocated by Python while streaming (tracemalloc, reset just before
the request) and how far the process's resident memory rose above where it started.

    python bench/bench_export.py --sizes 5000,20000
    python bench/bench_export.py --sizes 20000 --data-dir bench/.web-data  # keep the databases
    python bench/bench_export.py --sizes 20000 --database-url postgres://postgres@127.0.0.1/pt_x

Rows per second are of CPU time in the process (`time.process_time`), which other work on a
shared machine disturbs less than the wall-clock seconds, also shown ("wall": rows per second of
those). SQLite runs inside the process, so its CPU is the download's; PostgreSQL's server is
another process, whose work only the wall-clock figure holds: on bench-web's data two thirds of
a CSV's time (its per-chunk queries of organisations and sources, the actions' cursor), so
the CPU figure there is no download rate (123,657 "rows/s" of CPU against 28,000 of wall time,
2026-12-01). The site's URLs are loaded before the first download, as a running server has
them.
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import datetime, json, random, sys, time, tracemalloc

import django

django.setup()
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver

from articles.models import Article, ArticleOrigin
from opendata import export_views
from directory.models import Jurisdiction, JurisdictionKind, Organisation, OrganisationKind
from policies.choices import ParticipantRole
from policies.models import (
    ActionParticipant, ActionScope, ActionStatus, ActionType, Citation, EditorialState,
    PolicyAction,
)

size = int(sys.argv[1])
random.seed(0)
call_command("migrate", verbosity=0)


def rss_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def build():
    country = Jurisdiction(name="Country", slug="country", kind=JurisdictionKind.COUNTRY)
    country.save(rebuild_tree=False)
    states = [
        Jurisdiction(
            name=f"State {n}", slug=f"state-{n}", kind=JurisdictionKind.STATE, parent=country
        )
        for n in range(50)
    ]
    Jurisdiction.objects.bulk_create(states)
    cities = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"City {n}", slug=f"city-{n}", kind=JurisdictionKind.CITY,
                     parent=states[n % 50], ocd_id=f"ocd-division/country:xx/place:city-{n}")
        for n in range(550)
    )
    Jurisdiction.objects.rebuild_tree()
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Organisation {n}", slug=f"organisation-{n}", kind=OrganisationKind.COMPANY
        )
        for n in range(300)
    )
    articles = Article.objects.bulk_create(
        Article(url=f"https://news.example/{n}", title=f"Story number {n} about a ban",
                origin=ArticleOrigin.DOCUMENT, excerpt="An excerpt. " * 20,
                body="Body text. " * 400,
                published_at=datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC))
        for n in range(3000)
    )
    now = datetime.datetime.now(datetime.UTC)
    for start in range(0, size, 2000):
        actions = PolicyAction.objects.bulk_create(
            PolicyAction(
                title=f"Action {n}: a city bans government use of facial recognition",
                slug=f"action-{n}", action_type=random.choice(ActionType.values),
                status=ActionStatus.IN_FORCE, scope=ActionScope.GOVERNMENT,
                jurisdiction=random.choice(cities),
                date=datetime.date(2015, 1, 1) + datetime.timedelta(days=n % 3000),
                summary="The council passed an ordinance that prohibits the city from buying or "
                "using facial recognition technology, with narrow exceptions. " * 2,
                state=EditorialState.PUBLISHED, published_at=now,
            )
            for n in range(start, min(start + 2000, size))
        )
        ActionParticipant.objects.bulk_create(
            ActionParticipant(action=action, organisation=organisation, role=role)
            for action in actions
            for organisation, role in zip(
                random.sample(organisations, 2), [ParticipantRole.ACTOR, ParticipantRole.TARGET]
            )
        )
        Citation.objects.bulk_create(
            Citation(action=action, article=article, quote="The council voted 9-0.", position=i)
            for action in actions
            for i, article in enumerate(random.sample(articles, 2))
        )


# A kept database (--data-dir) already holds its actions: only the downloads are measured again.
if PolicyAction.objects.count() != size:
    build()

# A server loads its URLs once, at a worker's first request (all the apps' views, the API's
# schema...): 0.25-0.35 s of CPU that is no download's own, so it is loaded before timing.
get_resolver().url_patterns
factory = RequestFactory()
results = {}
for name, view in (("csv", export_views.actions_csv), ("json", export_views.actions_json)):
    # A first pass for time and queries; a second under tracemalloc for memory.
    baseline = rss_mb()
    peak_rss = baseline
    nbytes = 0
    with CaptureQueriesContext(connection) as queries:
        start, cpu_start = time.perf_counter(), time.process_time()
        response = view(factory.get(f"/export/actions.{name}"))
        for n, chunk in enumerate(response.streaming_content):
            nbytes += len(chunk)
            if n % 500 == 0:
                peak_rss = max(peak_rss, rss_mb())
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu_start
    tracemalloc.start()
    tracemalloc.reset_peak()
    for _chunk in view(factory.get(f"/export/actions.{name}")).streaming_content:
        pass
    _current, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    results[name] = {
        "seconds": seconds, "cpu_seconds": cpu_seconds, "mb": nbytes / 2**20,
        "queries": len(queries),
        "traced_peak_mb": traced_peak / 2**20, "rss_growth_mb": peak_rss - baseline,
    }
print(json.dumps(results))
"""


def run(size, workdir, database_url=None):
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    env["DATABASE_URL"] = database_url or f"sqlite:///{workdir}/export-{size}.sqlite3"
    # Production settings: DEBUG would keep every query in memory and blur the figures.
    env.setdefault("DJANGO_DEBUG", "0")
    env.setdefault("DJANGO_SECRET_KEY", secrets.token_hex(32))
    env.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    child = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", CHILD, str(size)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if child.returncode:
        # The child's own error, not only its exit status: what went wrong, and where.
        sys.exit(f"bench_export: {size} actions failed:\n{child.stderr.strip()}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5000,20000", help="comma-separated numbers of actions")
    parser.add_argument("--data-dir", help="keep the databases here and reuse them (not in git)")
    parser.add_argument(
        "--database-url",
        help="measure on this (kept) database instead, e.g. postgres://postgres@127.0.0.1/pt_bench"
        " (one size only: it holds one number of actions)",
    )
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    print(
        f"{'actions':>8} {'format':>6} {'seconds':>8} {'CPU s':>6} {'rows/s':>8} {'wall':>7} "
        f"{'file MB':>8} "
        f"{'queries':>8} {'traced peak MB':>15} {'RSS growth MB':>14}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        workdir = arguments.data_dir or scratch
        for size in sizes:
            for name, figures in run(size, workdir, arguments.database_url).items():
                print(
                    f"{size:>8} {name:>6} {figures['seconds']:>8.2f} "
                    f"{figures['cpu_seconds']:>6.2f} "
                    f"{size / figures['cpu_seconds']:>8.0f} {size / figures['seconds']:>7.0f} "
                    f"{figures['mb']:>8.1f} "
                    f"{figures['queries']:>8} {figures['traced_peak_mb']:>15.2f} "
                    f"{figures['rss_growth_mb']:>14.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
