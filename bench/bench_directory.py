"""Benchmark loading the directory of places, and editing the tree once it is loaded.

In a fresh process on a fresh database (a temporary SQLite file, or with --postgres a database
created for the run on the server DATABASE_URL names), it times:

- reading the sources alone (pycountry, the OCD files, GeoNames; no database);
- `load_directory` on the empty database, then again (nothing to add);
- the curated fixtures loaded after it (they must find their places, not add twins);
- staff edits through `Jurisdiction.save()`: adding a city under California, renaming it, moving
  it to Oregon, and renaming Massachusetts (whose ~350 places all get new qualified names);
- "everything inside California", the one range query the public pages use;

and prints the row counts by kind.

    python bench/bench_directory.py
    python bench/bench_directory.py --postgres   # DATABASE_URL, default postgres://postgres@127.0.0.1:5432/
"""

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import time

import django

django.setup()
from collections import Counter

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.gazetteer import world_places
from directory.loading import load_reference_records
from directory.models import Jurisdiction, JurisdictionAlias
from directory.populate import load_directory

call_command("migrate", verbosity=0)


def timed(label, function, *args, **kwargs):
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        result = function(*args, **kwargs)
    print(f"{label:<52} {time.perf_counter() - started:8.3f} s {len(queries):6d} queries")
    return result


timed("read the sources (no database)", world_places)
first = timed("load_directory, empty database", load_directory,
              fixtures_dir=settings.CURATED_FIXTURES_DIR)
timed("load_directory again (nothing to add)", load_directory,
      fixtures_dir=settings.CURATED_FIXTURES_DIR)
curated = timed("curated fixtures after it", load_reference_records, settings.CURATED_FIXTURES_DIR)

california = Jurisdiction.objects.get(iso_code="US-CA")
oregon = Jurisdiction.objects.get(iso_code="US-OR")
city = Jurisdiction(name="Benchmark Springs", slug="benchmark-springs", kind="city",
                    parent=california)
timed("staff edit: add a city under California", city.save)
city.name = "Aardvark Springs"
timed("staff edit: rename it (moves among its siblings)", city.save)
city.parent = oregon
timed("staff edit: move it to Oregon", city.save)
massachusetts = Jurisdiction.objects.get(iso_code="US-MA")
massachusetts.name = "Commonwealth of Massachusetts"
timed("staff edit: rename Massachusetts (~350 places inside)", massachusetts.save)
timed("everything inside California (range query)",
      lambda: len(list(Jurisdiction.objects.descendants_of(california).values_list("pk"))))
timed("full renumbering (rebuild_tree)", Jurisdiction.objects.rebuild_tree)

print()
print(f"database: {connection.vendor}")
print(f"places added: {first.places.created:,}; aliases added: {first.aliases.created:,}")
print(f"curated fixtures: {curated['jurisdictions'].summary()}")
counts = Counter(Jurisdiction.objects.values_list("kind", flat=True))
for kind, count in sorted(counts.items(), key=lambda item: -item[1]):
    print(f"  {kind:<14} {count:7,}")
print(f"  {'total':<14} {sum(counts.values()):7,}  ({JurisdictionAlias.objects.count():,} aliases)")
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", action="store_true", help="run against PostgreSQL")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    env.setdefault("DJANGO_DEBUG", "0")
    env.setdefault("DJANGO_SECRET_KEY", secrets.token_hex(32))
    with tempfile.TemporaryDirectory() as folder:
        if args.postgres:
            server = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
            name = f"bench_directory_{uuid.uuid4().hex[:8]}"
            base = server.rsplit("/", 1)[0]
            _psql(base, f"CREATE DATABASE {name}")
            env["DATABASE_URL"] = f"{base}/{name}"
        else:
            env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        try:
            subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, check=True)  # noqa: S603 (our own interpreter and script)
        finally:
            if args.postgres:
                _psql(base, f"DROP DATABASE {name}")


def _psql(base, statement):
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(statement)


if __name__ == "__main__":
    main()
