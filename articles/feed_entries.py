"""Feed entries: YAML front matter between `---` lines, then the article's text.

The front matter's fields (`title`, the addresses such as `webUrl`, `provider`, `topics`,
`publishedDateTime`, `related` and the rest) are checked and mapped onto a `ParsedArticle`, and
each item of `related` becomes one too; the fields not mapped are kept as the article's feed
metadata, as JSON can hold them. Pure functions, reached through `parsing.parse_document`;
every problem is raised as a `DocumentError` that names the file and says what is wrong.
"""

import datetime
import json
import math
import re

from core.strict_yaml import DocumentError, load_yaml

from .parsed import FEED, ParsedArticle, ParsedDocument, ParsedProvider, content_hash
from .plain_posts import MAX_TITLE_LENGTH
from .urls import domain_of, not_too_long, strip_amp, web_url

# The widths of the columns these land in: refused here with the file's name, rather than by
# PostgreSQL mid-import with a raw "value too long" (SQLite would have stored them).
MAX_PROVIDER_NAME_LENGTH = 200
MAX_DOMAIN_LENGTH = 253
MAX_TOPIC_LENGTH = 100


# --- Field readers ----------------------------------------------------------------------------


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
