"""Where the web benchmark's data sets live, and building them only when their inputs change.

SQLite: a file under bench/.web-data/ (ignored by git). PostgreSQL: its own database,
pt_bench_web (BENCH_POSTGRES_NAME), on the server BENCH_POSTGRES_URL names (default the local
one). Beside each, a stamp
holds the fingerprint of what the build read: the generator and its word list, the sizes and
seed, every migration, and the directory's data files. An unchanged fingerprint means the stored
database is reused; `--rebuild` builds it afresh anyway.
"""

import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "bench" / ".web-data"
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
POSTGRES_NAME = os.environ.get("BENCH_POSTGRES_NAME", "pt_bench_web")


@dataclass(frozen=True)
class Target:
    name: str  # "sqlite" or "postgres"
    url: str

    @property
    def stamp(self):
        return DATA_DIR / f"{self.name}.stamp"


TARGETS = {
    "sqlite": Target("sqlite", f"sqlite:///{DATA_DIR / 'web.sqlite3'}"),
    "postgres": Target("postgres", f"{POSTGRES_SERVER}/{POSTGRES_NAME}"),
}


def fingerprint(sizes, seed):
    """What a build depends on: change any of it and the stored database is built again."""
    digest = hashlib.sha256(json.dumps([asdict(sizes), seed]).encode())
    inputs = [ROOT / "bench" / "web" / "generate.py", ROOT / "bench" / "vocabulary.py"]
    inputs += sorted(ROOT.glob("*/migrations/*.py"))
    inputs += sorted(path for path in (ROOT / "directory" / "data").rglob("*") if path.is_file())
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def stored_actions(target):
    """How many published actions the stored database holds, or None when it cannot be read."""
    import psycopg

    try:
        if target.name == "sqlite":
            import sqlite3

            path = target.url.removeprefix("sqlite:///")
            if not Path(path).is_file():
                return None
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
                return published_count(connection.cursor())
        with psycopg.connect(target.url, connect_timeout=5) as connection:
            return published_count(connection.cursor())
    except (psycopg.Error, OSError, Exception) as error:  # a missing table or database
        print(f"  {target.name}: the stored database cannot be read ({error})")
        return None


def published_count(cursor):
    cursor.execute("SELECT count(*) FROM policies_policyaction WHERE state = 'published'")
    return cursor.fetchone()[0]


def recreate(target):
    if target.name == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(target.url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{POSTGRES_NAME}"')


def ensure_built(target, sizes, seed, env, *, rebuild=False):
    """Reuse the stored database when its stamp matches the inputs; build it otherwise."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    wanted = fingerprint(sizes, seed)
    stamped = target.stamp.read_text().strip() if target.stamp.is_file() else ""
    if not rebuild and stamped == wanted:
        count = stored_actions(target)
        if count == sizes.actions:
            print(
                f"{target.name}: reusing the stored database (inputs unchanged, {count:,} actions)"
            )
            return
    reason = "--rebuild" if rebuild else ("inputs changed" if stamped else "none stored")
    print(f"{target.name}: building the data set ({reason}); this takes a few minutes", flush=True)
    target.stamp.unlink(missing_ok=True)
    recreate(target)
    begun = time.perf_counter()
    subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "bench.web.generate", "--sizes", json.dumps(asdict(sizes)),
         "--seed", str(seed)],
        cwd=ROOT,
        env={**env, "DATABASE_URL": target.url},
        check=True,
    )  # fmt: skip
    target.stamp.write_text(wanted + "\n")
    print(f"{target.name}: built in {time.perf_counter() - begun:.0f} s", flush=True)
