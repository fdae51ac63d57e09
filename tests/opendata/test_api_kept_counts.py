"""An API list's count of every match is kept until public data changes, per path and filters,
as the timeline's is: a repeat reads no count, and a publish shows in it at once."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.models import ActionType, EditorialState
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def actions():
    for n in range(3):
        PolicyActionFactory(date=datetime.date(2021, 1, n + 1))
    PolicyActionFactory(action_type=ActionType.LAWSUIT)


def counted(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    counts = [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    return response.json()["count"], len(counts)


def test_a_repeat_of_a_list_reads_its_kept_count(client, aggregates_kept, actions):
    assert counted(client, "/api/actions/?type=ban") == (3, 1)
    assert counted(client, "/api/actions/?type=ban&page=1&page_size=2") == (3, 0)
    assert counted(client, "/api/actions/?type=lawsuit") == (1, 1)  # its own
    assert counted(client, "/api/actions/") == (4, 1)


def test_a_publish_shows_at_once_in_a_kept_count(client, aggregates_kept, actions):
    assert counted(client, "/api/actions/?type=ban")[0] == 3
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    assert counted(client, "/api/actions/?type=ban")[0] == 3
    draft.state = EditorialState.PUBLISHED
    draft.save()
    assert counted(client, "/api/actions/?type=ban") == (4, 1)
