"""Every public page makes a fixed number of queries, however many rows the database holds.

Each count is pinned exactly on a database with many actions, organisations and sources, and
the same page is then checked on a database with twice as many, so a count that grows with
rows (an N+1) fails here rather than in production.
"""

import pytest
from django.db import connection
from django.urls import reverse

from policies.models import EditorialState
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


def add_actions(state, count, organisations):
    """`count` published actions in the state's cities, and a draft, all well connected."""
    cities = [JurisdictionFactory(parent=state) for _ in range(4)]
    action = None
    for n in range(count):
        action = PolicyActionFactory(jurisdiction=cities[n % 4], action_type=["ban", "bill"][n % 2])
        for organisation in organisations[: n % 4 + 1]:
            ParticipantFactory(action=action, organisation=organisation)
        for _ in range(n % 3 + 1):
            article = ArticleFactory()
            article.organisations.add(*organisations[:3])
            article.jurisdictions.add(cities[n % 4])
            CitationFactory(action=action, article=article)
    PolicyActionFactory(jurisdiction=cities[0], state=EditorialState.DRAFT)
    return action


@pytest.fixture
def database():
    state = JurisdictionFactory(name="State", slug="state", kind="state")
    organisations = [OrganisationFactory() for _ in range(6)]
    action = add_actions(state, 30, organisations)

    def grow():
        add_actions(state, 30, organisations)

    return state, organisations[0], action, grow


# On PostgreSQL a search's chart is read through the search index (`through_search_index`): a
# savepoint (in a test's transaction; served, BEGIN), the planner settings, its rollback and
# release (served, ROLLBACK). Round trips of a fraction of a millisecond, for 116 -> 26 ms.
SEARCH_INDEX = 4 if connection.vendor == "postgresql" else 0

PAGES = {
    # the chart (its counts added up are the count), page of actions, participants (places and
    # organisations are typed), the types and statuses on record (only those are offered)
    "timeline": (lambda s, o, a: "/", 4),
    # ... plus looking up the chosen jurisdiction, organisation, and the places inside the
    # jurisdiction that hold actions (`within`)
    "filtered timeline": (
        lambda s, o, a: f"/?jurisdiction={s.slug}&organisation={o.slug}&type=ban&q=Action",
        7 + SEARCH_INDEX,
    ),
    # the action, its participants, its citations with articles
    "action": (lambda s, o, a: a.get_absolute_url(), 3),
    # place, the places inside it that hold actions (`within`), subtree (children and their
    # counts), counts, its own standing, the standing of the places inside it (counted apart,
    # so city bans never read as its own), page count, page of actions, participants; and the
    # places above it, not asked of this one at the top
    "jurisdiction": (lambda s, o, a: s.get_absolute_url(), 9),
    # the tree, totals, the points on the maps
    "jurisdiction list": (lambda s, o, a: reverse("maps:jurisdiction-list"), 3),
    "organisation list": (lambda s, o, a: reverse("policies:organisation-list"), 2),  # count, page
    # organisation, its newest actions, its roles in them, their count, its articles, their
    # count
    "organisation": (lambda s, o, a: o.get_absolute_url(), 6),
    # count, page of articles (publishers are typed, not listed)
    "article list": (lambda s, o, a: reverse("news:article-list"), 2),
    # article, organisations, jurisdictions, topics, citing actions, related, listed by
    "article": (lambda s, o, a: a.citations.first().article.get_absolute_url(), 7),
    "about": (lambda s, o, a: reverse("policies:about"), 0),
}


@pytest.mark.parametrize("page", PAGES)
def test_a_page_makes_the_same_number_of_queries_as_rows_grow(
    client, database, django_assert_num_queries, page
):
    state, organisation, action, grow = database
    url_for, queries = PAGES[page]
    url = url_for(state, organisation, action)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert b"notice-error" not in response.content  # every filter was valid
    grow()
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def test_the_filtered_timeline_finds_actions(client, database):
    state, organisation, action, _grow = database
    url = PAGES["filtered timeline"][0](state, organisation, action)
    assert len(client.get(url).context["actions"]) > 0
