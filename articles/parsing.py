"""Turn news documents into plain data, without touching the database.

Two formats arrive: feed entries (YAML front matter between `---` lines, fields such as
`title`, `webUrl`, `related`) and plain-text posts (a title line, a "Posted on ..." line, then
paragraphs). The format is told from the content, never from the file name. Every problem is
raised as a `DocumentError` that names the file and says what is wrong.
"""

import datetime
import errno
import json
import math
import os
import re
import stat

from core.strict_yaml import DocumentError, load_yaml

from .mentions import mention_text
from .parsed import (
    FEED,
    KNOWN,
    PLAIN,
    ParsedArticle,
    ParsedDocument,
    ParsedProvider,
    content_hash,
)
from .plain_posts import MAX_TITLE_LENGTH, parse_plain
from .urls import domain_of, not_too_long, strip_amp, web_url

MAX_DOCUMENT_BYTES = 1024 * 1024
# The widths of the columns these land in: refused here with the file's name, rather than by
# PostgreSQL mid-import with a raw "value too long" (SQLite would have stored them).
MAX_PROVIDER_NAME_LENGTH = 200
MAX_DOMAIN_LENGTH = 253
MAX_TOPIC_LENGTH = 100


# --- Shared field readers ---------------------------------------------------------------------


def _text(data, key, source, *, required=False, where=""):
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise DocumentError(source, f"{where}missing {key}")
        return ""
    if not isinstance(value, str):
        raise DocumentError(source, f"{where}'{key}' must be text, not {type(value).__name__}")
    return value.strip()


def _integer(data, key, source, where=""):
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise DocumentError(source, f"{where}'{key}' must be a whole number")
    return value


def _datetime(value, source, key, where=""):
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise DocumentError(source, f"{where}impossible date in '{key}': {value!r}") from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    raise DocumentError(source, f"{where}'{key}' must be a date and time")


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def _jsonable(value):
    """YAML data as JSON can hold it: dates as ISO text, every key as text."""
    kind = type(value)
    if kind in _JSON_SCALARS:  # most values; checked first because this runs on every one
        if kind is float and not math.isfinite(value):
            return str(value)  # YAML's .nan and .inf: JSON has no such numbers
        return value
    if kind is dict:
        return {
            key if type(key) is str else str(key): _jsonable(item) for key, item in value.items()
        }
    if kind is list:
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _canonical_json(data):
    """`data` as JSON with sorted keys: the same text for the same item, however it was laid out.

    The encoder turns dates into ISO text itself, which spares a copy of the data in the common
    case; data it cannot sort or encode as it stands (date keys, keys of mixed kinds, `.nan`)
    is converted by `_jsonable` first. Either way the same item always gives the same text.
    """
    try:
        return _CANONICAL_ENCODER.encode(data)
    except (TypeError, ValueError):
        return json.dumps(_jsonable(data), sort_keys=True)


def _iso_date(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


# Built once: `json.dumps` with options builds an encoder per call. YAML from `StrictLoader`
# holds no cycles (aliases are refused), so the encoder need not look for them.
_CANONICAL_ENCODER = json.JSONEncoder(
    sort_keys=True, allow_nan=False, default=_iso_date, check_circular=False
)


# --- Feed documents ---------------------------------------------------------------------------

_URL_FIELDS = {
    "canonical": ("originalUrl", "webUrl", "sourceUrl", "url"),
    "amp": ("ampWebUrl", "ampUrl"),
    "cdn_amp": ("cdnAmpWebUrl", "cdnAmpUrl"),
}
_MAPPED_FIELDS = {
    "title", "excerpt", "publishedDateTime", "provider", "topics", "images", "related",
    "quality", "heat", "published",
    *(name for names in _URL_FIELDS.values() for name in names),
}  # fmt: skip


def _feed_item(data, source, *, where=""):
    """One feed entry, the document's own or an item of its `related` list."""
    if not isinstance(data, dict):
        raise DocumentError(source, f"{where}expected key: value pairs")
    title = _text(data, "title", source, required=True, where=where)
    if len(title) > MAX_TITLE_LENGTH:
        raise DocumentError(source, f"{where}title is longer than {MAX_TITLE_LENGTH} characters")

    urls = []
    for kind, names in _URL_FIELDS.items():
        for name in names:
            if data.get(name) is not None:
                url = web_url(data[name], source, f"{where}{name}")
                if all(url != known for known, _kind in urls):
                    urls.append((url, "web" if name == "webUrl" and urls else kind))
    canonical = next((url for url, kind in urls if kind == "canonical"), None)
    if canonical is None:
        if not urls:
            raise DocumentError(source, f"{where}missing URL (originalUrl, webUrl or sourceUrl)")
        # Only an AMP address was given: the article is the page it stands for.
        canonical = strip_amp(urls[0][0])
    elif "amp" in canonical.lower() and strip_amp(canonical) != canonical:
        # A sloppy feed gave an AMP copy as the article's own address. The article is the page
        # it stands for, as when only AMP addresses are given, so that it is found by that page
        # whichever of its addresses comes first.
        urls = [(url, "amp" if kind == "canonical" else kind) for url, kind in urls]
        canonical = strip_amp(canonical)
    urls = [(url, kind) for url, kind in urls if url != canonical]
    urls.insert(0, (canonical, "canonical"))

    provider = None
    raw_provider = data.get("provider")
    metadata = {}
    if raw_provider is not None:
        if not isinstance(raw_provider, dict):
            raise DocumentError(source, f"{where}'provider' must have a name and a domain")
        name = _text(raw_provider, "name", source, where=f"{where}provider: ")
        not_too_long(name, MAX_PROVIDER_NAME_LENGTH, source, f"{where}provider name")
        domain = _text(raw_provider, "domain", source, where=f"{where}provider: ").lower()
        domain = domain or domain_of(canonical)
        not_too_long(domain, MAX_DOMAIN_LENGTH, source, f"{where}provider domain")
        provider = ParsedProvider(name=name or domain, domain=domain)
        extra = {k: v for k, v in raw_provider.items() if k not in ("name", "domain")}
        if extra:
            metadata["provider"] = _jsonable(extra)

    topics = data.get("topics") or []
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise DocumentError(source, f"{where}'topics' must be a list of names")
    for topic in topics:
        not_too_long(topic.strip(), MAX_TOPIC_LENGTH, source, f"{where}topic")
    images = data.get("images") or []
    if not isinstance(images, list) or not all(isinstance(i, dict) for i in images):
        raise DocumentError(source, f"{where}'images' must be a list of key: value items")
    published = data.get("published")
    if published is not None and not isinstance(published, bool):
        raise DocumentError(source, f"{where}'published' must be true or false")

    published_at = _datetime(data.get("publishedDateTime"), source, "publishedDateTime", where)
    metadata.update(
        {key: _jsonable(value) for key, value in data.items() if key not in _MAPPED_FIELDS}
    )
    return ParsedArticle(
        url=canonical,
        urls=tuple(urls),
        title=title,
        provider=provider,
        published_at=published_at,
        date_needs_review=published_at is None,
        excerpt=_text(data, "excerpt", source, where=where),
        topics=tuple(dict.fromkeys(t.strip() for t in topics if t.strip())),
        quality=_integer(data, "quality", source, where),
        heat=_integer(data, "heat", source, where),
        feed_published=published,
        images=_jsonable(images),
        feed_metadata=metadata,
    )


# A `---` or `...` line, found from the line break before it: a pattern that opens with a
# literal character lets the engine jump from one line break to the next.
_FRONT_MATTER_END = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?=\n|\Z)")


def split_front_matter(text, source):
    """Split `---\\n<yaml>\\n---\\n<body>` into its YAML and its body."""
    first_newline = text.find("\n")
    end = _FRONT_MATTER_END.search(text, first_newline) if first_newline != -1 else None
    if end is None:
        raise DocumentError(source, "front matter opened with '---' on line 1 is never closed")
    # From the second line up to and with the line break before the closing line.
    return text[first_newline + 1 : end.start() + 1], text[end.end() :].strip()


def parse_feed(text, source, *, raw_hash=""):
    front_matter, body = split_front_matter(text, source)
    data = load_yaml(front_matter, source)
    if not isinstance(data, dict):
        raise DocumentError(source, "front matter must be key: value pairs")
    article = _feed_item(data, source)
    article.body = body
    article.content_hash = raw_hash or content_hash(text)

    related_items = data.get("related") or []
    if not isinstance(related_items, list):
        raise DocumentError(source, "'related' must be a list of articles")
    related = []
    for position, item in enumerate(related_items, start=1):
        parsed = _feed_item(item, source, where=f"related item {position}: ")
        parsed.content_hash = content_hash(_canonical_json(item))
        if parsed.url != article.url:
            related.append(parsed)
    return ParsedDocument(source=str(source), format=FEED, article=article, related=related)


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
