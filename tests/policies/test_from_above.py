"""A place's page lists its own page of actions and the newest from the places above it in one
reading (`listed_with_from_above`): the same actions, in the same order, for one query more
than a place with nothing from above, where two listings took two more."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.models import EditorialState
from policies.places import ABOVE_SHOWN_PER_PLACE
from tests.factories import JurisdictionFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


def read(client, place):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(place.get_absolute_url())
    return response, len(queries)


def test_actions_from_above_cost_one_query_and_list_as_the_page_lists_them(client):
    state = JurisdictionFactory(name="State", slug="state", kind="state")
    city = JurisdictionFactory(name="City", slug="city", parent=state)
    for n in range(3):
        action = PolicyActionFactory(jurisdiction=city, date=datetime.date(2020, 1, 1 + n))
        ParticipantFactory(action=action)
    client.get(city.get_absolute_url())
    alone, queries_alone = read(client, city)
    for n in range(ABOVE_SHOWN_PER_PLACE + 2):
        action = PolicyActionFactory(
            jurisdiction=state, title=f"State {n}", date=datetime.date(2019, 1 + n, 1)
        )
        ParticipantFactory(action=action)
    with_above, queries_with_above = read(client, city)
    assert queries_with_above == queries_alone + 1
    listed = [action.title for year in with_above.context["groups"] for month in year.months
              for action in month.actions]  # fmt: skip
    assert listed == [action.title for year in alone.context["groups"] for month in year.months
                      for action in month.actions]  # fmt: skip
    [above] = with_above.context["from_above"]
    assert [action.title for action in above.actions] == [f"State {n}" for n in (6, 5, 4, 3, 2)]
    assert above.more == 2
    assert all('<p class="who"><a href="/organisations/' in action.html for action in above.actions)


def test_each_place_above_shows_its_own_newest_published_and_counts_only_those(client):
    country = JurisdictionFactory(name="Country", slug="country", kind="country")
    state = JurisdictionFactory(name="State", slug="state", kind="state", parent=country)
    city = JurisdictionFactory(name="City", slug="city", parent=state)
    same_day = datetime.date(2021, 6, 1)
    for title in ["B", "A", "D", "C", "F", "E", "G"]:  # one day: newest first is by title
        PolicyActionFactory(jurisdiction=state, title=f"State {title}", date=same_day)
    PolicyActionFactory(jurisdiction=state, title="State draft", state=EditorialState.DRAFT)
    for n in range(2):
        PolicyActionFactory(
            jurisdiction=country, title=f"Country {n}", date=datetime.date(2010 + n, 1, 1)
        )
    nearest, top = client.get(city.get_absolute_url()).context["from_above"]
    assert [action.title for action in nearest.actions] == [f"State {t}" for t in "ABCDE"]
    assert (nearest.place, nearest.total, nearest.more) == (state, 7, 2)
    assert [action.title for action in top.actions] == ["Country 1", "Country 0"]
    assert (top.place, top.total, top.more) == (country, 2, 0)
