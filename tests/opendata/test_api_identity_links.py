"""The records' `api_url`, written from a URL reversed once a process, is the URL DRF's own
field writes: with the `?format=` asked for kept, and a format suffix left to DRF."""

import pytest

from tests.factories import (
    ArticleFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("/api/jurisdictions/", "http://testserver/api/jurisdictions/some-place/"),
        (
            "/api/jurisdictions/?format=json",
            "http://testserver/api/jurisdictions/some-place/?format=json",
        ),
        ("/api/jurisdictions.json", "http://testserver/api/jurisdictions/some-place.json"),
        ("/api/jurisdictions/some-place/", "http://testserver/api/jurisdictions/some-place/"),
    ],
)
def test_a_place_s_api_url(client, address, expected):
    JurisdictionFactory(slug="some-place")
    answer = client.get(address).json()
    record = answer["results"][0] if "results" in answer else answer
    assert record["api_url"] == expected


def test_an_organisation_s_and_an_article_s_api_url(client):
    organisation = OrganisationFactory(slug="some-group")
    article = ArticleFactory()

    ParticipantFactory(organisation=organisation, action=PolicyActionFactory())
    organisations = client.get("/api/organisations/").json()["results"]
    assert [o["api_url"] for o in organisations] == [
        "http://testserver/api/organisations/some-group/"
    ]
    articles = client.get("/api/articles/?format=json").json()["results"]
    assert [a["api_url"] for a in articles] == [
        f"http://testserver/api/articles/{article.pk}/?format=json"
    ]
