"""What reading names costs: the mention matcher over the whole directory.

Run against a database where `load_directory` and `import_seeds` ran (DATABASE_URL), with a
folder of news documents (the development corpus, the seeds, or bench/corpus/N):

    DATABASE_URL=sqlite:///path.sqlite3 python bench/bench_reading.py PATH [--repeat 20]

Prints the directory's size, how long building the matcher takes and how much memory it holds,
the time mention finding adds per document (every article of a document, related items
included, as an import finds them) against parsing alone, in CPU time (what a busy shared
machine inflates least; wall time rises with the load), and how far the process's peak memory
rises when ten times as many documents are read (it should not: nothing is kept per document).
"""

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
django.setup()

from articles.mentions import mention_text  # noqa: E402
from articles.parsing import read_documents  # noqa: E402
from articles.sources import labelled_paths  # noqa: E402
from directory.matching import build_mention_matcher  # noqa: E402
from directory.models import Jurisdiction, Organisation  # noqa: E402


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    print(
        f"directory: {Jurisdiction.objects.count():,} places, "
        f"{Organisation.objects.count():,} organisations"
    )
    started = time.perf_counter()
    build_mention_matcher()
    built = time.perf_counter() - started
    tracemalloc.start()  # a second build, traced: tracing slows it down
    matcher = build_mention_matcher()
    held = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    print(f"matcher: built in {built:.2f} s, holds {held:.0f} MB (traced)")

    jobs = list(labelled_paths(args.paths))
    documents = [doc for _label, doc, _problem in read_documents(jobs) if doc is not None]
    texts = [
        mention_text(article.title, article.excerpt, article.body)
        for doc in documents
        for article in (doc.article, *doc.related)
    ]
    parse_times, find_times = [], []
    for _ in range(args.repeat):
        started = time.process_time()
        read_documents(jobs)
        parse_times.append((time.process_time() - started) / len(documents))
        started = time.process_time()
        for text in texts:
            matcher.find(text)
        find_times.append((time.process_time() - started) / len(documents))
    words = sum(len(text.split()) for text in texts) / len(documents)
    print(f"documents: {len(documents)} ({len(texts)} articles, {words:.0f} words each on average)")
    print(
        f"parsing alone: {statistics.median(parse_times) * 1000:.2f} ms CPU per document "
        f"(median of {args.repeat})"
    )
    print(
        f"mention finding adds: {statistics.median(find_times) * 1000:.2f} ms CPU per document "
        f"(median; best {min(find_times) * 1000:.2f}, worst {max(find_times) * 1000:.2f})"
    )

    before = peak_rss_mb()
    for _ in range(10):
        for _label, document, _problem in read_documents(jobs, matcher=matcher):
            del document
    print(
        f"peak RSS: {before:.1f} MB after one pass, {peak_rss_mb():.1f} MB after ten more "
        f"(+{peak_rss_mb() - before:.1f} MB)"
    )


if __name__ == "__main__":
    main()
