"""What the tracker reads from news documents, stored nowhere: the documents parsed and their
mentions found exactly as an import finds them (`parsing.read_documents` with the matcher)."""

import datetime

from .parsing import FEED, MAX_DOCUMENT_BYTES, read_documents
from .sources import DEFAULT_INCLUDE, labelled_paths


def read_news(paths, matcher, *, include=DEFAULT_INCLUDE, max_bytes=MAX_DOCUMENT_BYTES):
    """(label, parsed document, problem) for each document file under `paths`, in file order;
    exactly one of the document and the problem is set. Files are read one at a time."""
    for job in labelled_paths(paths, include):
        yield from read_documents([job], max_bytes=max_bytes, matcher=matcher)


def document_date(document):
    """The document's own date: a feed's publication time as a UTC date, a plain post's
    Posted-on date; None when the text gives none."""
    published_at = document.article.published_at
    if published_at is None:
        return None
    if document.format == FEED and published_at.tzinfo is not None:
        published_at = published_at.astimezone(datetime.UTC)
    return published_at.date()
