"""`slug_paths_of` gives the same paths for a list of place ids (a query compiled once a
process) as for a subquery of them (built by the ORM each call)."""

import pytest

from directory.models import Jurisdiction, JurisdictionKind
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db


def test_a_list_of_ids_and_a_subquery_give_the_same_paths():
    country = JurisdictionFactory(slug="united-states", kind=JurisdictionKind.COUNTRY)
    state = JurisdictionFactory(slug="minnesota", kind=JurisdictionKind.STATE, parent=country)
    city = JurisdictionFactory(slug="minneapolis", parent=state)
    other = JurisdictionFactory(slug="elsewhere")
    JurisdictionFactory(slug="not-asked", parent=state)
    ids = [city.pk, other.pk]
    expected = {
        country.pk: "united-states",
        state.pk: "united-states/minnesota",
        city.pk: "united-states/minnesota/minneapolis",
        other.pk: "elsewhere",
    }
    assert Jurisdiction.objects.slug_paths_of(ids) == expected
    assert Jurisdiction.objects.slug_paths_of(set(ids)) == expected
    subquery = Jurisdiction.objects.filter(pk__in=ids).values("pk")
    assert Jurisdiction.objects.slug_paths_of(subquery) == expected
    # Asked again, the compiled query takes the new ids.
    assert Jurisdiction.objects.slug_paths_of([country.pk]) == {country.pk: "united-states"}
    assert Jurisdiction.objects.slug_paths_of([]) == {}
