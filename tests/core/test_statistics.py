"""After a bulk load the database holds planner statistics, so its next query is planned on
what is there."""

import pytest
from django.core.management import call_command
from django.db import connection

from core.statistics import refresh_statistics
from policies.models import PolicyAction
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db

# PostgreSQL's autovacuum analyses changed tables itself (core.statistics).
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="autovacuum's work")


def analysed_tables():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
        else:
            cursor.execute("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL")
        return {row[0] for row in cursor.fetchall()}


def test_refreshing_statistics_analyses_the_tables_named(db):
    PolicyActionFactory.create_batch(3)
    refresh_statistics(tables=[PolicyAction])
    assert "policies_policyaction" in analysed_tables()


@sqlite_only
def test_refreshing_statistics_of_sqlite_analyses_every_table(db):
    PolicyActionFactory.create_batch(3)
    refresh_statistics()
    assert "policies_policyaction" in analysed_tables()


@sqlite_only
def test_an_import_ends_by_analysing_what_it_wrote(tmp_path):
    (tmp_path / "story.txt").write_text(
        "Council bans facial recognition\n\nhttps://news.example/story\n\nThe council voted.\n"
    )
    call_command("import_seeds", str(tmp_path), verbosity=0)
    assert "articles_article" in analysed_tables()
