"""Time the public place pages with a world-sized directory: ms per request and queries.

Builds `world_places.build_world()` (~68,000 places) in a fresh database, publishes actions at
a few hundred places (cities, states, countries, the EU) plus drafts, then requests each page
through Django's test client and prints the median time of several requests and the number of
queries each made.

    python bench/bench_places.py                 # a temporary SQLite file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pt_bench python bench/bench_places.py
    python bench/bench_places.py --scale 0.1 --repeat 3   # a quick look
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def publish_actions(count, seed=0, prefix="action", avoid=()):
    """`count` published actions and a tenth as many drafts, at places big and small (none at
    the places whose slugs are in `avoid`). The same `seed` picks the same places: they were
    drawn with ORDER BY RANDOM(), which now and then put one at a place a test needs empty."""
    rng = random.Random(seed)
    from directory.models import Jurisdiction, JurisdictionKind
    from policies.models import ActionScope, ActionStatus, ActionType, EditorialState, PolicyAction

    def sample(kind, size):
        pks = list(
            Jurisdiction.objects.filter(kind=kind)
            .exclude(slug__in=avoid)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        chosen = rng.sample(pks, min(size, len(pks)))
        return list(Jurisdiction.objects.filter(pk__in=chosen).order_by("pk"))

    cities = sample(JurisdictionKind.CITY, 300)
    states = sample(JurisdictionKind.STATE, 60)
    known = list(
        Jurisdiction.objects.filter(
            slug__in=["boston-ma", "massachusetts", "united-states", "european-union", "france"]
        ).order_by("pk")
    )
    countries = list(
        Jurisdiction.objects.filter(kind=JurisdictionKind.COUNTRY)
        .exclude(slug__in=avoid)
        .order_by("pk")[:40]
    )
    places = known * 10 + cities * 2 + states + countries
    actions = []
    for n in range(count + count // 10):
        actions.append(
            PolicyAction(
                title=f"Action {n}",
                slug=f"{prefix}-{n}",
                action_type=rng.choice(ActionType.values),
                status=rng.choice(ActionStatus.values),
                scope=rng.choice(ActionScope.values),
                jurisdiction=rng.choice(places),
                date=datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650)),
                summary="A generated action.",
                state=EditorialState.PUBLISHED if n < count else EditorialState.DRAFT,
            )
        )
    PolicyAction.objects.bulk_create(actions, batch_size=500)


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}")
    return statistics.median(times), len(queries.captured_queries), len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder.name}/places.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-" + "x" * 50)
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from bench.world_places import build_world
    from directory.models import Jurisdiction

    settings.ALLOWED_HOSTS = ["testserver"]
    # Pages link the stylesheet by its collected name; nothing is collected for a benchmark.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)
    if Jurisdiction.objects.exists():
        sys.exit("The database already holds places; give an empty one in DATABASE_URL.")
    start = time.perf_counter()
    places = build_world(args.scale)
    built = time.perf_counter() - start
    publish_actions(args.actions)
    print(f"{places:,} places generated and stored in {built:.1f} s; {args.actions:,} published")
    print(f"actions. Median of {args.repeat} requests ({settings.DATABASES['default']['ENGINE']}):")
    print()
    client = Client(secure=True)
    pages = [
        ("/jurisdictions/", "the tree, maps and tables"),
        ("/jurisdictions/?q=Boston", "search: Boston"),
        ("/jurisdictions/?q=boston%2C+ma", "search: Boston, MA"),
        ("/jurisdictions/?q=springfield", "search: Springfield"),
        ("/jurisdictions/?q=s", "search: s (thousands of matches)"),
        ("/jurisdictions/?q=zurich", "search: zurich (Zürich)"),
        ("/jurisdictions/boston-ma/", "a city with records above it"),
        ("/jurisdictions/massachusetts/", "a state"),
        ("/jurisdictions/united-states/", "a country with 30,000 places inside"),
        ("/jurisdictions/portland-me/", "a city with no records"),
        ("/sitemap.xml", "sitemap index"),
        ("/sitemap-jurisdictions.xml", "sitemap: places"),
        ("/", "timeline (place filter choices)"),
        ("/articles/", "news list (place filter choices)"),
        ("/articles/?jurisdiction=portland-me", "news about a place not in the list"),
    ]
    print(f"| {'Page':<38} | {'What':<36} | {'ms':>7} | {'Queries':>7} | {'KB':>6} |")
    print(f"| {'-' * 38} | {'-' * 36} | {'-' * 7}:| {'-' * 7}:| {'-' * 6}:|")
    for url, what in pages:
        client.get(url)  # warm caches (maps geometry, templates)
        ms, queries, size = measure(client, url, args.repeat)
        print(f"| `{url}`{' ' * (36 - len(url))} | {what:<36} | {ms:7.1f} | {queries:7} | "
              f"{size / 1024:6.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
