"""A place's page reads its page of actions by SQL written once a process
(`record_reads.page_of_place`): the rows the ORM's own query read (`within`, `for_timeline`),
in the same order, through the index of places or walking dates; and a place with more places
inside that hold actions than a query names lists the same page through the ORM."""

import datetime

import pytest

from policies import views
from policies.choices import EditorialState
from policies.listing import LISTED_FIELDS
from policies.models import PolicyAction
from policies.record_reads import page_of_place
from tests.factories import JurisdictionFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def state():
    state = JurisdictionFactory(name="Oregon", slug="oregon", kind="state")
    cities = [JurisdictionFactory(parent=state) for _ in range(3)]
    for n in range(50):
        action = PolicyActionFactory(
            jurisdiction=cities[n % 3] if n % 5 else state,
            title=f"Action {n % 7}",
            date=datetime.date(2015 + n % 9, 1 + n % 12, 1 + n % 3),
        )
        ParticipantFactory(action=action)
    PolicyActionFactory(jurisdiction=JurisdictionFactory())  # elsewhere
    for place in (state, cities[0]):  # drafts, the newest of all: never on a page
        PolicyActionFactory(
            jurisdiction=place,
            title="A draft",
            date=datetime.date(2030, 1, 1),
            state=EditorialState.DRAFT,
        )
    return state


@pytest.mark.parametrize("walking_dates", [False, True], ids=["index of places", "dates walked"])
@pytest.mark.parametrize(("offset", "limit"), [(0, 40), (40, 40), (7, 5), (60, 40)])
def test_a_page_of_a_places_actions_is_the_rows_the_orm_reads(state, walking_dates, offset, limit):
    published = PolicyAction.objects.published()
    acted_in = published.places_acting_in(state)
    actions = published.within(state, walking_dates=walking_dates).for_timeline()
    expected = list(actions.values_list(*LISTED_FIELDS)[offset : offset + limit])
    assert page_of_place(acted_in, walking_dates, offset, limit, "default") == expected
    assert len(expected) == max(0, min(limit, 50 - offset))
    assert "A draft" not in {row[LISTED_FIELDS.index("title")] for row in expected}


@pytest.mark.parametrize("page", ["", "?page=2"])
def test_a_place_with_too_many_places_to_name_lists_the_same_page(client, monkeypatch, state, page):
    named = client.get(f"/jurisdictions/oregon/{page}").content
    monkeypatch.setattr(views, "MAX_PLACES_LISTED", 0)
    assert client.get(f"/jurisdictions/oregon/{page}").content == named
