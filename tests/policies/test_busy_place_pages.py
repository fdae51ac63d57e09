"""A page of a busy place's actions is found by walking every action in date order, once the
counts that say the place is busy are kept; a quiet place's through the index of places. The
timeline lists the same actions in the same order either way."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.models import EditorialState, PolicyAction
from tests.factories import PolicyActionFactory, busy_and_quiet_places

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    """A state whose three cities hold 60 of 75 published actions; a town elsewhere with 3."""
    return busy_and_quiet_places()


def listed(response):
    return [action.url for action in response.context["listed"]]


@pytest.mark.parametrize("query", ["", "&sort=oldest", "&page=2", "&type=ban"])
def test_a_busy_places_page_walks_dates_and_lists_what_sorting_listed(
    client, aggregates_kept, places, query
):
    first = client.get(f"/?jurisdiction=oregon{query}")  # counts the matches, then keeps them
    assert not first.context["filter"].walks_dates
    again = client.get(f"/?jurisdiction=oregon{query}")
    assert again.context["filter"].walks_dates
    assert listed(again) == listed(first) and listed(first)


def test_a_places_actions_of_a_type_rare_elsewhere_are_walked_through_that_types_actions(
    client, aggregates_kept, places
):
    oregon, _bath = places
    for n in range(12):
        PolicyActionFactory(
            jurisdiction=oregon, action_type="lawsuit", date=datetime.date(2014 + n, 5, 1)
        )
    PolicyActionFactory.create_batch(90)  # bans elsewhere: sorting 12 of them was chosen
    first = client.get("/?jurisdiction=oregon&type=lawsuit")
    again = client.get("/?jurisdiction=oregon&type=lawsuit")
    assert again.context["filter"].walks_dates
    assert listed(again) == listed(first) and len(listed(first)) == 12


def test_a_quiet_places_page_is_found_through_the_index_of_places(client, aggregates_kept, places):
    client.get("/?jurisdiction=bath")
    again = client.get("/?jurisdiction=bath")
    assert not again.context["filter"].walks_dates
    assert len(listed(again)) == 3


def test_a_busy_place_narrowed_to_a_few_matches_by_another_filter_is_sorted(
    client, aggregates_kept, places
):
    client.get("/?jurisdiction=oregon&since=2022-06-01")
    again = client.get("/?jurisdiction=oregon&since=2022-06-01")
    assert not again.context["filter"].walks_dates
    assert 0 < again.context["paginator"].count < 15


def test_a_search_ranked_by_relevance_is_never_walked(client, aggregates_kept, places):
    client.get("/?jurisdiction=oregon&q=ban&sort=relevance")
    again = client.get("/?jurisdiction=oregon&q=ban&sort=relevance")
    assert not again.context["filter"].walks_dates


def test_after_a_publish_the_first_page_is_sorted_and_counts_the_new_action(
    client, aggregates_kept, places
):
    state, _town = places
    client.get("/?jurisdiction=oregon")
    assert client.get("/?jurisdiction=oregon").context["filter"].walks_dates
    PolicyActionFactory(
        jurisdiction=state, date=datetime.date(2030, 1, 1), state=EditorialState.PUBLISHED
    )
    after = client.get("/?jurisdiction=oregon")
    assert not after.context["filter"].walks_dates
    assert after.context["paginator"].count == 61
    assert listed(after)[0] == listed(client.get("/?jurisdiction=oregon"))[0]


def walked(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    unindexed = '"jurisdiction_id" + 0)'
    return response, any(unindexed in query["sql"] for query in queries.captured_queries)


def test_a_busy_places_own_page_walks_dates_and_lists_what_sorting_lists(
    client, aggregates_kept, places
):
    state, _town = places
    sorted_urls = [
        action.get_absolute_url()
        for action in PolicyAction.objects.published()
        .within(state)
        .order_by("-date", "title", "pk")
    ]
    for page, shown in ((1, slice(0, 40)), (2, slice(40, 60))):
        response, was_walked = walked(client, f"/jurisdictions/oregon/?page={page}")
        assert was_walked  # its count, kept as it is read, comes first
        assert [action.url for action in response.context["actions"]] == sorted_urls[shown]


def test_a_quiet_places_own_page_is_found_through_the_index_of_places(
    client, aggregates_kept, places
):
    client.get("/jurisdictions/bath/")
    response, was_walked = walked(client, "/jurisdictions/bath/")
    assert not was_walked and len(response.context["actions"]) == 3


@pytest.mark.parametrize("path", ["/?jurisdiction=oregon", "/jurisdictions/oregon/"])
def test_a_place_read_once_a_page_reads_the_data_version_once(
    client, aggregates_kept, places, path
):
    """Every aggregate of a page is of the one version the page read (`within()`'s list of
    the places inside that hold actions included)."""
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    versions = [q for q in queries.captured_queries if "core_publicdataversion" in q["sql"]]
    assert len(versions) == 1
