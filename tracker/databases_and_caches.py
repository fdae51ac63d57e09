"""The database and the caches the settings (tracker/settings.py) assemble, read from the
environment: DATABASE_URL, else SQLite in the project folder, with the options SQLite needs to
serve pages while an import writes; REDIS_URL (or DJANGO_CACHE_URL), else this process's memory.
"""

import os

import dj_database_url

# WAL lets readers run during an import, and IMMEDIATE transactions take the write lock up front,
# so concurrent writers wait (busy timeout) instead of failing half-way with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    # `PRAGMA optimize=0x10002` on opening: see core/statistics.py. The file is read through
    # a memory map (up to 1 GiB) rather than a read() per page into each new connection's own
    # small page cache: a new connection starts cold, and a page reading rows in index
    # order fetched the same table pages again and again (the timeline's chart of a search,
    # 100 ms -> 44 ms at 20,000 actions; bench/web).
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
        "PRAGMA optimize=0x10002; PRAGMA mmap_size=1073741824;"
    ),
    # sqlite3 keeps this many prepared statements a connection (128 by default). An import's
    # lists of keys vary in length, and each length is a statement of its own, tens of KB:
    # with 128 kept, an import's memory grew by about 7 MB from 1,000 to 10,000 documents; with
    # 16, by under 1 MB (bench/bench_import.py).
    "cached_statements": 16,
}


# PostgreSQL's planner costs a page read out of order at four times a sequential one
# (random_page_cost 4, set for spinning disks). It then hashed all 75,000 places to join the
# few hundred a place's page needs, where looking each up by its key is far cheaper on a
# database in memory or on SSD. 1.1, as PostgreSQL's documentation suggests for SSDs, on this
# app's connections: a place's page's SQL 115 -> 46 ms (the United States) and 92 -> 32 ms
# (California) on bench/web's data, best of 5 by EXPLAIN ANALYZE; the other pages the same
# within the noise. Options in DATABASE_URL (`?options=...`) replace these, and so does
# DJANGO_POSTGRES_OPTIONS, which may be empty: PgBouncer refuses the `options` startup
# parameter, so behind it set the value on the server (ALTER DATABASE ... SET) instead.
POSTGRESQL_OPTIONS = {"options": "-c random_page_cost=1.1"}


def _postgresql_options():
    given = os.environ.get("DJANGO_POSTGRES_OPTIONS")
    if given is None:
        return POSTGRESQL_OPTIONS
    return {"options": given} if given else {}


def databases(sqlite_path):
    """DATABASES: DATABASE_URL's database, else SQLite at `sqlite_path`.

    A web worker keeps its connection for DJANGO_CONN_MAX_AGE seconds (60), on SQLite too:
    opening one reads the schema and runs the PRAGMAs above, 1.1 ms of CPU a request, a fifth of
    the action page's (bench/web, 20,000 actions). Between requests it holds no transaction, so
    it sees every commit and blocks no writer or checkpoint; reopened each minute, it runs
    `PRAGMA optimize` as SQLite advises for long-lived connections. 0 opens one a request. The
    file's pages a kept connection has read through its memory map count in the worker's
    resident size while it is kept (RssFile; bench/web: 90 MB -> 400-480 MB a worker after its
    heaviest pages, anonymous memory 75 MB either way): the kernel's page cache of the file,
    shared by every worker and reclaimable, not memory of the worker's own.
    """
    default = dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{sqlite_path}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    if default["ENGINE"] == "django.db.backends.sqlite3":
        default["OPTIONS"] = SQLITE_OPTIONS
    elif default["ENGINE"] == "django.db.backends.postgresql":
        default["OPTIONS"] = {**_postgresql_options(), **default.get("OPTIONS", {})}
    return {"default": default}


def caches(cache_url):
    """CACHES: Redis at `cache_url` (REDIS_URL or DJANGO_CACHE_URL), shared by every app server;
    without one, this process's memory, which needs nothing installed (tests, a single server)
    but counts each gunicorn worker apart.

    Public pages are kept apart from the counts ("public_pages", tracker/public_cache.py), so
    that pages crowding the local cache never push rate-limit counts out of it.
    """
    if cache_url:
        return {
            alias: {
                # Django's own, keeping one client a server (core/redis_cache.py).
                "BACKEND": "core.redis_cache.RedisCache",
                "LOCATION": cache_url,
                "KEY_PREFIX": prefix,
            }
            for alias, prefix in (("default", "policy-tracker"), ("public_pages", "pt-pages"))
        }
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "public_pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "public-pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }
