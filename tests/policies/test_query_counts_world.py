"""With a world-sized directory loaded, every public page still makes a fixed number of
queries: pinned here on a generated directory of ~14,000 places (a fifth of the real one's
size, the same shape; WORLD_SCALE=1 runs it at full size), checked again after the directory
and the record have grown."""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.bench_places import publish_actions
from bench.world_places import build_world
from directory.models import Jurisdiction
from directory.place_names import PlaceName
from policies.models import PolicyAction
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db

SCALE = float(os.environ.get("WORLD_SCALE", "0.2"))

PAGES = {
    # the chart (its counts added up are the count), page, participants (places and
    # organisations are typed, not listed), the types and statuses on record
    "/": 4,
    # ... and the chosen place, and the places inside it that hold actions (`within`)
    "/?jurisdiction=massachusetts": 6,
    # listed places, their totals, the cities and counties drawn as points
    "/jurisdictions/": 3,
    # totals, result count, page of results (whether a place has records is a subquery of
    # the ordering)
    "/jurisdictions/?q=Boston": 3,
    # ... and the places the qualifier names
    "/jurisdictions/?q=Boston%2C+MA": 4,
    # ... and, no place being named "boston massachusetts", the reading tried first
    "/jurisdictions/?q=boston+massachusetts": 5,
    # place, places above, their own actions' ids (how many, which are the newest), the places
    # inside that hold actions (`within`), places inside, totals inside, count, the page's
    # ids, its actions and the newest from above (one listing), their participants, its own
    # standing, the standing of the places inside it (counted apart: city bans never read as
    # the place's own)
    "/jurisdictions/boston-ma/": 12,
    "/jurisdictions/massachusetts/": 12,
    # ... with no records: no place inside holds an action, so nothing inside is asked for
    # (no places, totals, count or page of actions, no standing); its notice asks if it has
    # places inside
    "/jurisdictions/portland-me/": 7,
    # a root: no places above, none asked for, and the page's actions listed alone
    "/jurisdictions/united-states/": 9,
    # count, page (publishers are typed, with suggestions from their own endpoint)
    "/articles/": 2,
    # ... and the chosen place, its mentions counted (kept where aggregates are: it says how its
    # news is best read) and, for a place in few articles, their ids
    "/articles/?jurisdiction=portland-me": 5,
    "/sitemap.xml": 6,  # a count per section, and the page of one
    "/sitemap-jurisdictions.xml": 2,  # count, page
    "/sitemap-actions.xml": 2,
}


# The pages of a place with no records are pinned too: no generated action may land there.
EMPTY_PLACES = ["portland-me"]


def grow():
    """A thousand more towns in Massachusetts and Maine, and 300 more published actions."""
    states = list(Jurisdiction.objects.filter(slug__in=["massachusetts", "maine"]))
    Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"Newtown {n}", slug=f"newtown-{n}", kind="city", parent=states[n % 2])
        for n in range(1000)
    )
    Jurisdiction.objects.rebuild_tree()
    PlaceName.objects.sync()
    publish_actions(300, seed=1, prefix="more", avoid=EMPTY_PLACES)


@pytest.fixture
def world(db):
    build_world(SCALE)
    publish_actions(300, avoid=EMPTY_PLACES)
    article = ArticleFactory()
    article.jurisdictions.add(Jurisdiction.objects.get(slug="portland-me"))
    CitationFactory(action=PolicyAction.objects.published().first(), article=article)


def query_counts(client):
    counts = {}
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        assert b"notice-error" not in response.content, url  # every filter was valid
        counts[url] = len(queries.captured_queries)
    return counts


def test_every_public_page_makes_a_fixed_number_of_queries_with_the_world_loaded(client, world):
    assert query_counts(client) == PAGES
    grow()
    assert query_counts(client) == PAGES
