"""On PostgreSQL, walking up the tree from many places reads each place's parent from an
index that holds it (migration 0005), not from the table of places."""

import pytest
from django.db import connection

from directory.models import Jurisdiction
from tests.factories import JurisdictionFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index"),
]


def test_walking_up_the_tree_reads_the_parents_from_their_index():
    state = JurisdictionFactory(name="Oregon", kind="state")
    JurisdictionFactory(name="Portland", kind="city", parent=state)
    above = Jurisdiction.objects.containing_any(
        Jurisdiction.objects.filter(name="Portland").values("pk")
    )
    with connection.cursor() as cursor:
        # A tiny table is otherwise scanned; made as costly as it can be, a scan of the table
        # remains only if no index holds both columns.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        plan = above.explain()
    assert "jurisdiction_parent_walk_idx" in plan
