"""The system check that SQLite can do what the importer asks of it."""

import pytest
from django.db import connection

from articles.checks import sqlite_can_return_inserted_keys

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="a check of SQLite only")


def test_a_current_sqlite_passes():
    assert sqlite_can_return_inserted_keys(databases=["default"]) == []


def test_sqlite_without_insert_returning_is_an_error_that_names_its_version(monkeypatch):
    monkeypatch.setattr(connection.Database, "sqlite_version_info", (3, 34, 1))
    (error,) = sqlite_can_return_inserted_keys(databases=["default"])
    assert error.id == "articles.E001"
    assert "SQLite 3.34.1 is too old" in error.msg
