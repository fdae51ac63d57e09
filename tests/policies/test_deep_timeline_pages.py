"""A deep page of the timeline, its actions found by their ids first (`listing.DEEP_OFFSET`),
is the page the one query wrote: the same actions in the same order, whatever the filters
and the order asked for, drafts left out."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies import listing
from policies.choices import ActionType, ParticipantRole
from tests.factories import (
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

QUERIES = [
    "",
    "?page=2",
    "?page=last",
    "?sort=oldest&page=2",
    "?type=ban&page=2",
    "?q=police&page=last",
    "?q=police&sort=relevance&page=2",
    "?organisation=aclu",
    "?jurisdiction=ohio",
]


@pytest.fixture
def timeline():
    """90 published actions over 30 days, three on each (ties only the title or the id break),
    of two types, half about the police, a third with the ACLU taking part, and drafts."""
    ohio = JurisdictionFactory(name="Ohio", slug="ohio")
    aclu = OrganisationFactory(name="ACLU", slug="aclu")
    for n in range(90):
        action = PolicyActionFactory(
            title=f"{'Police ban' if n % 2 else 'Ban'} {n // 3}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n // 3),
            action_type=ActionType.BAN if n % 4 else ActionType.MORATORIUM,
            **({"jurisdiction": ohio} if n % 5 == 0 else {}),
        )
        if n % 3 == 0:
            ParticipantFactory(action=action, organisation=aclu, role=ParticipantRole.ACTOR)
    PolicyActionFactory.create_batch(3, title="Police draft", state="draft")


def test_a_deep_page_is_the_page_the_one_query_wrote(client, timeline, monkeypatch):
    for query in QUERIES:
        monkeypatch.setattr(listing, "DEEP_OFFSET", 10**9)
        one_query = client.get(f"/{query}")
        monkeypatch.setattr(listing, "DEEP_OFFSET", 0)
        by_ids = client.get(f"/{query}")
        assert one_query.status_code == by_ids.status_code == 200, query
        assert by_ids.content == one_query.content, query
        assert b"Police draft" not in by_ids.content


def test_a_deep_page_reads_its_ids_then_its_actions(client, timeline, monkeypatch):
    monkeypatch.setattr(listing, "DEEP_OFFSET", 10**9)
    client.get("/?page=2")  # the kept counts and chart, read once
    with CaptureQueriesContext(connection) as one_query:
        client.get("/?page=2")
    monkeypatch.setattr(listing, "DEEP_OFFSET", 0)
    with CaptureQueriesContext(connection) as by_ids:
        client.get("/?page=2")
    assert len(by_ids) == len(one_query) + 1


def test_an_action_gone_between_its_id_and_its_row_is_left_out(client, timeline, monkeypatch):
    monkeypatch.setattr(listing, "DEEP_OFFSET", 0)
    read_by_ids = listing.rows_by_ids
    monkeypatch.setattr(listing, "rows_by_ids", lambda ids, alias: read_by_ids(ids, alias)[1:])
    page = client.get("/?page=2")
    assert page.status_code == 200
    assert page.content.count(b'<article class="action"') == 39


@pytest.mark.parametrize("query", ["", "?page=1", "?page=2", "?page=3", "?page=last"])
def test_an_unfiltered_page_read_by_its_written_query_is_the_page_the_orm_lists(
    client, timeline, monkeypatch, query
):
    monkeypatch.setattr("policies.views.listed_unfiltered", listing.listed_page)
    by_the_orm = client.get(f"/{query}")
    monkeypatch.undo()
    written_once = client.get(f"/{query}")
    assert written_once.status_code == by_the_orm.status_code == 200
    assert written_once.content == by_the_orm.content
    assert b"Police draft" not in written_once.content


def test_only_an_unfiltered_page_is_read_by_the_query_written_once(client, timeline, monkeypatch):
    built_by_the_orm = lambda *args: pytest.fail("built by the ORM")  # noqa: E731
    monkeypatch.setattr(listing, "listed_page", built_by_the_orm)
    monkeypatch.setattr("policies.views.listed_page", built_by_the_orm)
    assert client.get("/?page=2").content.count(b'<article class="action"') == 40
    monkeypatch.undo()
    unfiltered = lambda *args: pytest.fail("read as unfiltered")  # noqa: E731
    monkeypatch.setattr("policies.views.listed_unfiltered", unfiltered)
    for query in QUERIES[3:]:
        assert client.get(f"/{query}").status_code == 200, query
