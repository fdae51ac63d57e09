"""Check the reader against the curated records: every action in fixtures/actions.yaml should
be found in the seed documents by a suggestion that names it (`existing_action`), and no
suggestion should propose one of them again as new.

    DATABASE_URL=sqlite:////tmp/x.sqlite3 .venv/bin/python bench/reading_seeds.py

Needs a database where `migrate`, `load_directory` and `import_seeds` have run (the seeds and
the curated records). Prints one line per curated action, then any suggestion that quotes a
curated action's source but names no record, then the reading time per document.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from articles.parsing import read_document as parse_file  # noqa: E402
from directory.matching import build_mention_matcher  # noqa: E402
from policies.models import Citation, PolicyAction  # noqa: E402
from suggestions.news import existing_actions, suggestions_for  # noqa: E402


def _words(text):
    return " ".join((text or "").split())


def main():
    matcher = build_mention_matcher()
    candidates = existing_actions()
    curated = {a.slug: a for a in PolicyAction.objects.all()}
    quotes = {}
    for slug, quote in Citation.objects.values_list("action__slug", "quote"):
        if quote:
            quotes.setdefault(slug, []).append(_words(quote))
    found, again, elapsed = {}, [], []
    for path in sorted((ROOT / "seeds").iterdir()):
        document = parse_file(path)
        started = time.perf_counter()
        suggestions = suggestions_for(document, matcher, candidates)
        elapsed.append(time.perf_counter() - started)
        for suggestion in suggestions:
            slug = suggestion["existing_action"]
            if slug:
                found.setdefault(slug, []).append((path.name, suggestion))
                continue
            evidence = _words(suggestion["evidence"])
            for other, texts in quotes.items():
                # Quoting a curated action's source yet naming no record: proposed again.
                if any(evidence in text or text in evidence for text in texts):
                    again.append((path.name, other, suggestion))
    for slug in curated:
        hits = found.get(slug, [])
        mark = "found" if hits else "MISSED"
        where = ", ".join(sorted({name[:3] for name, _s in hits}))
        print(f"{mark:6} {slug} ({len(hits)} suggestions; seeds {where or '-'})")
    print(f"curated actions found: {sum(1 for s in curated if s in found)}/{len(curated)}")
    for name, slug, suggestion in again:
        print(
            f"proposed as new though quoted by {slug}: {name} {suggestion['type']} "
            f"{suggestion['date']} {suggestion['jurisdiction']}: {suggestion['evidence'][:80]!r}"
        )
    print(f"proposed again as new: {len(again)}")
    elapsed.sort()
    print(
        f"reading and matching: {len(elapsed)} documents, mean "
        f"{1000 * sum(elapsed) / len(elapsed):.1f} ms, max {1000 * elapsed[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
