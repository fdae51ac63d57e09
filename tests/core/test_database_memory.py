"""An import's processes read SQLite without the memory map the site's connections use."""

import pytest
from django.db import connection

from core.database_memory import without_memory_map

pytestmark = pytest.mark.django_db


def mmap_size():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA mmap_size")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="a setting of SQLite's")
def test_an_import_reads_the_database_without_a_memory_map(tmp_path):
    from articles.importer import import_documents

    (tmp_path / "note.txt").write_text("A note about nothing in particular.\n")
    import_documents([tmp_path], workers=0)
    assert mmap_size() == 0


def test_without_memory_map_leaves_other_databases_as_they_are():
    without_memory_map()  # no error, whatever the database
    if connection.vendor == "sqlite":
        assert mmap_size() == 0
