"""What parsing a news document gives: plain data, with no link to the database."""

import datetime
import hashlib
from dataclasses import dataclass, field

from .urls import lookup_keys

FEED = "feed"
PLAIN = "plain"
KNOWN = "known"  # stored already from the same bytes, and left unparsed


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


@dataclass(slots=True)
class ParsedDocument:
    source: str
    format: str
    article: ParsedArticle
    related: list = field(default_factory=list)
    raw: bytes | None = None  # the file's bytes, kept only while the document is KNOWN


def content_hash(data):
    """SHA-256 of a document's bytes (or of a related item's canonical JSON), in hex."""
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()
