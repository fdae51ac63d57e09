"""Time the reader on real documents with the directory in the database.

    DATABASE_URL=sqlite:////tmp/x.sqlite3 .venv/bin/python bench/bench_suggestions.py [DIR ...]

Reads every document under the folders given (the development corpus and the seeds by
default) and prints, per document: the time the directory's reader of names takes with spans
(what the importer's mention finding already pays for), the time the suggestion reader takes
once the names are known, and the time matching against the records on file takes, in CPU
time (which a busy shared machine inflates less than wall time). Best of three rounds.
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
from suggestions.news import existing_actions  # noqa: E402
from suggestions.reading import match_existing, read_document  # noqa: E402
from suggestions.reading.reader import reading_texts  # noqa: E402
from suggestions.text_recogniser import DirectoryRecogniser  # noqa: E402


class Remembered:
    """The names of each text, read once: the reader is then timed on its own."""

    def __init__(self, recogniser):
        self.recogniser = recogniser
        self.names = {}

    def read(self, text):
        if text not in self.names:
            self.names[text] = (self.recogniser.places(text), self.recogniser.organisations(text))
        return self.names[text]

    def places(self, text):
        return self.read(text)[0]

    def organisations(self, text):
        return self.read(text)[1]


def main():
    folders = [Path(p) for p in sys.argv[1:]] or [
        ROOT.parent / "shared" / "corpus" / "docs",
        ROOT / "seeds",
    ]
    documents = [parse_file(p) for folder in folders for p in sorted(folder.iterdir())]
    matcher = build_mention_matcher()
    candidates = existing_actions()
    rounds = {"names": [], "reading": [], "matching": []}
    for _round in range(3):
        recogniser = DirectoryRecogniser(matcher)
        started = time.process_time()
        remembered = Remembered(recogniser)
        for document in documents:
            for _index, text, _published in reading_texts(document):
                remembered.read(text)
        rounds["names"].append(time.process_time() - started)
        started = time.process_time()
        proposals = [read_document(document, remembered) for document in documents]
        rounds["reading"].append(time.process_time() - started)
        started = time.process_time()
        for found in proposals:
            for proposal in found:
                match_existing(proposal, candidates)
        rounds["matching"].append(time.process_time() - started)
    count = len(documents)
    print(f"{count} documents, {sum(map(len, proposals))} suggestions, {len(candidates)} records")
    for step, seconds in rounds.items():
        print(f"{step:9} {1000 * min(seconds) / count:6.2f} ms of CPU per document (best of 3)")


if __name__ == "__main__":
    main()
