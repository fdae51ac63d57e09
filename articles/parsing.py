"""Turn news documents into plain data, without touching the database.

Two formats arrive: feed entries (YAML front matter between `---` lines, fields such as
`title`, `webUrl`, `related`: `feed_entries`) and plain-text posts (a title line, a "Posted
on ..." line, then paragraphs: `plain_posts`). The format is told from the content, never from
the file name. Here a file is read (a regular file only, never through a link, its size checked
first), decoded, told apart and parsed, and the mentions in its text found; `read_documents`
does so for a batch, as the importer's workers do. Every problem is raised as a
`DocumentError` that names the file and says what is wrong.
"""

import errno
import os
import stat

from core.strict_yaml import DocumentError

from .feed_entries import parse_feed
from .mentions import mention_text
from .parsed import FEED, KNOWN, PLAIN, ParsedArticle, ParsedDocument, content_hash
from .plain_posts import parse_plain

MAX_DOCUMENT_BYTES = 1024 * 1024


# --- Entry points -----------------------------------------------------------------------------


def detect_format(text):
    """Feed entries open with a `---` line; everything else is a plain-text post."""
    first_line = text.split("\n", 1)[0]
    return FEED if first_line.rstrip() == "---" else PLAIN


def decode_document(raw, source, *, max_bytes=MAX_DOCUMENT_BYTES):
    if len(raw) > max_bytes:
        raise DocumentError(
            source, f"file is {len(raw):,} bytes, over the limit of {max_bytes:,} bytes"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            source, f"not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DocumentError(source, "contains NUL bytes; not a text document")
    if not text or text.isspace():
        raise DocumentError(source, "missing title: the document is empty")
    return text


def parse_document(raw, source, *, max_bytes=MAX_DOCUMENT_BYTES):
    """Parse the bytes of one document into a `ParsedDocument`, or raise `DocumentError`."""
    text = decode_document(raw, source, max_bytes=max_bytes)
    raw_hash = content_hash(raw)
    if detect_format(text) == FEED:
        return parse_feed(text, source, raw_hash=raw_hash)
    return parse_plain(text, source, raw_hash=raw_hash)


# Opening never follows a link in the last step, and never waits: a file swapped for a link or
# a FIFO between the folder walk and the read is refused, not followed or waited on.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def read_document(path, *, max_bytes=MAX_DOCUMENT_BYTES, label=None):
    """Read and parse one regular file (`read_bytes`, then `parse_document`)."""
    source = label or str(path)
    return parse_document(
        read_bytes(path, max_bytes=max_bytes, label=source), source, max_bytes=max_bytes
    )


def read_bytes(path, *, max_bytes=MAX_DOCUMENT_BYTES, label=None):
    """The bytes of one regular file; the size is checked before the file is read.

    `path` is the file itself, not a link to it (`articles.sources` gives the paths links
    lead to); what the open finds is checked on the open file (fstat), not by another lookup
    of its name.
    """
    source = label or str(path)
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
        with open(descriptor, "rb") as handle:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                if stat.S_ISDIR(status.st_mode):
                    raise DocumentError(source, "is a directory, not a document")
                raise DocumentError(source, "is not a regular file (a FIFO, socket or device)")
            size = status.st_size
            if size > max_bytes:
                raise DocumentError(
                    source, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes"
                )
            # Asked for the size it has, the reader allocates that much, not the whole limit;
            # a file that grew since is read on, up to the limit, which decode_document checks.
            raw = handle.read(size + 1)
            if len(raw) > size:
                raw += handle.read(max_bytes + 1 - len(raw))
    except FileNotFoundError:
        raise DocumentError(source, "no such file") from None
    except PermissionError:
        raise DocumentError(source, "permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(source, "is a link, not a document: not followed") from None
        raise DocumentError(source, f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise DocumentError(
            source, f"file is {len(raw):,} bytes, over the limit of {max_bytes:,} bytes"
        )
    return raw


def find_mentions(document, matcher, *, skip=None):
    """Record on each article of `document` what `matcher` finds in its text; with `skip`, a
    set of addresses, not on related items at those addresses, and add theirs to it.

    Matching is pure and costs about as much as parsing, so it is done where the parsing is
    (a worker process, in a large import) rather than by the process that writes.
    """
    for article in (document.article, *document.related):
        if skip is not None:
            if article is not document.article and article.url in skip:
                continue
            skip.add(article.url)
        article.mentions = frozenset(
            matcher.find(mention_text(article.title, article.excerpt, article.body))
        )


def read_documents(jobs, *, max_bytes=MAX_DOCUMENT_BYTES, matcher=None, known=None, matched=None):
    """Read and parse each `(path, label)`: a list of `(label, document, problem)` triples.

    Exactly one of `document` and `problem` is set. Unlike `read_document`, nothing is raised:
    this runs in worker processes, where an exception would lose a whole chunk of files, so an
    unexpected error is reported against the file that caused it like any other problem.
    With a `matcher`, each document's mentions are found too (`find_mentions`).

    `known`, when given, is asked once for the whole batch: given the content hashes of the
    files' bytes, it answers `{hash: canonical URL}` for those an article is stored from, its
    mentions found with `matcher` as it is. A file it names is left unparsed: its document is
    `known_document`, which the importer parses only if the article changed since
    (`complete`). A re-run of unchanged files so costs reading and hashing them.

    `matched`, when given, is asked once too: given the addresses of the batch's related
    items, it answers those of articles stored with their mentions found by `matcher`. Such
    an item, and one another article of the batch gave first, is left without mentions
    (`find_mentions`): the importer finds them only if it changes the article.
    """
    read = []
    for path, label in jobs:
        try:
            read.append((label, read_bytes(path, max_bytes=max_bytes, label=label), None))
        except DocumentError as exc:
            read.append((exc.source, None, exc.problem))
        except Exception as exc:  # a bug here must not cost the other files their import
            read.append((label, None, f"could not be read ({type(exc).__name__}: {exc})"))
    hashes = [content_hash(raw) if raw is not None else None for _label, raw, _problem in read]
    stored = known([h for h in hashes if h]) if known is not None and any(hashes) else {}
    results = []
    for (label, raw, problem), digest in zip(read, hashes, strict=True):
        if raw is None:
            results.append((label, None, problem))
        elif digest in stored:
            results.append((label, known_document(label, raw, digest, stored[digest]), None))
        else:
            results.append(_parsed(label, raw, max_bytes, matcher if matched is None else None))
    if matcher is not None and matched is not None:
        results = _with_mentions(results, matcher, matched)
    return results


def _with_mentions(results, matcher, matched):
    """`results` with mentions found, but for the related items that need none yet (see
    `read_documents`). In the benchmark's corpus three in five related items repeat one given
    earlier in the run, and finding mentions cost three times as much in related items as in
    the documents (2.6 s against 0.8 s of CPU at 1,000 documents, the directory loaded); this
    took the parse step of 10,000 documents from 47.9 s of CPU to 33.3 s (README, Benchmarks)."""
    parsed = [document for _label, document, _problem in results if document is not None]
    urls = {item.url for document in parsed for item in document.related}
    skip = set(matched(urls)) if urls else set()
    with_mentions = []
    for label, document, problem in results:
        if document is not None and document.format != KNOWN:
            try:
                find_mentions(document, matcher, skip=skip)
            except Exception as exc:  # a matcher bug must not cost the other files their import
                problem = f"could not be read ({type(exc).__name__}: {exc})"
                document = None
        with_mentions.append((label, document, problem))
    return with_mentions


def known_document(source, raw, digest, url):
    """A file whose bytes are stored already, as article `url`, left unparsed: a document that
    names only that article, and keeps the bytes in case `complete` must parse them after all."""
    urls = ((url, "canonical"),)
    article = ParsedArticle(url=url, title="", urls=urls, content_hash=digest)
    return ParsedDocument(source=source, format=KNOWN, article=article, raw=raw)


def complete(document, *, matcher=None):
    """`(label, document, problem)` for a `known_document` parsed after all (its size was
    checked when it was read)."""
    return _parsed(document.source, document.raw, len(document.raw), matcher)


def _parsed(label, raw, max_bytes, matcher):
    try:
        document = parse_document(raw, label, max_bytes=max_bytes)
        if matcher is not None:
            find_mentions(document, matcher)
        return (label, document, None)
    except DocumentError as exc:
        return (exc.source, None, exc.problem)
    except Exception as exc:  # a parser bug must not cost the other files their import
        return (label, None, f"could not be read ({type(exc).__name__}: {exc})")
