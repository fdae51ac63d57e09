"""Atom and RSS feeds of newly published actions, so advocates can follow what is recorded.

The site-wide feed takes the timeline's filters as GET parameters (any filtered view can be
followed); the per-place, per-organisation and per-type feeds are short, stable URLs for the
most common ones. A place's feed includes everything inside it. Entries are ordered by when
they were published, not by when the action happened: a feed announces what is new here.
"""

import io
from typing import NamedTuple

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from core.links import link
from core.slugs import former_slug_redirect
from directory.models import Jurisdiction
from policies.choices import ActionStatus, ActionType, shown_status
from policies.dates import format_partial_date
from policies.filters import filtered_actions
from policies.models import PolicyAction
from policies.participants import public_organisations

from .exports import LICENCE, SITE_NAME
from .responses import rejects_bad_filters

FEED_ITEMS = 50


class _WrittenAtOnce:
    """A feed written into one string and handed to the response at once: written straight
    into the response, each of its ~1,700 bits of XML went through a text wrapper and
    `HttpResponse.write` of its own (~1.3 of the feed's ~9.7 ms of CPU, bench/web, alternated
    in one process). The same bytes: the wrapper encoded them the same way."""

    def write(self, outfile, encoding):
        text = io.StringIO()
        super().write(text, encoding)
        outfile.write(text.getvalue().encode(encoding, "xmlcharrefreplace"))


class _Rss(_WrittenAtOnce, Rss201rev2Feed):
    pass


class _LicensedAtom(_WrittenAtOnce, Atom1Feed):
    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("link", "", {"rel": "license", "href": LICENCE["url"]})


class ActionFeed(Feed):
    """Newly published actions matching the timeline's filters (none: every action)."""

    feed_type = _LicensedAtom
    feed_copyright = (
        f"Records: CC BY 4.0 ({LICENCE['url']}); cite {SITE_NAME} and the record's URL."
    )

    @method_decorator(rejects_bad_filters(as_json=False))
    def __call__(self, request, *args, **kwargs):
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return filtered_actions(request, PolicyAction.objects.published())

    def title(self, obj):
        return f"{SITE_NAME}: newly published actions"

    def link(self, obj):
        query = self.request.GET.urlencode()
        return reverse("policies:timeline") + (f"?{query}" if query else "")

    def feed_url(self, obj):
        return self.request.get_full_path()

    def description(self, obj):
        return "Actions on facial recognition, as they are published on Policy Tracker."

    def subtitle(self, obj):
        return self.description(obj)

    def items(self, actions):
        # The filters decide which actions; the feed's own order (newest published) decides
        # which are announced first, so the FilterSet's date ordering is replaced.
        return feed_entries(actions.in_publication_order()[:FEED_ITEMS])

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.path

    def item_description(self, entry):
        return entry.description

    def item_pubdate(self, entry):
        return entry.published_at

    def item_updateddate(self, entry):
        return entry.updated_at

    def item_guid(self, entry):
        return self.request.build_absolute_uri(entry.path)

    item_guid_is_permalink = True

    def item_categories(self, entry):
        return entry.categories


class FeedEntry(NamedTuple):
    """What a feed says of an action, worked out once from its row."""

    title: str
    path: str
    description: str
    published_at: object
    updated_at: object
    categories: list


ACTION_TYPES = dict(ActionType.choices)
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


def feed_entries(actions):
    """The `FeedEntry` of each action in the queryset `actions`, read as plain rows: as model
    instances, with each text worked out by the item methods, 50 entries took ~6 of the
    feed's ~12.6 ms of CPU (bench/web)."""
    entries = []
    for row in actions.values_list(*ENTRY_FIELDS):
        (title, slug, summary, kind, status, expiry, date, precision) = row[:8]
        published_at, updated_at, place_id, place_name, qualified_name = row[8:]
        kind_label = ACTION_TYPES.get(kind, kind)
        # Readers render Atom summaries and RSS descriptions as HTML; the summary is plain
        # text.
        where = qualified_name if place_id else "Company-wide"
        status_label = ActionStatus(shown_status(status, expiry)).label
        description = (
            f"<p>{escape(summary)}</p>"
            f"<p>{escape(kind_label)} · {escape(status_label)} · "
            f"{escape(format_partial_date(date, precision))} · {escape(where)}</p>"
        )
        entries.append(
            FeedEntry(
                title=title,
                path=link("policies:action-detail", slug),
                description=description,
                published_at=published_at,
                updated_at=updated_at,
                categories=[kind_label, place_name] if place_id else [kind_label],
            )
        )
    return entries


class ActionRssFeed(ActionFeed):
    feed_type = _Rss


class _NarrowedFeed(ActionFeed):
    """A feed for one place, organisation or type, ignoring GET parameters."""

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            # A subscription outlives a renamed place or organisation.
            records = self.records_by_slug()
            moved = records is not None and former_slug_redirect(
                request, records, kwargs.get("slug")
            )
            if not moved:
                raise
            return moved

    def records_by_slug(self):
        """The records this feed is narrowed to by slug, or None when it is not."""
        return None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.narrowed_to(**kwargs)

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        actions = PolicyAction.objects.published()
        return feed_entries(self.narrow(actions, obj).in_publication_order()[:FEED_ITEMS])


class JurisdictionFeed(_NarrowedFeed):
    def records_by_slug(self):
        return Jurisdiction.objects.all()

    def narrowed_to(self, slug):
        return get_object_or_404(self.records_by_slug(), slug=slug)

    def narrow(self, actions, jurisdiction):
        return actions.within(jurisdiction)

    def title(self, jurisdiction):
        return f"{SITE_NAME}: newly published actions in {jurisdiction.qualified_name_in_sentence}"

    def description(self, jurisdiction):
        where = jurisdiction.qualified_name_in_sentence
        return (
            f"Actions on facial recognition in {where} and the places inside it, as they are "
            "published."
        )


class JurisdictionRssFeed(JurisdictionFeed):
    feed_type = _Rss


class OrganisationFeed(_NarrowedFeed):
    def records_by_slug(self):
        return public_organisations()

    def narrowed_to(self, slug):
        return get_object_or_404(self.records_by_slug(), slug=slug)

    def narrow(self, actions, organisation):
        return actions.involving(organisation)

    def title(self, organisation):
        return f"{SITE_NAME}: newly published actions involving {organisation.name}"

    def description(self, organisation):
        return f"What {organisation.name} did, signed or was targeted by, as it is published."


class OrganisationRssFeed(OrganisationFeed):
    feed_type = _Rss


class _ActionTypeTopic:
    def __init__(self, action_type):
        self.value = action_type
        self.label = ActionType(action_type).label

    def get_absolute_url(self):
        return reverse("policies:timeline") + f"?type={self.value}"


class ActionTypeFeed(_NarrowedFeed):
    def narrowed_to(self, action_type):
        if action_type not in ActionType.values:
            raise Http404("No such type of action.")
        return _ActionTypeTopic(action_type)

    def narrow(self, actions, topic):
        return actions.filter(action_type=topic.value)

    def title(self, topic):
        return f"{SITE_NAME}: newly published actions of type “{topic.label}”"

    def description(self, topic):
        return f"Every {topic.label.lower()} recorded on facial recognition, as it is published."


class ActionTypeRssFeed(ActionTypeFeed):
    feed_type = _Rss
