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
        # A tiny table is otherwise scanned and sorted; with statistics left by earlier tests the
        # planner may also prefer another index and a sort. Made as costly as they can be, a
        # sort remains only if no index gives this order.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_incremental_sort = off")
        plan = feed.explain()
    assert "action_state_published_nulls_last_idx" in plan
    assert "Sort" not in plan
