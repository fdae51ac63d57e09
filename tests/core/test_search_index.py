"""A search over every match (the timeline's chart) is read through the search index on
PostgreSQL, with sequential scans ruled out for those queries alone, and shows what it showed."""

import pytest
from django.db import connection

from core.search import through_search_index
from policies.charts import counts_by_year_and_type
from policies.models import PolicyAction
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL plans the full-text search"
)


@pytest.fixture
def police_actions():
    """Actions nearly all of which match "police": a scan of every row looks cheapest."""
    for n in range(40):
        PolicyActionFactory(
            title=f"Police cameras {n}" if n % 10 else f"Council vote {n}",
            action_type=["ban", "bill"][n % 2],
        )


def copied_50_times():
    """Each stored action 50 times more (2,000 rows), written by SQL, and statistics read:
    enough rows for the planner to weigh its indexes as on a real database."""
    fields = PolicyAction._meta.concrete_fields
    columns = ", ".join(f.column for f in fields if f.column not in ("id", "slug"))
    with connection.cursor() as cursor:
        copies = (
            f"INSERT INTO policies_policyaction (slug, {columns}) "  # noqa: S608 (the model's columns)
            f"SELECT slug || '-' || copy, {columns} FROM policies_policyaction, "
            "generate_series(1, 50) AS copy"
        )
        cursor.execute(copies)
        # What VACUUM (autovacuum) does to a GIN index: its pending entries merged in.
        cursor.execute("SELECT gin_clean_pending_list('action_search_with_sources_idx')")
        cursor.execute("ANALYZE policies_policyaction")


def seqscan_setting():
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        return cursor.fetchone()[0]


@postgresql_only
def test_a_chart_of_every_match_is_planned_on_the_search_index(police_actions):
    copied_50_times()
    counts = counts_by_year_and_type(PolicyAction.objects.published().matching("police"))
    with through_search_index(counts.db):
        plan = counts.explain()
    assert "action_search_with_sources_idx" in plan
    assert "Seq Scan" not in plan


@postgresql_only
def test_sequential_scans_are_planned_again_after_the_search(police_actions):
    with through_search_index("default"):
        assert seqscan_setting() == "off"
    assert seqscan_setting() == "on"


@postgresql_only
def test_a_failed_query_inside_leaves_sequential_scans_planned(police_actions):
    with pytest.raises(ZeroDivisionError), through_search_index("default"):
        raise ZeroDivisionError
    assert seqscan_setting() == "on"


def test_the_timeline_search_leaves_later_queries_planned_as_before(police_actions, client):
    response = client.get("/?q=police")
    assert response.status_code == 200
    if connection.vendor == "postgresql":
        assert seqscan_setting() == "on"


def test_the_search_chart_counts_exactly_the_matches(police_actions, client):
    chart = client.get("/?q=police").context["chart"]
    matches = PolicyAction.objects.published().matching("police")
    assert sum(bar.total for bar in chart.bars) == matches.count() == 36
    counts = {(year, kind): n for year, kind, n in counts_by_year_and_type(matches)}
    with through_search_index("default"):
        assert {(y, k): n for y, k, n in counts_by_year_and_type(matches)} == counts
