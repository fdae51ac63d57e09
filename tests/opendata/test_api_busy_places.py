"""The API lists a busy place's actions by walking every action in date order once the counts
that say the place is busy are kept, as the timeline does; a quiet place's through the index
of places. The records are the same either way."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import busy_and_quiet_places

pytestmark = pytest.mark.django_db

UNINDEXED = '"jurisdiction_id" + 0)'


@pytest.fixture
def places():
    """A state whose three cities hold 60 of 75 published actions; a town elsewhere with 3."""
    return busy_and_quiet_places()


def read(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    walked = any(UNINDEXED in query["sql"] for query in queries.captured_queries)
    return response, walked


@pytest.mark.parametrize("query", ["", "&ordering=x", "&sort=oldest", "&page=2&page_size=20"])
def test_a_busy_places_records_are_walked_once_counted_and_are_the_same(
    client, aggregates_kept, places, query
):
    first, walked_first = read(client, f"/api/actions/?jurisdiction=oregon{query}")
    again, walked_again = read(client, f"/api/actions/?jurisdiction=oregon{query}")
    assert not walked_first and walked_again
    assert first.status_code == 200 and first.content == again.content


def test_a_quiet_places_records_are_found_through_the_index_of_places(
    client, aggregates_kept, places
):
    read(client, "/api/actions/?jurisdiction=bath")
    response, walked = read(client, "/api/actions/?jurisdiction=bath")
    assert not walked and response.json()["count"] == 3


def test_a_search_ranked_by_relevance_is_never_walked(client, aggregates_kept, places):
    path = "/api/actions/?jurisdiction=oregon&q=ban&sort=relevance"
    read(client, path)
    assert not read(client, path)[1]


def test_a_page_that_cannot_be_read_is_refused_as_before(client, aggregates_kept, places):
    read(client, "/api/actions/?jurisdiction=oregon&page=x")
    response, walked = read(client, "/api/actions/?jurisdiction=oregon&page=x")
    assert response.status_code == 400 and "page" in response.json() and not walked
