"""The OpenAPI schema is valid, and every operation answers as it documents (schemathesis)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.checks import schema_check
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

pytestmark = pytest.mark.django_db


def test_the_schema_is_valid_openapi_3_and_documents_every_endpoint(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/actions/",
        "/api/actions/{slug}/",
        "/api/jurisdictions/",
        "/api/jurisdictions/{slug}/",
        "/api/organisations/",
        "/api/organisations/{slug}/",
        "/api/articles/",
        "/api/articles/{id}/",
    }
    timeline_filters = {"q", "jurisdiction", "type", "organisation", "role", "status", "since"}
    parameters = {p["name"] for p in schema["paths"]["/api/actions/"]["get"]["parameters"]}
    assert timeline_filters | {"until", "sort", "page", "page_size"} <= parameters
    assert "CC BY 4.0" in schema["info"]["license"]["name"]


def test_the_schema_generator_finds_every_filters_type_without_a_warning():
    # CI's `check --deploy --fail-level WARNING` fails on any; this says which, sooner.
    assert schema_check(None) == []


def test_filters_that_take_a_slug_or_name_are_documented_as_strings_with_their_description(
    client,
):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    paths = response.json()["paths"]
    for path, name in (
        ("/api/actions/", "jurisdiction"),
        ("/api/actions/", "organisation"),
        ("/api/articles/", "jurisdiction"),
        ("/api/articles/", "organisation"),
        ("/api/jurisdictions/", "within"),
    ):
        (parameter,) = [p for p in paths[path]["get"]["parameters"] if p["name"] == name]
        assert parameter["schema"] == {"type": "string"}, (path, name)
        assert parameter["description"], (path, name)


def test_every_operation_is_described_for_the_apis_users_not_the_codes_readers(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    for path, operations in response.json()["paths"].items():
        for method, operation in operations.items():
            description = operation.get("description", "")
            assert description, f"{method} {path} has no description"
            # Notes for developers name the code, its tests and what the benchmark measured.
            for note in ("tests/", "bench", " ms", "records_of_rows", "ORM"):
                assert note not in description, f"{method} {path}: {description}"


def test_the_docs_pages_load_their_assets_from_this_site(client):
    for url in ("/api/docs/", "/api/redoc/"):
        page = client.get(url).content.decode()
        assert "/static/drf_spectacular_sidecar/" in page
        assert "https://" not in page, url


# Loaded from the running application (its own /api/schema/), once, when the tests are collected.
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture
def connection_kept_between_requests():
    """Keep the test's transaction open across requests through the real WSGI application.

    Django's test client does the same: between requests the handler would otherwise close a
    connection that is inside a transaction, which on PostgreSQL ends the test's transaction.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_operation_answers_as_documented(
    case, imported_seeds, connection_kept_between_requests
):
    # Every check but two, which ask what a schema cannot say here. A slug is any string in the
    # schema, but one that names nothing is a 400 naming it (positive_data_acceptance). And like
    # the pages, the API reads an empty value of an optional filter (`?until=`) as no filter
    # rather than rejecting it (negative_data_rejection). tests/opendata/test_api.py pins the first,
    # tests/articles/test_views.py the second.
    case.call_and_validate(excluded_checks=[negative_data_rejection, positive_data_acceptance])
