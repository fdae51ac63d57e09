"""Query helpers: a list of ids passed as one parameter."""

import pytest
from django.db.models import F

from core.queries import IDS_LATER, AmongIds, ForEachIds
from directory.models import Organisation
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_among_ids_finds_exactly_the_rows_of_those_ids():
    organisations = OrganisationFactory.create_batch(4)
    wanted = [organisations[2].pk, organisations[0].pk, organisations[2].pk + 1000]
    found = Organisation.objects.filter(AmongIds(F("id"), wanted))
    assert sorted(found.values_list("pk", flat=True)) == sorted(wanted[:2])


def test_among_no_ids_finds_nothing():
    OrganisationFactory()
    assert not Organisation.objects.filter(AmongIds(F("id"), [])).exists()


def test_among_ids_passes_two_thousand_ids_as_one_parameter():
    ids = list(range(1, 2001))
    _sql, params = Organisation.objects.filter(AmongIds(F("id"), ids)).query.sql_with_params()
    assert len(params) == 1


def test_a_query_compiled_once_finds_the_rows_of_each_list_of_ids_it_is_run_with():
    first, second, third = OrganisationFactory.create_batch(3)
    query = ForEachIds(
        Organisation.objects.filter(AmongIds(F("id"), IDS_LATER)).order_by("pk").values_list("pk")
    )
    assert query.rows([third.pk, first.pk]) == [(first.pk,), (third.pk,)]
    assert query.rows([second.pk]) == [(second.pk,)]
    assert query.rows([]) == []
