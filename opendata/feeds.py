"""Atom and RSS feeds of newly published actions, so advocates can follow what is recorded.

The site-wide feed takes the timeline's filters as GET parameters (any filtered view can be
followed); the per-place, per-organisation and per-type feeds are short, stable URLs for the
most common ones. A place's feed includes everything inside it. Entries are ordered by when
they were published, not by when the action happened: a feed announces what is new here.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator

from core.publicdata import aggregates_version
from core.slugs import former_slug_redirect
from directory.models import Jurisdiction
from policies.choices import ActionType
from policies.filters import filtered_actions
from policies.kept_counts import (
    date_walk_pays,
    kept_place_count,
    published_count,
    walks_actions_of,
)
from policies.models import PolicyAction
from policies.participants import public_organisations

from .exports import LICENCE, SITE_NAME
from .feed_xml import AtomEntries, EntriesFeed, RssEntries, feed_entries
from .responses import rejects_bad_filters

FEED_ITEMS = 50


class _LicensedAtom(AtomEntries):
    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("link", "", {"rel": "license", "href": LICENCE["url"]})


class ActionFeed(EntriesFeed):
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

    def entries(self, actions):
        # The filters decide which actions; the feed's own order (newest published) decides
        # which are announced first, so the FilterSet's date ordering is replaced.
        return feed_entries(actions.in_publication_order()[:FEED_ITEMS])


class ActionRssFeed(ActionFeed):
    feed_type = RssEntries


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

    def entries(self, obj):
        actions = PolicyAction.objects.published()
        return feed_entries(self.narrow(actions, obj).in_publication_order()[:FEED_ITEMS])


class JurisdictionFeed(_NarrowedFeed):
    def records_by_slug(self):
        return Jurisdiction.objects.all()

    def narrowed_to(self, slug):
        return get_object_or_404(self.records_by_slug(), slug=slug)

    def narrow(self, actions, jurisdiction):
        """Its actions and those inside it; for a busy place, found by walking every published
        action in publication order until the feed is full, where the walk reads fewer than
        sorting all of the place's would (`date_walk_pays`, from kept counts): its query took
        3.6 -> 1.0 ms for California's 1,985 actions, 7.7 -> 1.9 for the European Union's
        3,363 on SQLite (bench/web); PostgreSQL walks either way."""
        version = aggregates_version(self.request)
        acted_in = actions.places_acting_in(jurisdiction, version=version)
        published = published_count(self.request)
        if published is not None:
            count = kept_place_count(
                self.request, jurisdiction, lambda: actions.within(jurisdiction, acted_in=acted_in)
            )
            if date_walk_pays(count, FEED_ITEMS, published):
                return actions.within(jurisdiction, walking_dates=True, acted_in=acted_in)
        return actions.within(jurisdiction, acted_in=acted_in)

    def title(self, jurisdiction):
        return f"{SITE_NAME}: newly published actions in {jurisdiction.qualified_name_in_sentence}"

    def description(self, jurisdiction):
        where = jurisdiction.qualified_name_in_sentence
        return (
            f"Actions on facial recognition in {where} and the places inside it, as they are "
            "published."
        )


class JurisdictionRssFeed(JurisdictionFeed):
    feed_type = RssEntries


class OrganisationFeed(_NarrowedFeed):
    def records_by_slug(self):
        return public_organisations()

    def narrowed_to(self, slug):
        return get_object_or_404(self.records_by_slug(), slug=slug)

    def narrow(self, actions, organisation):
        walked = walks_actions_of(self.request, organisation, actions.db)
        return actions.involving(organisation, walked=walked)

    def title(self, organisation):
        return f"{SITE_NAME}: newly published actions involving {organisation.name}"

    def description(self, organisation):
        return f"What {organisation.name} did, signed or was targeted by, as it is published."


class OrganisationRssFeed(OrganisationFeed):
    feed_type = RssEntries


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
    feed_type = RssEntries
