"""The tree's numbering keeps gaps: an edit moves the rows it must and no others."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Jurisdiction, JurisdictionKind
from tests.directory.tree_checks import assert_tree_consistent
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def country():
    country = JurisdictionFactory(name="United States", slug="us", kind=JurisdictionKind.COUNTRY)
    for state in ("Maine", "Oregon", "Texas"):
        parent = JurisdictionFactory(name=state, kind=JurisdictionKind.STATE, parent=country)
        for city in ("Augusta", "Portland", "Salem"):
            JurisdictionFactory(name=city, parent=parent)
    Jurisdiction.objects.rebuild_tree()
    return country


def bounds():
    return dict(Jurisdiction.objects.values_list("pk", "tree_left"))


def updates_in(queries):
    """The writes to the places table. Statements run many times are logged as "N times:
    UPDATE ..."; "SELECT ... FOR UPDATE" is a lock, not a write."""
    statements = [q["sql"].split(" times: ", 1)[-1] for q in queries]
    table = Jurisdiction._meta.db_table
    return [sql for sql in statements if sql.startswith(f'UPDATE "{table}"')]


def test_a_new_place_takes_numbers_in_its_gap_and_writes_no_other_row(country):
    before = bounds()
    with CaptureQueriesContext(connection) as queries:
        JurisdictionFactory(name="Bangor", parent=Jurisdiction.objects.get(name="Maine"))
    assert len(updates_in(queries)) == 1  # the new row's own numbers
    after = bounds()
    assert {pk: after[pk] for pk in before} == before
    assert_tree_consistent()


def test_renaming_a_place_moves_it_among_its_siblings_with_everything_inside(country):
    maine = Jurisdiction.objects.get(name="Maine")
    maine.name = "Vermont"
    maine.save()
    assert [j.name for j in Jurisdiction.objects.filter(depth=1).in_tree_order()] == [
        "Oregon",
        "Texas",
        "Vermont",
    ]
    assert Jurisdiction.objects.get(name="Augusta", parent=maine).qualified_name == (
        "Augusta, Vermont, United States"
    )
    assert_tree_consistent()


def test_moving_a_place_moves_what_is_inside_it(country):
    portland = Jurisdiction.objects.get(name="Portland", parent__name="Oregon")
    JurisdictionFactory(name="Pearl District", parent=portland)
    portland.parent = Jurisdiction.objects.get(name="Maine")
    portland.save()
    maine = Jurisdiction.objects.get(name="Maine")
    inside = Jurisdiction.objects.descendants_of(maine).values_list("name", flat=True)
    assert list(inside) == ["Maine", "Augusta", "Portland", "Portland", "Pearl District", "Salem"]
    assert Jurisdiction.objects.get(name="Pearl District").qualified_name == (
        "Pearl District, Portland, Maine, United States"
    )
    assert_tree_consistent()


def test_a_used_up_gap_spreads_out_its_parent_and_the_tree_stays_right(country):
    salem = Jurisdiction.objects.get(name="Salem", parent__name="Texas")
    texas_before = Jurisdiction.objects.get(name="Texas").tree_left
    # Each new place goes first among its siblings and takes a third of the numbers left
    # there, so the gap runs out and Salem's places are spread out again within Salem.
    first = JurisdictionFactory(name="Salem 40", parent=salem)
    for n in range(39, 0, -1):
        JurisdictionFactory(name=f"Salem {n:02d}", parent=salem)
    first_bounds = (first.tree_left, first.tree_right)
    first.refresh_from_db()
    assert (first.tree_left, first.tree_right) != first_bounds
    assert Jurisdiction.objects.descendants_of(salem).count() == 41
    assert Jurisdiction.objects.get(name="Texas").tree_left == texas_before
    assert_tree_consistent()


def test_a_full_renumbering_agrees_with_the_parents(country):
    Jurisdiction.objects.filter(name="Oregon").update(tree_left=0, tree_right=0)
    Jurisdiction.objects.rebuild_tree()
    assert_tree_consistent()
    assert Jurisdiction.objects.rebuild_tree() == 0  # nothing left to change


def test_the_places_containing_a_query_that_finds_nothing_are_none(country):
    maine = Jurisdiction.objects.get(name="Maine")
    portland = Jurisdiction.objects.get(name="Portland", parent=maine)
    above = Jurisdiction.objects.containing_any(
        Jurisdiction.objects.filter(pk=portland.pk).values("pk")
    )
    assert set(above.values_list("name", flat=True)) == {"Portland", "Maine", "United States"}
    assert (
        list(
            Jurisdiction.objects.containing_any(Jurisdiction.objects.filter(pk__in=[]).values("pk"))
        )
        == []
    )
