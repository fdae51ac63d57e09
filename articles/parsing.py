"""Turn news documents into plain data, without touching the database.

Two formats arrive: feed entries (YAML front matter between `---` lines, fields such as
`title`, `webUrl`, `related`) and plain-text posts (a title line, a "Posted on ..." line, then
paragraphs). The format is told from the content, never from the file name. Every problem is
raised as a `DocumentError` that names the file and says what is wrong.
"""

import datetime
import hashlib
import json
import math
import os
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from core.strict_yaml import DocumentError, load_yaml

from .mentions import mention_text

MAX_DOCUMENT_BYTES = 1024 * 1024
MAX_TITLE_LENGTH = 500
# The widths of the columns these land in: refused here with the file's name, rather than by
# PostgreSQL mid-import with a raw "value too long" (SQLite would have stored them).
MAX_URL_LENGTH = 2000
MAX_PROVIDER_NAME_LENGTH = 200
MAX_DOMAIN_LENGTH = 253
MAX_TOPIC_LENGTH = 100
FEED = "feed"
PLAIN = "plain"


@dataclass(frozen=True, slots=True)
class ParsedProvider:
    name: str
    domain: str


@dataclass(slots=True)
class ParsedArticle:
    url: str
    title: str
    urls: tuple = ()  # (url, kind) pairs this article is known by, canonical first
    provider: ParsedProvider | None = None
    published_at: datetime.datetime | None = None
    date_needs_review: bool = False
    excerpt: str = ""
    body: str = ""
    topics: tuple = ()
    quality: int | None = None
    heat: int | None = None
    feed_published: bool | None = None
    images: list = field(default_factory=list)
    feed_metadata: dict = field(default_factory=dict)
    content_hash: str = ""
    # The organisations and jurisdictions its title, excerpt and body mention, when the parser
    # was given a matcher (see `find_mentions`); None when no one has looked.
    mentions: frozenset | None = None

    lookup_keys: tuple = field(init=False, default=())

    def __post_init__(self):
        self.lookup_keys = lookup_keys(self.urls)


def lookup_keys(urls):
    """Every URL under which an article may already be stored, AMP copies resolved.

    Each address is tried with and without a trailing slash too: sites and their AMP copies
    disagree about it, and a related item may give one spelling and the article the other.
    """
    keys = []
    for url, _kind in urls:
        # Every AMP form spells "amp" somewhere; `urls` are normalised already, so an address
        # without it is its own page and need not be taken apart again.
        unamped = strip_amp(url) if "amp" in url.lower() else url
        for key in (url, unamped) if unamped != url else (url,):
            keys.append(key)
            keys.append(key[:-1] if key.endswith("/") else key + "/")
    return tuple(dict.fromkeys(keys))


@dataclass(slots=True)
class ParsedDocument:
    source: str
    format: str
    article: ParsedArticle
    related: list = field(default_factory=list)


# --- URLs -----------------------------------------------------------------------------------

_TRACKING_PARAMETERS = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"}
_AMP_PARAMETERS = {("amp", ""), ("amp", "1"), ("amp", "true"), ("outputtype", "amp")}
_AMP_PARAMETERS_BY_NAME = {"_amp"}


# An address already spelt the way `normalize_url` spells them (lower case, no port, user or
# fragment): the common case, recognised without the cost of taking it apart with urlsplit.
_NORMAL_WEB_URL = re.compile(r"(https?://[a-z0-9.-]+)(/[^?#\s]*)?(?:\?([^#\s]*))?")


def normalize_url(url):
    """A stable spelling of a web address: lower-case scheme and host, no fragment or tracking."""
    url = url.strip()
    normal = _NORMAL_WEB_URL.fullmatch(url)
    if normal:
        return _normal_url(normal)
    return _normalize_parts(urlsplit(url))


def _normal_url(normal):
    """`normalize_url` of an address that `_NORMAL_WEB_URL` matched, from the match."""
    origin, path, query = normal.groups()
    query = _filter_query(query, _is_tracking) if query else ""
    return f"{origin}{path or '/'}{'?' if query else ''}{query}"


def _normalize_parts(parts):
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = _filter_query(parts.query, _is_tracking)
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def _is_tracking(key, _value):
    return key.startswith("utm_") or key in _TRACKING_PARAMETERS


def _filter_query(query, drop):
    """Remove parameters for which `drop(lower-case key, lower-case value)` holds.

    The kept parameters keep their exact spelling and order (`?amp` stays `?amp`).
    """
    if not query:
        return query
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        key, _sep, value = piece.partition("=")
        if not drop(key.lower(), value.lower()):
            kept.append(piece)
    return "&".join(kept)


def strip_amp(url):
    """The article an AMP or AMP-cache address stands for (best effort, never a guess of a host).

    https://www-x-com.cdn.ampproject.org/c/s/www.x.com/story/amp/ -> https://www.x.com/story/
    """
    normal = _NORMAL_WEB_URL.fullmatch(url)
    if normal:  # the usual case: already normalised, so the parts are the regex's groups
        origin, path, query = normal.groups()
        scheme, host = origin.split("://")
        netloc, path, query = host, path or "", query or ""
    else:
        parts = urlsplit(url)
        scheme, netloc, host = parts.scheme, parts.netloc, parts.hostname or ""
        path, query = parts.path, parts.query
    if host.endswith(".cdn.ampproject.org"):
        match = _AMP_CACHE_PATH.match(path)
        if match:
            inner = f"{'https' if match.group(1) else 'http'}://{match.group(2)}"
            inner += match.group(3) or "/"
            if query:
                inner += f"?{query}"
            return strip_amp(normalize_url(inner))
        return url
    if query:
        query = _filter_query(query, _is_amp_parameter)
    if path.startswith("/google-amp/"):
        path = path[len("/google-amp") :]
    if path.endswith(("/amp", "/amp/")):  # one /amp at the end, as the AMP convention has it
        path = path[: path.rindex("/amp")]
    path = path.removesuffix(".amp") or "/"
    if normal:  # what urlunsplit gives for these parts, without its general-purpose checks
        return f"{scheme}://{netloc}{path}{'?' if query else ''}{query}"
    return urlunsplit((scheme, netloc, path, query, ""))


_AMP_CACHE_PATH = re.compile(r"^/(?:[a-z]/)*?c/(s/)?([^/]+)(/.*)?$")


def _is_amp_parameter(key, value):
    return (key, value) in _AMP_PARAMETERS or key in _AMP_PARAMETERS_BY_NAME


def _not_too_long(value, limit, source, what):
    if len(value) > limit:
        raise DocumentError(source, f"{what} is {len(value):,} characters, more than {limit:,}")
    return value


def _web_url(value, source, field_name):
    if not isinstance(value, str) or not (value := value.strip()):
        raise DocumentError(source, f"'{field_name}' must be a web address")
    _not_too_long(value, MAX_URL_LENGTH, source, f"'{field_name}'")
    normal = _NORMAL_WEB_URL.fullmatch(value)
    if normal:  # plainly http(s) with a host
        return _normal_url(normal)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise DocumentError(source, f"'{field_name}' is not an http(s) web address: {value!r}")
    return _normalize_parts(parts)


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


def content_hash(data):
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()


def _domain_of(url):
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


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
                url = _web_url(data[name], source, f"{where}{name}")
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
        _not_too_long(name, MAX_PROVIDER_NAME_LENGTH, source, f"{where}provider name")
        domain = _text(raw_provider, "domain", source, where=f"{where}provider: ").lower()
        domain = domain or _domain_of(canonical)
        _not_too_long(domain, MAX_DOMAIN_LENGTH, source, f"{where}provider domain")
        provider = ParsedProvider(name=name or domain, domain=domain)
        extra = {k: v for k, v in raw_provider.items() if k not in ("name", "domain")}
        if extra:
            metadata["provider"] = _jsonable(extra)

    topics = data.get("topics") or []
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise DocumentError(source, f"{where}'topics' must be a list of names")
    for topic in topics:
        _not_too_long(topic.strip(), MAX_TOPIC_LENGTH, source, f"{where}topic")
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


# --- Plain-text documents ---------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_POSTED_ON = re.compile(r"^\s*(?:Posted|Published)(?: on)?:?\s+(?P<date>.+?)\s*$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|URL|Link):\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?P<month>{_MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_PATTERN})\.?,?\s+(?P<year>\d{{4}})$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")


def parse_posted_date(value, source):
    """Read the date of a "Posted on ..." line: "September 7, 2019", "7 Sept 2019", "2019-09-07"."""
    value = value.strip()
    match = _MONTH_DAY_YEAR.match(value) or _DAY_MONTH_YEAR.match(value) or _ISO_DATE.match(value)
    if match is None:
        raise DocumentError(source, f"cannot read the date in the 'Posted on' line: {value!r}")
    month = match.group("month")
    month = int(month) if month.isdigit() else _MONTHS[month.lower()]
    try:
        day = datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        raise DocumentError(source, f"impossible date in the 'Posted on' line: {value!r}") from None
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


def _first_paragraph(body, limit=400):
    paragraph = next((p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()), "")
    paragraph = " ".join(paragraph.split())
    if len(paragraph) <= limit:
        return paragraph
    return paragraph[:limit].rsplit(" ", 1)[0] + "…"


def plain_text_key(title):
    """A stable key for a post that carries no URL: derived from its title, not its file name."""
    normalized = " ".join(title.lower().split())
    return f"urn:policy-tracker:plain:{hashlib.sha256(normalized.encode()).hexdigest()[:20]}"


def parse_plain(text, source, *, raw_hash=""):
    lines = text.splitlines()
    title_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_index is None:
        raise DocumentError(source, "missing title: the document is empty")
    title = " ".join(lines[title_index].split())
    if len(title) > MAX_TITLE_LENGTH:
        raise DocumentError(
            source, f"missing title: the first line is longer than {MAX_TITLE_LENGTH} characters"
        )

    published_at = None
    url = None
    body_lines = []
    in_header = True  # "Posted on" and "Source:" lines count only before the first paragraph
    for line in lines[title_index + 1 :]:
        if in_header:
            posted = _POSTED_ON.match(line)
            if posted and published_at is None:
                published_at = parse_posted_date(posted.group("date"), source)
                continue
            source_line = _SOURCE_LINE.match(line)
            if source_line and url is None:
                url = _web_url(source_line.group("url"), source, "Source")
                continue
            if line.strip():
                in_header = False
        body_lines.append(line)
    body = "\n".join(body_lines).strip()

    urls = ((url, "canonical"),) if url else ((plain_text_key(title), "canonical"),)
    return ParsedDocument(
        source=str(source),
        format=PLAIN,
        article=ParsedArticle(
            url=urls[0][0],
            urls=urls,
            title=title,
            published_at=published_at,
            # "Today, June 7" gives no year: the date stays empty and staff are asked to set it.
            date_needs_review=published_at is None,
            excerpt=_first_paragraph(body),
            body=body,
            content_hash=raw_hash or content_hash(text),
        ),
    )


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


def read_document(path, *, max_bytes=MAX_DOCUMENT_BYTES, label=None):
    """Read and parse one file; the size is checked before the file is read."""
    source = label or str(path)
    try:
        # The size comes from the open file (fstat), not another lookup of its path.
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
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
    except IsADirectoryError:
        raise DocumentError(source, "is a directory, not a document") from None
    except PermissionError:
        raise DocumentError(source, "permission denied") from None
    except OSError as exc:
        raise DocumentError(source, f"cannot be read ({exc.strerror or exc})") from None
    return parse_document(raw, source, max_bytes=max_bytes)


def find_mentions(document, matcher):
    """Record on each article of `document` what `matcher` finds in its text.

    Matching is pure and costs about as much as parsing, so it is done where the parsing is
    (a worker process, in a large import) rather than by the process that writes.
    """
    for article in (document.article, *document.related):
        article.mentions = frozenset(
            matcher.find(mention_text(article.title, article.excerpt, article.body))
        )


def read_documents(jobs, *, max_bytes=MAX_DOCUMENT_BYTES, matcher=None):
    """`read_document` for each `(path, label)`: a list of `(label, document, problem)` triples.

    Exactly one of `document` and `problem` is set. Unlike `read_document`, nothing is raised:
    this runs in worker processes, where an exception would lose a whole chunk of files, so an
    unexpected error is reported against the file that caused it like any other problem.
    With a `matcher`, each document's mentions are found too (`find_mentions`).
    """
    results = []
    for path, label in jobs:
        try:
            document = read_document(path, max_bytes=max_bytes, label=label)
            if matcher is not None:
                find_mentions(document, matcher)
            results.append((label, document, None))
        except DocumentError as exc:
            results.append((exc.source, None, exc.problem))
        except Exception as exc:  # a parser bug must not cost the other files their import
            results.append((label, None, f"could not be read ({type(exc).__name__}: {exc})"))
    return results
