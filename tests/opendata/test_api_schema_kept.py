"""The schema is generated once a process and written once a format, in drf-spectacular's bytes."""

import pytest
from django.test import RequestFactory
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularAPIView

from opendata.api.schema import SchemaView

pytestmark = pytest.mark.django_db

ASKED = [
    ("/api/schema/", {}),
    ("/api/schema/?format=json", {}),
    ("/api/schema/?format=yaml", {}),
    ("/api/schema/", {"HTTP_ACCEPT": "application/vnd.oai.openapi+json"}),
    ("/api/schema/", {"HTTP_ACCEPT": "application/yaml"}),
    ("/api/schema/", {"HTTP_ACCEPT": "application/json; indent=2"}),
    ("/api/schema/?version=2", {}),
    ("/api/schema/?lang=fr", {}),
    ("/api/schema/?format=xml", {}),
]


def drf_spectacular_answer(path, headers):
    request = RequestFactory().get(path, **headers)
    view = SpectacularAPIView.as_view(urlconf="tracker.urls")
    return view(request).render()


@pytest.fixture
def generated_afresh(monkeypatch):
    """No schema kept yet; counts each generation."""
    monkeypatch.setattr(SchemaView, "kept", None)
    calls = []
    original = SchemaGenerator.get_schema

    def counting(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SchemaGenerator, "get_schema", counting)
    return calls


@pytest.mark.parametrize("path, headers", ASKED)
def test_the_schema_is_written_as_drf_spectacular_writes_it(client, path, headers):
    expected = drf_spectacular_answer(path, headers)
    for _ in range(2):  # generated, then kept
        response = client.get(path, **headers)
        assert response.status_code == expected.status_code
        assert response.content == expected.content
        assert response.get("Content-Disposition") == expected.get("Content-Disposition")


def test_the_schema_is_generated_once_a_process(client, generated_afresh):
    first = client.get("/api/schema/").content
    assert client.get("/api/schema/?format=json").status_code == 200
    assert client.get("/api/schema/").content == first
    assert len(generated_afresh) == 1


def test_a_schema_of_another_version_is_generated_for_its_request_and_not_kept(
    client, generated_afresh
):
    assert b"version: 1 (2)" in client.get("/api/schema/?version=2").content
    assert b"version: '1'" in client.get("/api/schema/").content
    assert b"version: 1 (2)" in client.get("/api/schema/?version=2").content
    assert len(generated_afresh) == 3
