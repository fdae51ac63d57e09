"""The reader storing uses: `reading.read_document`, given for each document a recogniser of
the places and organisations the importer found it names (`recognising`), and
`reading.match_existing`.

The reader's version is a digest of its rules' source, so every suggestion says which rules
read it, and a change of rules shows in the stored suggestions without anyone bumping a number.
"""

import functools
import hashlib
from pathlib import Path

from .reading import match_existing, read_document
from .recognising import DirectoryRecords, document_mentions

__all__ = ["current_reader", "match_existing", "reader_version"]


@functools.cache
def reader_version():
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent / "reading").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class DirectoryReader:
    """`read_document` with the directory's records: `prepare` reads those a batch of documents
    names, in a few queries, before they are read one by one."""

    def __init__(self):
        self.records = DirectoryRecords()
        self.version = reader_version()

    def prepare(self, documents):
        mentions = frozenset().union(*(document_mentions(d) for d in documents))
        self.records.load(
            (pk for kind, pk in mentions if kind == "jurisdiction"),
            (pk for kind, pk in mentions if kind == "organisation"),
        )

    def __call__(self, document):
        mentions = document_mentions(document)
        self.prepare([document])  # nothing to read when the batch was prepared
        return read_document(document, self.records.recogniser(mentions))


def current_reader():
    return DirectoryReader()
