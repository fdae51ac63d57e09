"""On PostgreSQL the feeds' order, newest published first with NULLs last, is read from an
index in that very order rather than by sorting every published action."""

import pytest
from django.db import connection

from policies.models import PolicyAction
from tests.factories import PolicyActionFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index"),
]


def test_the_feed_order_is_read_from_its_index(db):
    PolicyActionFactory.create_batch(3)
    feed = PolicyAction.objects.published().in_publication_order()[:50]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table is otherwise scanned
        plan = feed.explain()
    assert "action_state_published_nulls_last_idx" in plan
    assert "Sort" not in plan
