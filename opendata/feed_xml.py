"""Feeds whose entries are worked out once from plain rows and written as XML in one pass.

Django's syndication `Feed` asks a dozen `item_*` methods of every item, then hands each value
to `feedgenerator`, which writes it through a SAX generator a few characters at a time (~1,700
writes for 50 entries). Here an entry is a `FeedEntry` (`feed_entries`) and is written by
`AtomEntries.entry_xml` or `RssEntries.entry_xml` with the very escaping the generator uses
(`xml.sax.saxutils.escape` and `quoteattr`, attributes sorted by name, an empty element closed
as `<x/>`, control characters refused): the same bytes (tests/opendata/test_feed_xml.py). The
feed's own elements (title, links, rights) are still Django's. In-process CPU of the site's
feed of 50 actions on bench/web, alternated with Django's writing (5 rounds, the median of
their medians, and the least): Atom 9.5 -> 6.7 ms (8.3 -> 5.0), RSS 8.6 -> 6.3 (7.7 -> 5.0).
"""

import datetime
import html
import io
import re
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import Feed, add_domain
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponse
from django.utils.encoding import iri_to_uri
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, rfc2822_date, rfc3339_date
from django.utils.http import http_date
from django.utils.timezone import get_default_timezone, is_naive, make_aware
from django.utils.xmlutils import UnserializableContentError

from core.links import linker
from policies.choices import ActionStatus, ActionType, shown_status
from policies.dates import format_partial_date


class FeedEntry(NamedTuple):
    """What a feed says of an action, worked out once from its row: its title, its page's
    path, its summary as HTML, when it was published and updated, and its categories."""

    title: str
    path: str
    description: str
    published_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    categories: list


ACTION_TYPES = dict(ActionType.choices)
ACTION_STATUSES = dict(ActionStatus.choices)
ENTRY_FIELDS = (
    "title",
    "slug",
    "summary",
    "action_type",
    "status",
    "expiry_date",
    "date",
    "date_precision",
    "published_at",
    "updated_at",
    "jurisdiction_id",
    "jurisdiction__name",
    "jurisdiction__qualified_name",
)


def _html(text):
    """`django.utils.html.escape(text)`, without its wrapper for lazy text."""
    return html.escape(str(text))


def _aware(moment):
    # As Feed.get_feed makes them.
    if moment and is_naive(moment):
        return make_aware(moment, get_default_timezone())
    return moment


def feed_entries(actions):
    """The `FeedEntry` of each action in the queryset `actions`, read as plain rows: as model
    instances, with each text worked out by the item methods, 50 entries took ~3 of the
    feed's ~12.6 ms of CPU (bench/web)."""
    entries = []
    page_of = linker("policies:action-detail")
    for row in actions.values_list(*ENTRY_FIELDS):
        title, slug, summary, kind, status, expiry, date, precision = row[:8]
        published_at, updated_at, place_id, place_name, qualified_name = row[8:]
        kind_label = ACTION_TYPES.get(kind, kind)
        status_label = ACTION_STATUSES[shown_status(status, expiry)]
        # Readers render Atom summaries and RSS descriptions as HTML; the summary is plain
        # text.
        where = qualified_name if place_id else "Company-wide"
        description = (
            f"<p>{_html(summary)}</p>"
            f"<p>{_html(kind_label)} · {_html(status_label)} · "
            f"{_html(format_partial_date(date, precision))} · {_html(where)}</p>"
        )
        entries.append(
            FeedEntry(
                title=title,
                path=page_of(slug),
                description=description,
                published_at=_aware(published_at),
                updated_at=_aware(updated_at),
                categories=[kind_label, place_name] if place_id else [kind_label],
            )
        )
    return entries


_CONTROL = re.compile(r"[\x00-\x08\x0B-\x0C\x0E-\x1F]")


def _element(name, text, attributes=""):
    """`<name attributes>text</name>` as `SimplerXMLGenerator.addQuickElement` writes it:
    `<name attributes/>` when `text` is empty, control characters refused."""
    if not text:
        return f"<{name}{attributes}/>"
    if _CONTROL.search(text):
        raise UnserializableContentError("Control characters are not supported in XML 1.0")
    return f"<{name}{attributes}>{escape(text)}</{name}>"


class WrittenEntry(NamedTuple):
    """An entry with the absolute URLs of one request: its link and its id (guid)."""

    entry: FeedEntry
    link: str  # the page's absolute URL
    guid: str


class _Entries:
    """A feed generator's part that writes `entries` (`WrittenEntry`) in one string, and
    hands the whole feed to the response at once: written straight into the response, each
    of its bits of XML went through a text wrapper and `HttpResponse.write` of its own (~1.3
    of the feed's ~9.7 ms, alternated in one process). The same bytes: the wrapper encoded
    them the same way."""

    entries = ()

    def latest_post_date(self):
        dates = [
            moment
            for written in self.entries
            for moment in (written.entry.updated_at, written.entry.published_at)
            if moment
        ]
        return max(dates, default=None) or datetime.datetime.now(tz=datetime.UTC)

    def write_items(self, handler):
        # Written as is, already escaped: the handler's pending element is closed first.
        handler.ignorableWhitespace("".join(self.entry_xml(written) for written in self.entries))

    def write(self, outfile, encoding):
        text = io.StringIO()
        super().write(text, encoding)
        outfile.write(text.getvalue().encode(encoding, "xmlcharrefreplace"))


class AtomEntries(_Entries, Atom1Feed):
    def entry_xml(self, written):
        entry = written.entry
        parts = [
            "<entry>",
            _element("title", entry.title),
            f'<link href={quoteattr(written.link)} rel="alternate"/>',
        ]
        if entry.published_at is not None:
            parts.append(_element("published", rfc3339_date(entry.published_at)))
        if entry.updated_at is not None:
            parts.append(_element("updated", rfc3339_date(entry.updated_at)))
        parts.append(_element("id", written.guid))
        parts.append(_element("summary", entry.description, ' type="html"'))
        parts.extend(f"<category term={quoteattr(str(term))}/>" for term in entry.categories)
        parts.append("</entry>")
        return "".join(parts)


class RssEntries(_Entries, Rss201rev2Feed):
    def entry_xml(self, written):
        entry = written.entry
        parts = [
            "<item>",
            _element("title", entry.title),
            _element("link", written.link),
            _element("description", entry.description),
        ]
        if entry.published_at is not None:
            parts.append(_element("pubDate", rfc2822_date(entry.published_at)))
        parts.append(_element("guid", written.guid, ' isPermaLink="true"'))
        parts.extend(_element("category", str(term)) for term in entry.categories)
        parts.append("</item>")
        return "".join(parts)


class EntriesFeed(Feed):
    """A `Feed` whose entries are `FeedEntry`s (`entries(obj)`), written by its `feed_type`
    (an `AtomEntries` or `RssEntries`): Django's loop over items has none to ask about."""

    items = ()

    def __call__(self, request, *args, **kwargs):
        # Django's, with Last-Modified always sent: every entry has its dates.
        try:
            obj = self.get_object(request, *args, **kwargs)
        except ObjectDoesNotExist as missing:
            raise Http404("Feed object does not exist.") from missing
        feed = self.get_feed(obj, request)
        response = HttpResponse(content_type=feed.content_type)
        response.headers["Last-Modified"] = http_date(feed.latest_post_date().timestamp())
        feed.write(response, "utf-8")
        return response

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        domain, secure = get_current_site(request).domain, request.is_secure()
        feed.entries = [
            WrittenEntry(
                entry=entry,
                link=iri_to_uri(add_domain(domain, entry.path, secure)),
                guid=str(request.build_absolute_uri(entry.path)),
            )
            for entry in self.entries(obj)
        ]
        return feed
