"""Benchmark the public site at the scale of issue 14: every page type, served as `make run` does.

For each database (SQLite and PostgreSQL by default; `--database` picks one) it builds the data
set of bench/web/generate.py once and reuses it while its inputs are unchanged, counts each
page's queries and size in-process (Django's test Client), then serves the database with gunicorn
(2 workers, production settings) and loads each page with `wrk -t1 -c8`, each load following one
of the floor (`/robots.txt`) in the same run: a page's "% floor" is its req/s over the mean of
the floor runs just before and after it; its "CPU ms" is the workers' CPU a request over its
load, printed beside the floor's (roughly, a page at 15% of the floor costs 6.7 times the floor's
CPU). The full CSV export is downloaded once, streamed. The search pages are loaded a second
time with one connection: the summary's "search p50" is that run's, a search's own latency
(with eight connections on two workers, the p50 of a page is mostly its wait in the queue,
about 8 / req/s).

Two modes: "uncached" sets DJANGO_PUBLIC_CACHE=0 and no cache server: every page is rendered
afresh from its rows, while what scans every match (the chart, counts, totals) is kept per data
version in each worker's memory, as in production (DJANGO_KEEP_AGGREGATES); "cached" sets
REDIS_URL (a Redis database of its own, emptied first). Cached is measured only when a page
cache exists, that is when a repeated request reads nothing but the data version. In cached
mode the CSV export is downloaded twice: the first is written as it streams, the second is the
file kept from it (opendata/stored_downloads.py).

    python bench/bench_web.py                     # both databases, 8 s loads
    python bench/bench_web.py --database sqlite --quick
    python bench/bench_web.py --rebuild           # build the data sets again
"""

import argparse
import json
import os
import secrets
import selectors
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.web import datasette  # noqa: E402 (after the path is set)
from bench.web import load as loading  # noqa: E402
from bench.web.databases import TARGETS, ensure_built  # noqa: E402
from bench.web.generate import Sizes  # noqa: E402
from bench.web.inprocess import EXPORT_PATH, FLOOR_PATH, PAGES, SEARCH_PAGES  # noqa: E402

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
PAGE_TIMEOUT = 40  # seconds one page may take in-process before it is given up
EXPORT_TIMEOUT = 150  # and the whole CSV export


def base_env():
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_CACHE_URL")}
    return env | {
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_RATELIMIT_ENABLE": "0",
        "PYTHONPATH": str(ROOT),
    }


def mode_env(env, target, mode):
    env = env | {"DATABASE_URL": target.url}
    if mode == "cached":
        return env | {"REDIS_URL": REDIS_URL}
    return env | {"DJANGO_PUBLIC_CACHE": "0"}


def inprocess(env, *arguments, timeout=PAGE_TIMEOUT):
    """Run bench.web.inprocess; yield its JSON lines, or None for a line that did not come in
    time (the child is then stopped, and the caller starts again after that page)."""
    child = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "bench.web.inprocess", *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    try:
        while True:
            if not selector.select(timeout + 10):  # + Django's start-up
                yield None
                return
            line = child.stdout.readline()
            if not line:
                return
            yield json.loads(line)
    finally:
        child.kill()
        child.wait()


def count_queries(env, paths, timeout=PAGE_TIMEOUT):
    """{path: figures} for every path, in as few child processes as the slow pages allow."""
    figures, remaining = {}, list(paths)
    while remaining:
        for answer in inprocess(env, "pages", *remaining, timeout=timeout):
            if answer is None:
                figures[remaining.pop(0)] = {"timeout": True}
                break
            figures[answer["path"]] = answer
            remaining.remove(answer["path"])
        else:
            break
    return figures


def page_cache_present(env):
    answer = next(inprocess(env, "cache-check", "/"), None)
    # A page served from the page cache reads at most the data version; a page rendered
    # afresh reads its rows (its aggregates may be kept: DJANGO_KEEP_AGGREGATES).
    return bool(answer) and answer["second"] <= 1 < answer["first"]


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def measure_mode(target, mode, env, pages, seconds):
    server = loading.Server(env)
    server.start()
    try:
        rows = []
        floor_loads = [loading.wrk(server, FLOOR_PATH, seconds)]
        for name, path in pages:
            load = loading.load_page(server, path, seconds)
            alone = None
            if name in SEARCH_PAGES and not load.down:
                # A search's own latency: one request at a time. Under eight connections on
                # two workers the p50 is mostly the wait in the queue (about 8 / req/s).
                alone = loading.wrk(server, path, seconds, connections=1)
            floor_loads.append(loading.wrk(server, FLOOR_PATH, seconds))
            floor = (floor_loads[-2].rps + floor_loads[-1].rps) / 2  # just before and after
            rows.append({"name": name, "path": path, "load": load, "floor": floor, "alone": alone})
            print(f"    {name:<18} {load.rps:8.1f} req/s  floor {floor:7.0f}", flush=True)
        export = loading.stream_export(server, EXPORT_PATH)
        again = loading.stream_export(server, EXPORT_PATH) if mode == "cached" else None
    finally:
        server.stop()
    fields = ("seconds", "bytes", "lines", "problem")
    floor_cpu = [load.cpu_ms for load in floor_loads if load.cpu_ms is not None]
    return {
        "rows": rows,
        "floor_cpu_ms": statistics.median(floor_cpu) if floor_cpu else None,
        "export": dict(zip(fields, export, strict=True)),
        "export_again": again and dict(zip(fields, again, strict=True)),
    }


def kb(size):
    return f"{size / 1024:,.0f}" if size is not None else "—"


def ms(value):
    return "—" if value is None else (f"{value:,.0f}" if value >= 100 else f"{value:.1f}")


def cpu(value):
    return "—" if value is None else f"{value:.2f}"


def percent(value):
    return f"{value:.1f}%" if value < 10 else f"{value:.0f}%"


def print_table(target, mode, result, queries, published):
    print(f"\n{target.name}, {mode} (load average {os.getloadavg()[0]:.1f})")
    print(
        f"{'page':<18} {'path':<42} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'% floor':>8} {'CPU ms':>7} {'queries':>8} {'KB':>6}  note"
    )
    for row in result["rows"]:
        load, counted = row["load"], queries.get(row["path"], {})
        row["percent"] = 100 * load.rps / row["floor"] if row["floor"] else 0.0
        note = "; ".join(
            part for part in (load.down, load.note, load.errors and f"{load.errors} errors") if part
        )
        if counted.get("timeout"):
            note = (note + "; " if note else "") + f"in-process > {PAGE_TIMEOUT} s"
        if row.get("alone") is not None:
            alone = f"one at a time: p50 {ms(row['alone'].p50_ms)} ms"
            note = (note + "; " if note else "") + alone
        print(
            f"{row['name']:<18} {row['path'][:42]:<42} {load.rps:8.1f} {ms(load.p50_ms):>8} "
            f"{ms(load.p99_ms):>8} {percent(row['percent']):>8} {cpu(load.cpu_ms):>7} "
            f"{counted.get('queries', '—'):>8} {kb(counted.get('bytes')):>6}  {note}"
        )
    print(
        f"the floor ({FLOOR_PATH}): {cpu(result.get('floor_cpu_ms'))} ms of the workers' CPU a "
        "request (median of its loads); CPU ms is a page's, over its load"
    )
    counted = queries.get(EXPORT_PATH, {})
    print_export("CSV export", result["export"], published, counted)
    if result.get("export_again"):
        print_export("CSV export again (the kept file)", result["export_again"], published, {})


def print_export(what, export, published, counted):
    if export["seconds"]:
        rows = max(0, min(export["lines"] - 1, published))  # less the header line
        if rows < published and not export["problem"]:
            export["problem"] = f"incomplete: {rows:,} of {published:,} rows"
        export["rows_per_s"] = rows / export["seconds"]
        print(
            f"{what}: {rows:,} rows in {export['seconds']:.2f} s = "
            f"{export['rows_per_s']:,.0f} rows/s, {export['bytes'] / 2**20:.1f} MB, "
            f"{counted.get('queries', '—')} queries (in-process)  {export['problem']}"
        )
    else:
        export["rows_per_s"] = 0.0
        print(f"{what}: {export['problem']}")


def compare_with_datasette(env, target, result, published, seconds):
    """Datasette on the same SQLite file: req/s of each paired page, and the CSV's rows/s."""
    path = target.url.removeprefix("sqlite:///")
    loads, csv_seconds = datasette.measure(env, path, seconds)
    if loads is None:
        print("\nDatasette: not installed (pip install -e '.[bench]'); no comparison")
        return
    ours = {row["name"]: row["load"] for row in result["rows"]}
    print(f"\nbeside Datasette on the same SQLite file (load average {os.getloadavg()[0]:.1f})")
    print(f"{'page':<18} {'ours req/s':>11} {'Datasette':>10} {'ratio':>7}  Datasette's note")
    for name, theirs in loads.items():
        if name not in ours:
            continue
        ratio = ours[name].rps / theirs.rps if theirs.rps else float("nan")
        print(f"{name:<18} {ours[name].rps:11.1f} {theirs.rps:10.1f} {ratio:6.2f}x  {theirs.down}")
    if csv_seconds:
        theirs = published / csv_seconds  # Datasette streams every row: no worker timeout
        ratio = result["export"]["rows_per_s"] / theirs
        print(
            f"{'CSV export rows/s':<18} {result['export']['rows_per_s']:11,.0f} {theirs:10,.0f} "
            f"{ratio:6.2f}x"
        )


def worst(results, mode):
    rows = [row for result in results if result["mode"] == mode for row in result["rows"]]
    if not rows:
        return "n/a (no page cache)" if mode == "cached" else "n/a"
    row = min(rows, key=lambda row: row["percent"])
    return f"worst {percent(row['percent'])} of floor ({row['name']})"


def summary(results):
    uncached = [result for result in results if result["mode"] == "uncached"]
    searched = [r for r in uncached if r["target"] == "postgres"] or uncached
    # A search's latency is measured one request at a time (`measure_mode`).
    searches = [
        row.get("alone") or row["load"]
        for result in searched
        for row in result["rows"]
        if row["name"] in SEARCH_PAGES
    ]
    if not searches or any(load.p50_ms is None for load in searches):
        search = "down" if searches else "n/a"
    else:
        search = f"{max(load.p50_ms for load in searches):.0f} ms"
    export = min(result["export"]["rows_per_s"] for result in uncached)
    return (
        f"bench-web: uncached {worst(results, 'uncached')}, cached {worst(results, 'cached')}, "
        f"search p50 {search}, export {export:.0f} rows/s"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--quick", action="store_true", help="3 s loads instead of 8 s")
    parser.add_argument("--seconds", type=int, help="length of each wrk load")
    parser.add_argument("--rebuild", action="store_true", help="build the data sets again")
    parser.add_argument("--no-datasette", action="store_true", help="skip the comparison")
    parser.add_argument("--sizes", default="{}", help="JSON overriding the generator's Sizes")
    arguments = parser.parse_args()
    seconds = arguments.seconds or (3 if arguments.quick else 8)
    sizes = Sizes(**json.loads(arguments.sizes))
    names = ["sqlite", "postgres"] if arguments.database == "both" else [arguments.database]
    env = base_env()
    print(f"bench-web: {sizes}, wrk -t1 -c8 -d{seconds}s, load average {os.getloadavg()[0]:.1f}")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    results = []
    for name in names:
        target = TARGETS[name]
        ensure_built(target, sizes, 0, env, rebuild=arguments.rebuild)
        slugs = next(inprocess(mode_env(env, target, "uncached"), "resolve"))
        print(
            f"{name}: {slugs['published']:,} published actions; busiest organisation "
            f"{slugs['organisation']} ({slugs['organisation_actions']:,} actions)"
        )
        pages = [(page, path.format(**slugs)) for page, path in PAGES]
        for mode in ("uncached", "cached"):
            menv = mode_env(env, target, mode)
            if mode == "cached":
                flush_redis()
            cached = page_cache_present(menv)
            if mode == "cached" and not cached:
                print(f"{name}: cached: n/a (no page cache)")
                continue
            if mode == "uncached" and cached:
                print(f"{name}: warning: DJANGO_PUBLIC_CACHE=0 still served a repeat from a cache")
            print(f"{name}, {mode}: counting queries in-process", flush=True)
            queries = count_queries(menv, [path for _page, path in pages])
            queries |= count_queries(menv, [EXPORT_PATH], timeout=EXPORT_TIMEOUT)
            print(f"{name}, {mode}: loading with wrk", flush=True)
            begun = time.perf_counter()
            result = measure_mode(target, mode, menv, pages, seconds)
            print(f"  ({time.perf_counter() - begun:.0f} s)")
            result |= {"target": name, "mode": mode}
            print_table(target, mode, result, queries, slugs["published"])
            results.append(result)
            if name == "sqlite" and mode == "uncached" and not arguments.no_datasette:
                compare_with_datasette(env, target, result, slugs["published"], seconds)
    print()
    print(summary(results))


if __name__ == "__main__":
    main()
