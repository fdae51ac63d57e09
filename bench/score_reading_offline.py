"""Score the reader on the development corpus without a database, and time it.

    .venv/bin/python bench/score_reading_offline.py [--key KEY] [--docs DIR] [-v]

Reads every document with the parser the importer uses, proposes actions with
`suggestions.reading.read_document` and the stand-in directory (`reading_directory.yaml`),
writes the `read_news --json` shape to a temporary file and runs the corpus's scorer on it.
Prints the scorer's lines, then the reading time per document.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reading_common import ROOT, load_directory, suggestion_json, utc_date

from articles.parsing import read_document as parse_file
from suggestions.reading import read_document

SHARED = ROOT.parent / "shared"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--key", default=str(SHARED / "corpus" / "key.yaml"))
    parser.add_argument("--docs", default=str(SHARED / "corpus" / "docs"))
    parser.add_argument("--scorer", default=str(SHARED / "tools" / "score-reading"))
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dump", help="also write the JSON here")
    args = parser.parse_args()
    recogniser, places, organisations = load_directory()
    documents, elapsed = [], []
    for path in sorted(Path(args.docs).iterdir()):
        parsed = parse_file(path)
        started = time.perf_counter()
        proposals = read_document(parsed, recogniser)
        elapsed.append(time.perf_counter() - started)
        documents.append({
            "file": path.name,
            "format": parsed.format,
            "title": parsed.article.title,
            "date": utc_date(parsed.article.published_at),
            "url": parsed.article.url,
            "organisations": [],
            "jurisdictions": [],
            "suggestions": [suggestion_json(p, places, organisations) for p in proposals],
        })  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"documents": documents, "failures": []}, handle, indent=1)
    if args.dump:
        Path(args.dump).write_text(json.dumps({"documents": documents}, indent=1))
    command = [sys.executable, args.scorer, "--key", args.key, "--json", handle.name]
    result = subprocess.run(  # noqa: S603 (our own interpreter and the corpus scorer)
        command + (["-v"] if args.verbose else []), capture_output=True, text=True
    )
    lines = result.stdout.splitlines()
    print("\n".join(line for line in lines if args.verbose or line.startswith("suggested")))
    elapsed.sort()
    print(
        f"reading: {len(elapsed)} documents, mean {1000 * sum(elapsed) / len(elapsed):.2f} ms, "
        f"max {1000 * elapsed[-1]:.2f} ms per document"
    )


if __name__ == "__main__":
    main()
