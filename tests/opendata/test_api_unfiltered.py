"""The read API's list of actions skips the timeline's FilterSet when no filter is given: the
FilterSet would filter nothing and order as the list already is, so the query is the same. A
page of it nearer its end is read from that end, and is the same page."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from opendata.api.views import ActionViewSet
from policies.filters import ActionFilter
from policies.models import EditorialState
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", [{}, {"page": "2"}, {"page_size": "10", "format": "json"}])
def test_no_filter_is_what_the_filterset_gives_without_one(query):
    request = RequestFactory().get("/api/actions/", query)
    view = ActionViewSet(request=request, format_kwarg=None)
    queryset = view.get_queryset()
    filtered = ActionFilter(data={}, queryset=queryset, request=request).qs
    assert str(view.filter_queryset(queryset).query) == str(filtered.query)


def test_a_filter_goes_through_the_filterset(imported_seeds, client):
    every = client.get("/api/actions/").json()["count"]
    bans = client.get("/api/actions/", {"type": "ban"}).json()["count"]
    assert 0 < bans < every
    assert client.get("/api/actions/", {"type": "nonsense"}).status_code == 400


def test_a_page_nearer_the_end_is_read_from_the_end_and_is_the_same_page(client):
    # Ties of date and of title, which only the pk orders, and a draft that is never listed.
    for n in range(11):
        PolicyActionFactory(date=datetime.date(2020, 1, 1 + n % 3), title=f"Same {n % 2}")
    PolicyActionFactory(state=EditorialState.DRAFT)
    listed = client.get("/api/actions/?page_size=20").json()["results"]
    every = [action["slug"] for action in listed]
    assert len(every) == 11
    for size in (1, 2, 3, 4, 5, 11):
        for page in range(1, -(-11 // size) + 1):
            with CaptureQueriesContext(connection) as queries:
                listed = client.get(f"/api/actions/?page_size={size}&page={page}").json()
            assert [action["slug"] for action in listed["results"]] == every[
                (page - 1) * size : page * size
            ]
            (read,) = [query["sql"] for query in queries if "LIMIT" in query["sql"]]
            from_the_end = (page - 1) * size > 11 - min(page * size, 11)
            assert ('"date" ASC' in read) is from_the_end, read
