"""The read API's list of actions skips the timeline's FilterSet when no filter is given: the
FilterSet would filter nothing and order as the list already is, so the query is the same."""

import pytest
from django.test import RequestFactory

from opendata.api.views import ActionViewSet
from policies.filters import ActionFilter

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
