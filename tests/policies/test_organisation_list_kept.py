"""The organisations page counts every organisation's actions, parts and mentions: each page of
it is kept until public data changes, so a repeat reads none of it again, and a publish shows
at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.models import EditorialState
from tests.factories import OrganisationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


def listed(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/organisations/")
    counts = {o.name: o.action_count for o in response.context["organisations"]}
    return counts, len(queries.captured_queries)


def test_a_repeat_reads_the_kept_page_and_a_publish_shows_at_once(client, aggregates_kept):
    acme = OrganisationFactory(name="Acme")
    ParticipantFactory(organisation=acme, action=PolicyActionFactory())
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    ParticipantFactory(organisation=acme, action=draft)

    first, first_queries = listed(client)
    again, again_queries = listed(client)
    assert first == again == {"Acme": 1}
    assert again_queries == 1 < first_queries  # the data version only

    draft.state = EditorialState.PUBLISHED
    draft.save()
    assert listed(client)[0] == {"Acme": 2}
