"""The jurisdiction tree, partial dates and the rules the database enforces."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction

from core.queries import ids_parameter
from directory.models import Jurisdiction, JurisdictionKind
from policies.dates import DatePrecision, format_partial_date, iso_partial_date
from policies.models import ActionExtent, EditorialState, PolicyAction
from tests.factories import JurisdictionFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def minnesota():
    us = JurisdictionFactory(name="United States", slug="us", kind=JurisdictionKind.COUNTRY)
    state = JurisdictionFactory(name="Minnesota", slug="mn", kind=JurisdictionKind.STATE, parent=us)
    JurisdictionFactory(name="Minneapolis", slug="minneapolis", parent=state)
    JurisdictionFactory(name="Saint Paul", slug="saint-paul", parent=state)
    JurisdictionFactory(name="Utah", slug="ut", kind=JurisdictionKind.STATE, parent=us)
    state.refresh_from_db()
    return state


def test_a_states_descendants_are_found_in_one_query(minnesota, django_assert_num_queries):
    with django_assert_num_queries(1):
        names = list(Jurisdiction.objects.descendants_of(minnesota).values_list("name", flat=True))
    assert names == ["Minnesota", "Minneapolis", "Saint Paul"]


def test_the_descendant_query_uses_the_tree_index(minnesota):
    if connection.vendor == "postgresql":
        # A five-row table is cheaper to scan; forbid that to see whether the index serves.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
    plan = Jurisdiction.objects.descendants_of(minnesota).explain()
    assert "jurisdiction_tree_idx" in plan


def test_qualified_names_follow_the_parents(minnesota):
    assert Jurisdiction.objects.get(slug="minneapolis").qualified_name == (
        "Minneapolis, Minnesota, United States"
    )


def test_moving_a_jurisdiction_renumbers_the_tree(minnesota):
    saint_paul = Jurisdiction.objects.get(slug="saint-paul")
    saint_paul.parent = Jurisdiction.objects.get(slug="ut")
    saint_paul.save()
    minnesota.refresh_from_db()
    inside = Jurisdiction.objects.descendants_of(minnesota).values_list("slug", flat=True)
    assert list(inside) == ["mn", "minneapolis"]
    assert saint_paul.qualified_name == "Saint Paul, Utah, United States"


def test_actions_within_a_state_include_its_cities(minnesota):
    city_ban = PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="minneapolis"))
    state_bill = PolicyActionFactory(jurisdiction=minnesota)
    PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="ut"))
    assert set(PolicyAction.objects.within(minnesota)) == {city_ban, state_bill}


def test_actions_within_a_place_with_more_acting_places_than_a_query_names_are_all_found(
    minnesota, monkeypatch
):
    monkeypatch.setattr("policies.action_queries.MAX_PLACES_LISTED", 1)
    city_ban = PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="minneapolis"))
    state_bill = PolicyActionFactory(jurisdiction=minnesota)
    PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="ut"))
    assert set(PolicyAction.objects.within(minnesota)) == {city_ban, state_bill}


def test_no_action_is_within_a_place_where_none_was_taken(minnesota):
    PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="ut"))
    assert not PolicyAction.objects.within(minnesota).exists()
    assert not PolicyAction.objects.within(minnesota, walking_dates=True).exists()


@pytest.mark.parametrize("walking_dates", [False, True])
def test_the_places_acted_in_go_to_the_database_as_one_parameter(minnesota, walking_dates):
    city_ban = PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="minneapolis"))
    state_bill = PolicyActionFactory(jurisdiction=minnesota)
    PolicyActionFactory(jurisdiction=Jurisdiction.objects.get(slug="ut"))
    within = PolicyAction.objects.within(minnesota, walking_dates=walking_dates)
    assert set(within) == {city_ban, state_bill}
    _sql, params = within.query.sql_with_params()
    places = [minnesota.pk, city_ban.jurisdiction_id]
    as_one = {
        ids_parameter(places, connection.vendor),
        ids_parameter(places[::-1], connection.vendor),
    }
    assert len(as_one & set(params)) == 1
    assert not set(places) & set(params)  # no id on its own


@pytest.mark.parametrize(
    ("precision", "shown", "iso"),
    [
        (DatePrecision.DAY, "1 June 2019", "2019-06-01"),
        (DatePrecision.MONTH, "June 2019", "2019-06"),
        (DatePrecision.YEAR, "2019", "2019"),
    ],
)
def test_dates_are_shown_at_their_precision(precision, shown, iso):
    assert format_partial_date(datetime.date(2019, 6, 1), precision) == shown
    assert iso_partial_date(datetime.date(2019, 6, 1), precision) == iso


def test_a_month_precision_date_is_stored_as_the_first_of_the_month():
    action = PolicyActionFactory(
        date=datetime.date(2019, 6, 27), date_precision=DatePrecision.MONTH
    )
    action.refresh_from_db()
    assert action.date == datetime.date(2019, 6, 1)
    assert action.display_date == "June 2019"


def test_a_company_wide_action_cannot_have_a_jurisdiction():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyActionFactory(extent=ActionExtent.COMPANY_WIDE)


def test_an_action_in_a_jurisdiction_needs_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyActionFactory(jurisdiction=None)


def test_a_published_action_needs_a_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyActionFactory(date=None, state=EditorialState.PUBLISHED)
    assert PolicyActionFactory(date=None, state=EditorialState.DRAFT).pk


def test_an_action_cannot_expire_before_it_takes_effect():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyActionFactory(
            effective_date=datetime.date(2021, 6, 10), expiry_date=datetime.date(2020, 6, 10)
        )


def test_an_unknown_action_type_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyActionFactory(action_type="rumour")
