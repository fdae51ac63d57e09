"""Benchmark the news importer on generated corpora of several sizes.

For each size N the corpus is generated with bench/generate_corpus.py (or reused from
bench/corpus/N). Then two figures are taken on the same files:

* parse-only: read every file and load each front matter with PyYAML's C loader alone, the
  floor that any importer of these documents has to pay;
* import: `articles.importer.import_documents` in a fresh subprocess (so memory figures belong
  to one run) against a fresh SQLite file, after `migrate`.

    python bench/bench_import.py --sizes 1000,10000 [--keep] [--tracemalloc]
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from generate_corpus import generate

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "bench" / "corpus"
RATIO_TARGET = 1.5  # import time over parse-only time
FLAT_TARGET = 1.5  # RSS growth at the largest N over the growth at the smallest N
COUNTS = ("created", "updated", "unchanged", "failed", "related_created")

# Runs in the subprocess, with cwd at the project root and the settings chosen by environment.
CHILD = """
import json, resource, sys, time, tracemalloc
from pathlib import Path

import django

django.setup()
from django.core.management import call_command

call_command("migrate", verbosity=0)
from articles.importer import import_documents

corpus, out, mode, counts = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
unit = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss is bytes on macOS, KiB on Linux

def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit

before = peak_rss_mb()
if mode == "trace":
    tracemalloc.start()
start = time.perf_counter()
report = import_documents([corpus])
seconds = time.perf_counter() - start
result = {"seconds": seconds, "rss_before": before, "rss_after": peak_rss_mb()}
if mode == "trace":
    result["traced_peak"] = tracemalloc.get_traced_memory()[1] / 2**20
result["counts"] = {name: getattr(report, name, None) for name in counts}
out.write_text(json.dumps(result))
"""


def corpus_for(n, workdir, keep):
    """bench/corpus/N when it exists; otherwise generate it (there with --keep, else in workdir)."""
    kept = CORPUS_DIR / str(n)
    if kept.is_dir() and any(kept.iterdir()):
        print(f"N={n}: reusing {kept.relative_to(ROOT)}")
        return kept
    target = kept if keep else workdir / f"corpus-{n}"
    start = time.perf_counter()
    paths = generate(n, target, seed=0)
    size = sum(path.stat().st_size for path in paths) / 2**20
    took = time.perf_counter() - start
    print(f"N={n}: generated {len(paths)} documents ({size:.1f} MB) in {took:.1f} s")
    return target


def parse_only(corpus):
    """Seconds to read every document and load each front matter with yaml.CSafeLoader."""
    feeds = plains = 0
    start = time.perf_counter()
    for path in sorted(corpus.iterdir()):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            front_matter = text[4:].partition("\n---")[0]  # up to the closing `---` line
            yaml.load(front_matter, Loader=yaml.CSafeLoader)
            feeds += 1
        else:
            plains += 1
    return time.perf_counter() - start, feeds, plains


def run_import(corpus, database, *, trace=False, debug=False):
    """Import `corpus` in a fresh interpreter and database; the child's figures, or None."""
    database.unlink(missing_ok=True)
    result_file = database.with_suffix(".json")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    if not debug:
        # With DEBUG on, Django records every query it runs: that costs time and memory that
        # production does not pay. DEBUG off needs a secret key; a throwaway one will do.
        env.setdefault("DJANGO_DEBUG", "0")
        env.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    mode = "trace" if trace else "time"
    command = [sys.executable, "-c", CHILD, str(corpus), str(result_file), mode, *COUNTS]
    completed = subprocess.run(command, cwd=ROOT, env=env, check=False)  # noqa: S603 - own code
    if completed.returncode != 0 or not result_file.exists():
        print(f"import of {corpus} failed (exit status {completed.returncode}); see above")
        return None
    return json.loads(result_file.read_text())


def measure(n, workdir, args):
    corpus = corpus_for(n, workdir, args.keep)
    parse_seconds, feeds, plains = min(parse_only(corpus) for _ in range(args.repeat))
    best = f"best of {args.repeat}"
    print(f"N={n}: parse-only {parse_seconds:.3f} s ({feeds} feed + {plains} plain, {best})")
    row = {"n": feeds + plains, "parse": parse_seconds}
    result = run_import(corpus, workdir / f"bench-{n}.sqlite3", debug=args.debug)
    if result is None:
        return row
    row.update(result)
    counts = ", ".join(f"{name} {value}" for name, value in result["counts"].items())
    print(f"N={n}: import {result['seconds']:.3f} s; report: {counts}")
    if result["counts"].get("failed"):
        print(f"N={n}: WARNING: {result['counts']['failed']} documents failed to import")
    if args.tracemalloc:
        traced = run_import(corpus, workdir / f"trace-{n}.sqlite3", trace=True, debug=args.debug)
        row["traced_peak"] = traced and traced["traced_peak"]
    return row


def print_table(rows, traced):
    header = ["N", "parse s", "import s", "docs/s", "import/parse", "peak RSS MB", "RSS growth MB"]
    header += ["traced peak MB"] if traced else []
    print()
    print("  ".join(f"{title:>{max(len(title), 8)}}" for title in header))
    for row in rows:
        cells = [str(row["n"]), f"{row['parse']:.3f}"]
        if "seconds" in row:
            growth = row["rss_after"] - row["rss_before"]
            cells += [f"{row['seconds']:.3f}", f"{row['n'] / row['seconds']:.0f}"]
            cells += [f"{row['seconds'] / row['parse']:.2f}", f"{row['rss_after']:.1f}"]
            cells += [f"{growth:.1f}"]
        else:
            cells += ["failed"] + ["-"] * 4
        if traced:
            cells.append(f"{row['traced_peak']:.1f}" if row.get("traced_peak") else "-")
        print("  ".join(f"{c:>{max(len(t), 8)}}" for c, t in zip(cells, header, strict=True)))


def print_verdicts(rows):
    done = [row for row in rows if "seconds" in row]
    if not done:
        print("\nno import finished: no verdict")
        return
    worst = max(done, key=lambda row: row["seconds"] / row["parse"])
    ratio = worst["seconds"] / worst["parse"]
    verdict = "PASS" if ratio <= RATIO_TARGET and len(done) == len(rows) else "FAIL"
    print(f"\nspeed: {verdict}: import/parse <= {RATIO_TARGET} (worst {ratio:.2f}, N={worst['n']})")
    if len(done) < 2:
        print("memory: no verdict, it needs two sizes")
        return
    small, large = min(done, key=lambda row: row["n"]), max(done, key=lambda row: row["n"])
    grow_small = small["rss_after"] - small["rss_before"]
    grow_large = large["rss_after"] - large["rss_before"]
    # A 1 MB floor, so a near-zero growth on the small corpus does not make any growth a failure.
    factor = grow_large / max(grow_small, 1.0)
    verdict = "PASS (flat)" if factor <= FLAT_TARGET else "FAIL (grows with N)"
    growths = f"{grow_large:.1f} MB at N={large['n']} vs {grow_small:.1f} MB at N={small['n']}"
    print(f"memory: {verdict}: RSS growth {growths} ({factor:.2f}x, target <= {FLAT_TARGET}x)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    keep = "keep corpora in bench/corpus/N and the work directory with the SQLite files"
    parser.add_argument("--keep", action="store_true", help=keep)
    parser.add_argument("--repeat", type=int, default=3, help="parse-only runs; best is kept")
    trace = "run each import a second time under tracemalloc (slow), for the Python heap peak"
    parser.add_argument("--tracemalloc", action="store_true", help=trace)
    parser.add_argument("--debug", action="store_true", help="leave DJANGO_DEBUG as set")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # keep our lines in order with the child's output
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]

    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        rows = [measure(n, workdir, args) for n in sizes]
    finally:
        if args.keep:
            print(f"work directory kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(rows, args.tracemalloc)
    print_verdicts(rows)


if __name__ == "__main__":
    main()
