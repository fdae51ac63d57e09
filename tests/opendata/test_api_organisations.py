"""The API's pages of organisations and of jurisdictions, written from rows, are what their
serializers write."""

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from directory.models import Jurisdiction
from opendata.api.serializers import (
    JURISDICTION_COLUMNS,
    ORGANISATION_COLUMNS,
    JurisdictionSerializer,
    OrganisationSerializer,
    jurisdiction_records,
    organisation_records,
)
from policies.participants import public_organisations
from tests.factories import JurisdictionFactory, OrganisationFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/organisations/", "/api/organisations/?format=json"])
def test_records_from_rows_are_the_serializers_field_for_field_in_order(path):
    ParticipantFactory(
        organisation=OrganisationFactory(website="https://a.example", kind="company")
    )
    ParticipantFactory(organisation=OrganisationFactory(description="Wrote “this”."))
    request = Request(APIRequestFactory().get(path))
    organisations = public_organisations().order_by("name")
    serialized = OrganisationSerializer(organisations, many=True, context={"request": request})
    written = organisation_records(organisations.values_list(*ORGANISATION_COLUMNS), request)
    assert len(written) == 2
    assert [list(record.items()) for record in written] == [
        list(record.items()) for record in serialized.data
    ]


def test_a_format_suffix_keeps_drfs_own_links(client):
    ParticipantFactory(organisation=OrganisationFactory(slug="aclu"))
    (record,) = client.get("/api/organisations.json").json()["results"]
    assert record["api_url"] == "http://testserver/api/organisations/aclu.json"


@pytest.mark.parametrize("path", ["/api/jurisdictions/", "/api/jurisdictions/?format=json"])
def test_jurisdiction_records_from_rows_are_the_serializers_field_for_field_in_order(path):
    state = JurisdictionFactory(kind="state", iso_code="US-MN", ocd_id="ocd-division/x")
    JurisdictionFactory(parent=state, iso_code="", ocd_id=None)
    Jurisdiction.objects.rebuild_tree()
    request = Request(APIRequestFactory().get(path))
    places = Jurisdiction.objects.select_related("parent").in_tree_order()
    serialized = JurisdictionSerializer(places, many=True, context={"request": request})
    written = jurisdiction_records(places.values_list(*JURISDICTION_COLUMNS), request)
    assert [record["parent"] for record in written] == [None, state.slug]
    assert [record["iso_code"] for record in written] == ["US-MN", None]
    assert [list(record.items()) for record in written] == [
        list(record.items()) for record in serialized.data
    ]
