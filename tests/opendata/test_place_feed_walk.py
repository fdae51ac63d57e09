"""A busy place's feed is found by walking every published action in publication order, where
that reads fewer than sorting all of the place's (`date_walk_pays`): it announces the same
actions, in the same order, either way."""

import datetime

import pytest
from django.urls import reverse

from opendata import feeds
from policies.models import EditorialState, PolicyAction
from tests.factories import JurisdictionFactory, PolicyActionFactory
from tests.opendata.test_feeds import feed_slugs

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[True, False], ids=["walked", "sorted"])
def walks(request, settings, monkeypatch):
    settings.PUBLIC_AGGREGATES_KEPT = True  # the choice is made from kept counts
    monkeypatch.setattr(feeds, "date_walk_pays", lambda matches, page_end, published: request.param)
    return request.param


def published(title, place, day, **fields):
    action = PolicyActionFactory(title=title, slug=title.lower(), jurisdiction=place, **fields)
    at = datetime.datetime(2024, 1, day, tzinfo=datetime.UTC)
    PolicyAction.objects.filter(pk=action.pk).update(published_at=at)
    return action


def test_a_place_feed_announces_its_and_its_places_actions_newest_published_first(client, walks):
    state = JurisdictionFactory(name="State", slug="state", kind="state")
    city, elsewhere = JurisdictionFactory(parent=state), JurisdictionFactory()
    published("Old", state, 1)
    published("New", city, 3)
    published("Mid", state, 2)
    published("Abroad", elsewhere, 4)
    PolicyActionFactory(title="Draft", jurisdiction=city, state=EditorialState.DRAFT)
    for name in ("opendata:jurisdiction-feed-atom", "opendata:jurisdiction-feed-rss"):
        assert feed_slugs(client, reverse(name, args=["state"])) == ["new", "mid", "old"]


def test_a_place_where_nothing_is_recorded_has_an_empty_feed_either_way(client, walks):
    JurisdictionFactory(name="Quiet", slug="quiet")
    published("Abroad", JurisdictionFactory(), 1)
    assert feed_slugs(client, "/feeds/jurisdictions/quiet.atom") == []
