"""On PostgreSQL each place's id is indexed with its parent and left bound (migration 0005),
so walking up the tree from many places reads that index, not the table of places."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index"),
]


def test_places_ids_are_indexed_with_their_parents_and_left_bounds():
    # Which plan the walk takes depends on the table's statistics and on what the visibility
    # map says is all-visible, which a test's transaction cannot set: the index itself is
    # what is asserted, its effect measured on bench-web's data (see the migration).
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_indexdef('jurisdiction_parent_walk_idx'::regclass)")
        definition = cursor.fetchone()[0]
    assert definition.endswith(
        "ON public.directory_jurisdiction USING btree (id) INCLUDE (parent_id, tree_left)"
    )
