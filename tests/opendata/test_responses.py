"""Every download and every filtered feed answers a filter that names nothing the same way: a 400
that says which filter and why, carrying the licence like any download."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from opendata.responses import rejects_bad_filters
from policies.filters import InvalidFilters, filtered_actions
from policies.models import PolicyAction
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db

BAD = "?type=picnic&since=soon"

DOWNLOADS_AND_FEEDS = {
    "opendata:export-csv": "text",
    "opendata:export-json": "json",
    "opendata:export-timelinejs": "json",
    "opendata:feed-atom": "text",
    "opendata:feed-rss": "text",
}


@pytest.mark.parametrize(("name", "answer"), DOWNLOADS_AND_FEEDS.items())
def test_a_bad_filter_is_a_400_that_names_each_filter(client, name, answer):
    response = client.get(reverse(name) + BAD)
    assert response.status_code == 400
    assert 'rel="license"' in response["Link"]
    if answer == "json":
        errors = response.json()["errors"]
        assert set(errors) == {"type", "since"}
        assert "picnic" in errors["type"][0]
    else:
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        body = response.content.decode()
        assert body.startswith("The filters could not be applied:\n")
        assert "type: “picnic” is not a type of action." in body
        assert "since: " in body


@pytest.mark.parametrize("name", DOWNLOADS_AND_FEEDS)
def test_good_filters_pass_through_the_same_views(client, name):
    PolicyActionFactory(action_type="ban")
    assert client.get(reverse(name) + "?type=ban").status_code == 200


def test_filtered_actions_raises_with_the_errors_by_field():
    request = RequestFactory().get("/", {"status": "dormant"})
    with pytest.raises(InvalidFilters) as invalid:
        filtered_actions(request, PolicyAction.objects.published())
    assert list(invalid.value.errors) == ["status"]


def test_filtered_actions_narrows_the_queryset_it_is_given():
    ban = PolicyActionFactory(action_type="ban")
    PolicyActionFactory(action_type="bill")
    request = RequestFactory().get("/", {"type": "ban"})
    assert list(filtered_actions(request, PolicyAction.objects.published())) == [ban]


def test_the_decorator_leaves_a_view_that_raises_nothing_alone():
    @rejects_bad_filters(as_json=True)
    def view(request):
        """A view."""
        return "the view's own answer"

    assert view(RequestFactory().get("/")) == "the view's own answer"
    assert view.__doc__ == "A view."
