"""An organisation's actions are found either by reading every published action in date order,
each checked for a part it played, or from its own parts (`kept_counts.walks_actions_of`): its
timeline, its feed and the API list the same actions either way."""

import datetime

import pytest

from policies import kept_counts
from policies.models import EditorialState
from tests.factories import OrganisationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def aclu():
    aclu, other = OrganisationFactory(name="ACLU", slug="aclu"), OrganisationFactory()
    for number, (title, role) in enumerate(
        [("Old", "signatory"), ("Mid", "actor"), ("New", "signatory")]
    ):
        action = PolicyActionFactory(title=title, date=datetime.date(2024, 1, 1 + number))
        ParticipantFactory(action=action, organisation=aclu, role=role)
    ParticipantFactory(action=PolicyActionFactory(title="Someone else's"), organisation=other)
    draft = PolicyActionFactory(title="Draft", state=EditorialState.DRAFT)
    ParticipantFactory(action=draft, organisation=aclu)
    return aclu


@pytest.fixture(params=[0, 10**9], ids=["newest read first", "parts sorted"])
def walked_from(request, settings, monkeypatch):
    settings.PUBLIC_AGGREGATES_KEPT = True  # the choice is made from a kept count
    monkeypatch.setattr(kept_counts, "ACTIONS_WALKED_FROM", request.param)
    return request.param


def test_its_timeline_lists_its_actions_in_the_role_asked_either_way(client, aclu, walked_from):
    listed = client.get("/?organisation=aclu&sort=newest").content.decode()
    assert listed.index(">New<") < listed.index(">Mid<") < listed.index(">Old<")
    assert "Someone else" not in listed and "Draft" not in listed
    signed = client.get("/?organisation=aclu&role=signatory").content.decode()
    assert ">New<" in signed and ">Old<" in signed and ">Mid<" not in signed


def test_its_feed_and_the_api_list_its_published_actions_either_way(client, aclu, walked_from):
    feed = client.get("/feeds/organisations/aclu.atom").content.decode()
    assert feed.count("<entry>") == 3 and "Someone else" not in feed
    api = client.get("/api/actions/?organisation=aclu").json()
    assert sorted(action["title"] for action in api["results"]) == ["Mid", "New", "Old"]
