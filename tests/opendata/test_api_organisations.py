"""The API's page of organisations, written from rows, is what its serializer writes."""

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from opendata.api.serializers import (
    ORGANISATION_COLUMNS,
    OrganisationSerializer,
    organisation_records,
)
from policies.participants import public_organisations
from tests.factories import OrganisationFactory, ParticipantFactory

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
