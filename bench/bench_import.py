"""Benchmark the news importer on generated corpora of several sizes.

For each size N the corpus is generated with bench/generate_corpus.py (or reused from
bench/corpus/N). Then these figures are taken on the same files:

* parse-only: read every file and load each front matter with PyYAML's C loader alone, in
  this one process: the floor that any single-process importer of these documents has to pay;
* import, single process: `articles.importer.import_documents(..., workers=0)`, which
  parses, plans and writes one batch after the other in one process (its CPU time is also
  given for each step: parse, read stored, plan, write);
* import, pipelined: `import_documents` as `manage.py import_seeds` runs it, with two worker
  processes (`articles.import_workers`), each parsing a batch and then writing it in turn, one
  parsing while the other writes (on a machine with two or more cores);
* import, unread: the single-process import with suggestions left unread, so that what reading
  and storing suggested actions costs a document can be told (`print_suggestion_costs`);
* import, pipelined-unread: the pipelined import with suggestions left unread: the importer's
  own work (parse, find names, plan, write), what its speed floor is measured on;
* import, pipelined-unnamed: the same with no names found in the text (the matcher is still
  built, its `find` answers nothing): the importer's machinery apart from reading names, so
  that what finding names costs an import can be told.

The table, the CPU times, the suggestion costs and the verdicts are printed by
bench/import_report.py.

Each import runs in a fresh subprocess (so memory figures belong to one run) against a fresh
copy of one SQLite database prepared first, as a real installation has it: migrated, with the
directory of places (`manage.py load_directory`, about 75,000) and the curated reference
records. So an import builds the recogniser of the whole directory and reads suggestions
against it, inside the clock. `--no-directory` leaves the places out (the curated records
only), as the figures before the directory were taken.

    python bench/bench_import.py --sizes 1000,10000 [--keep] [--tracemalloc] [--no-directory]
"""

import argparse
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from generate_corpus import generate
from import_report import print_cpu_times, print_suggestion_costs, print_table, print_verdicts

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "bench" / "corpus"
COUNTS = ("created", "updated", "unchanged", "failed", "related_created")

# Runs in the subprocess, with cwd at the project root and the settings chosen by environment.
CHILD = """
import json, resource, sys, time, tracemalloc
from pathlib import Path

import django

django.setup()
from django.core.management import call_command

call_command("migrate", verbosity=0)  # nothing to do: the database is a prepared copy
from articles.import_workers import default_workers, usable_cores
from articles.importer import fewer_garbage_collections, import_documents
from articles.sources import document_files
from articles.signals import articles_imported
from suggestions import storing

corpus, out, mode, workers = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
read_suggestions, counts = sys.argv[5] == "read", sys.argv[6:]
if not read_suggestions:  # the import alone, to tell what reading suggestions adds to it
    articles_imported.disconnect(dispatch_uid="suggestions.store_imported")
from articles import importer

def find_nothing(text):
    return frozenset()

if sys.argv[5] == "unnamed":
    # The importer's own work with no names found in the text (the matcher still built), to
    # tell what finding names costs an import.
    build_with_names = importer.build_mention_matcher

    def build_without_names():
        matcher = build_with_names()
        matcher.find = find_nothing  # workers are forked: they inherit it
        return matcher

    importer.build_mention_matcher = build_without_names
unit = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss is bytes on macOS, KiB on Linux

def peak_rss_mb(who=resource.RUSAGE_SELF):
    return resource.getrusage(who).ru_maxrss / unit

def cpu_seconds(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime

# CPU seconds in each step of the import, as this process sees them: all of them in a single
# process; with workers, only what the main process does (they run the steps themselves).
from articles import import_storage
steps = dict.fromkeys(("parse", "read stored", "plan", "write"), 0.0)

def timed(module, name, step):
    function = getattr(module, name)

    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            steps[step] += time.process_time() - start

    setattr(module, name, wrapper)

if workers == "0":
    timed(importer, "read_batch", "parse")
    timed(import_storage, "read_stored", "read stored")
    timed(import_storage, "plan_batch", "plan")
    timed(import_storage, "write_plan", "write")

before = peak_rss_mb()
cpu_before = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
if mode == "trace":
    tracemalloc.start()
start = time.perf_counter()
with fewer_garbage_collections():  # as manage.py import_seeds runs it
    report = import_documents([corpus], workers=None if workers == "auto" else int(workers))
seconds = time.perf_counter() - start
result = {"seconds": seconds, "rss_before": before, "rss_after": peak_rss_mb()}
documents = sum(1 for _path in document_files([corpus]))
result["workers"] = default_workers(documents) if workers == "auto" else int(workers)
result["cores"] = usable_cores()
result["cpu"] = cpu_seconds(resource.RUSAGE_SELF) - cpu_before[0]
result["worker_cpu"] = cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_before[1]
# Workers have exited by now; RUSAGE_CHILDREN holds the largest peak among them.
result["worker_rss"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
if mode == "trace":
    result["traced_peak"] = tracemalloc.get_traced_memory()[1] / 2**20
result["counts"] = {name: getattr(report, name, None) for name in counts}
result["steps"] = steps if workers == "0" else None
# Suggestions are read and stored by whichever process wrote the batch: these figures are this
# process's, so they cover the whole import only when it ran without workers.
result["suggestions"] = {
    "documents": storing.STATS.documents,
    "reading_ms": storing.STATS.per_document_ms(storing.STATS.reading_seconds),
    "reading_cpu_ms": storing.STATS.per_document_ms(storing.STATS.reading_cpu_seconds),
    "storing_ms": storing.STATS.per_document_ms(storing.STATS.total_seconds),
}
out.write_text(json.dumps(result))
"""


# Runs once in a subprocess: the database every import starts from.
PREPARE = """
import sys

import django

django.setup()
from django.conf import settings
from django.core.management import call_command

from directory.loading import load_reference_records

call_command("migrate", verbosity=0)
if sys.argv[1] == "directory":
    call_command("load_directory")
# The curated jurisdictions and organisations, with their aliases, as a real import has them:
# without them the importer would have no mentions to find, and the figures would flatter it.
load_reference_records(settings.CURATED_FIXTURES_DIR)
"""


# One throwaway key for the whole benchmark: the directory's matcher file is signed with the
# key, and a file signed under another would be built again by every import.
_THROWAWAY_SECRET_KEY = secrets.token_urlsafe(50)


def child_environment(database, debug):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    if not debug:
        # With DEBUG on, Django records every query it runs: that costs time and memory that
        # production does not pay. DEBUG off needs a secret key; a throwaway one will do.
        env.setdefault("DJANGO_DEBUG", "0")
        env.setdefault("DJANGO_SECRET_KEY", _THROWAWAY_SECRET_KEY)
    return env


def prepare_database(workdir, *, directory, debug):
    """The database each import starts from a copy of; None when preparing it failed."""
    database = workdir / "prepared.sqlite3"
    start = time.perf_counter()
    command = [sys.executable, "-c", PREPARE, "directory" if directory else "curated"]
    env = child_environment(database, debug)
    completed = subprocess.run(command, cwd=ROOT, env=env, check=False)  # noqa: S603 - own code
    if completed.returncode != 0:
        print(f"preparing the database failed (exit status {completed.returncode}); see above")
        return None
    what = "migrated, directory of places and curated records" if directory else "curated only"
    print(f"prepared database ({what}) in {time.perf_counter() - start:.1f} s")
    return database


def copy_database(source, target):
    """A consistent copy of a SQLite database (its write-ahead log included)."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    original.close()
    copy.close()


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
    """Wall and CPU seconds to read every document and load each front matter with CSafeLoader."""
    feeds = plains = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for path in sorted(corpus.iterdir()):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            front_matter = text[4:].partition("\n---")[0]  # up to the closing `---` line
            yaml.load(front_matter, Loader=yaml.CSafeLoader)
            feeds += 1
        else:
            plains += 1
    return time.perf_counter() - start, time.process_time() - cpu_start, feeds, plains


# Workers for each kind of import run, and what is read as documents are stored ("unread" is
# the single-process import without suggestions: what reading them adds is the difference;
# "pipelined-unread" is the importer's own work with names found, as the floor of issue 11 is
# measured; "pipelined-unnamed" the same with no names found, what the importer's machinery
# costs apart from reading them).
MODES = {
    "single": ("0", "read"),
    "pipelined": ("auto", "read"),
    "unread": ("0", "unread"),
    "pipelined-unread": ("auto", "unread"),
    "pipelined-unnamed": ("auto", "unnamed"),
}


def run_import(corpus, database, *, prepared, mode, trace=False, debug=False):
    """Import `corpus` in a fresh interpreter, into a copy of the `prepared` database; the
    child's figures, or None."""
    copy_database(prepared, database)
    result_file = database.with_suffix(".json")
    env = child_environment(database, debug)
    workers, read = MODES[mode]
    command = [sys.executable, "-c", CHILD, str(corpus), str(result_file)]
    command += ["trace" if trace else "time", workers, read, *COUNTS]
    completed = subprocess.run(command, cwd=ROOT, env=env, check=False)  # noqa: S603 - own code
    if completed.returncode != 0 or not result_file.exists():
        print(f"import of {corpus} failed (exit status {completed.returncode}); see above")
        return None
    return json.loads(result_file.read_text())


def measure(n, workdir, args):
    """Parse-only and each import mode on the corpus of `n` documents: one row per mode.

    The machine is shared, so its load changes from minute to minute. Each round runs the
    parse-only pass and then every import, back to back; the best time of each over
    `--repeat` rounds is kept, the same treatment for the baseline and the imports. Memory
    figures are the largest seen over the rounds.
    """
    corpus = corpus_for(n, workdir, args.keep)
    rows = {mode: {"mode": mode, "runs": 0} for mode in args.modes}
    parse_seconds = parse_cpu = float("inf")
    for round_number in range(1, args.repeat + 1):
        load = "/".join(f"{value:.1f}" for value in os.getloadavg())
        seconds, cpu, feeds, plains = parse_only(corpus)
        parse_seconds, parse_cpu = min(parse_seconds, seconds), min(parse_cpu, cpu)
        line = f"N={n} round {round_number} (load average {load}): parse-only {seconds:.3f} s"
        for mode in args.modes:
            row = rows[mode]
            database = workdir / f"bench-{n}-{mode}.sqlite3"
            result = run_import(
                corpus, database, prepared=args.prepared, mode=mode, debug=args.debug
            )
            if result is None:
                continue
            row["runs"] += 1
            row["seconds"] = min(row.get("seconds", float("inf")), result["seconds"])
            row["rss_after"] = max(row.get("rss_after", 0), result["rss_after"])
            row["rss_growth"] = max(
                row.get("rss_growth", 0), result["rss_after"] - result["rss_before"]
            )
            row["worker_rss"] = max(row.get("worker_rss", 0), result["worker_rss"])
            row["workers"], row["cores"] = result["workers"], result["cores"]
            for name in ("cpu", "worker_cpu"):
                row[name] = min(row.get(name, float("inf")), result[name])
            row["counts"] = result["counts"]
            if result["steps"]:
                steps = row.setdefault("steps", dict.fromkeys(result["steps"], float("inf")))
                for step, seconds in result["steps"].items():
                    steps[step] = min(steps[step], seconds)
            if result["suggestions"]["documents"]:
                best = row.get("suggestions")
                if best is None or result["suggestions"]["reading_ms"] < best["reading_ms"]:
                    row["suggestions"] = result["suggestions"]
            line += f", {mode} {result['seconds']:.3f} s"
            if result["counts"].get("failed"):
                print(f"N={n}: WARNING: {result['counts']['failed']} documents failed to import")
        print(line)
    print(f"N={n}: {feeds} feed + {plains} plain documents; best of {args.repeat} rounds:")
    print(f"N={n}: parse-only {parse_seconds:.3f} s")
    for mode, row in rows.items():
        row.update(n=feeds + plains, parse=parse_seconds, parse_cpu=parse_cpu)
        if row["runs"] < args.repeat:
            row.pop("seconds", None)  # a failed run leaves no verdict for this mode
            continue
        counts = ", ".join(f"{name} {value}" for name, value in row["counts"].items())
        print(f"N={n}: import ({mode}) {row['seconds']:.3f} s; report: {counts}")
        if args.tracemalloc:
            database = workdir / f"trace-{n}-{mode}.sqlite3"
            traced = run_import(
                corpus,
                database,
                prepared=args.prepared,
                mode=mode,
                trace=True,
                debug=args.debug,
            )
            row["traced_peak"] = traced and traced["traced_peak"]
    return list(rows.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    keep = "keep corpora in bench/corpus/N and the work directory with the SQLite files"
    parser.add_argument("--keep", action="store_true", help=keep)
    repeat = "rounds of parse-only and imports; the best time of each is kept"
    parser.add_argument("--repeat", type=int, default=3, help=repeat)
    trace = "run each import a second time under tracemalloc (slow), for the Python heap peak"
    parser.add_argument("--tracemalloc", action="store_true", help=trace)
    parser.add_argument("--debug", action="store_true", help="leave DJANGO_DEBUG as set")
    modes = (
        "comma-separated import modes to run: single (one process), pipelined (workers), "
        "unread (one process, suggestions not read), pipelined-unread (workers, not read), "
        "pipelined-unnamed (workers, neither suggestions read nor names found)"
    )
    parser.add_argument("--modes", default="single,pipelined,unread", help=modes)
    no_directory = "import without the directory of places (the curated records only)"
    parser.add_argument("--no-directory", action="store_true", help=no_directory)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # keep our lines in order with the child's output
    print(f"{os.cpu_count()} CPUs; load average (1/5/15 min) at the start: {os.getloadavg()}")
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    args.modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if unknown := set(args.modes) - set(MODES):
        parser.error(f"unknown mode(s): {', '.join(sorted(unknown))}")

    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        args.prepared = prepare_database(workdir, directory=not args.no_directory, debug=args.debug)
        if args.prepared is None:
            sys.exit(1)
        rows = [row for n in sizes for row in measure(n, workdir, args)]
    finally:
        if args.keep:
            print(f"work directory kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(rows, args.tracemalloc)
    print_cpu_times(rows)
    print_suggestion_costs(rows)
    print_verdicts(rows, [mode for mode in args.modes if mode != "unread"])


if __name__ == "__main__":
    main()
