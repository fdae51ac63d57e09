"""Places and organisations are chosen by typing them: the filter takes a slug or a name, the
suggestions come from a small JSON endpoint, and no page lists them all."""

import pytest
from django.urls import reverse

from directory.models import Jurisdiction
from policies.choices import EditorialState
from policies.places import place_called, search_places, suggested_places
from tests.factories import (
    ArticleFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    us = JurisdictionFactory(name="United States", slug="united-states", kind="country")
    maine = JurisdictionFactory(name="Maine", slug="maine", kind="state", parent=us)
    oregon = JurisdictionFactory(name="Oregon", slug="oregon", kind="state", parent=us)
    portland_me = JurisdictionFactory(name="Portland", slug="portland-me", parent=maine)
    portland_or = JurisdictionFactory(name="Portland", slug="portland-or", parent=oregon)
    PolicyActionFactory(jurisdiction=portland_me, title="Portland, Maine bans it")
    PolicyActionFactory(jurisdiction=portland_or, title="Portland, Oregon bans it")
    aclu = OrganisationFactory(name="American Civil Liberties Union", slug="aclu")
    ParticipantFactory(action=PolicyActionFactory(title="ACLU sues"), organisation=aclu)
    return {"maine": maine, "portland-or": portland_or}


def titles(client, **query):
    return {action.title for action in client.get("/", query).context["actions"]}


def test_a_place_is_chosen_by_slug_or_by_its_name_with_its_state(client, places):
    assert titles(client, jurisdiction="portland-or") == {"Portland, Oregon bans it"}
    assert titles(client, jurisdiction="Portland, Oregon, United States") == {
        "Portland, Oregon bans it"
    }
    assert titles(client, jurisdiction="portland maine") == {"Portland, Maine bans it"}
    assert titles(client, jurisdiction="MAINE") == {"Portland, Maine bans it"}


def test_an_organisation_is_chosen_by_slug_or_by_its_name_in_any_case(client, places):
    assert titles(client, organisation="aclu") == {"ACLU sues"}
    assert titles(client, organisation="american civil liberties union") == {"ACLU sues"}


def test_a_name_that_names_nothing_gives_an_empty_result_that_says_so(client, places):
    response = client.get("/", {"jurisdiction": "Atlantis"})
    assert list(response.context["actions"]) == []
    assert "No published actions are recorded for a jurisdiction called “Atlantis”." in (
        response.content.decode()
    )
    response = client.get(reverse("news:article-list"), {"organisation": "Nobody"})
    assert "No organisation called “Nobody” is known." in response.content.decode()


def test_the_filter_forms_list_no_places_or_organisations(client, places):
    for url in ("/", reverse("news:article-list")):
        html = client.get(url).content.decode()
        for name in ("jurisdiction", "organisation"):
            field = html.split(f'name="{name}"')[1].split("</div>")[0]
            assert "<option" not in field
            assert f'list="id_{name}-suggestions"' in html
            assert f'<datalist id="id_{name}-suggestions"></datalist>' in html
        assert "/static/js/suggest.js" in html


def test_place_suggestions_name_each_place_with_its_state(client, places):
    response = client.get(reverse("policies:place-suggestions"), {"q": "portl"})
    assert response["Content-Type"] == "application/json"
    assert response.json()["results"] == [
        {"name": "Portland, Maine, United States", "slug": "portland-me"},
        {"name": "Portland, Oregon, United States", "slug": "portland-or"},
    ]


def test_place_suggestions_are_few_and_need_two_letters(client, places):
    for n in range(15):
        JurisdictionFactory(name=f"Springfield {n}", parent=places["maine"])
    url = reverse("policies:place-suggestions")
    assert len(client.get(url, {"q": "springf"}).json()["results"]) == 10
    assert client.get(url, {"q": "s"}).json()["results"] == []
    assert client.get(url, {"q": "\x00"}).json()["results"] == []


@pytest.mark.parametrize(
    "text",
    ["portl", "PORTLAND", "Portland oregon", "portland, me", "port maine", "us", "Atlantis"],
)
def test_place_suggestions_are_the_first_places_the_place_search_finds(places, text):
    found = [(place.qualified_name or place.name, place.slug) for place in search_places(text)]
    assert suggested_places(text, 10) == found[:10]


@pytest.mark.parametrize(
    "text", ["Portland", "portland oregon", "portland, me", "port", "maine", "us", "Atlantis"]
)
def test_a_place_is_called_by_its_name_as_the_place_search_finds_it_first(places, text):
    exact = search_places(text).filter(name_match=0).first()
    called = place_called(text)
    assert called == exact
    if exact is not None:
        assert (called.qualified_name, called.tree_left) == (exact.qualified_name, exact.tree_left)
        assert place_called(text, Jurisdiction.objects.exclude(pk=exact.pk)) != exact


def test_place_suggestions_read_trailing_words_as_the_place_around_the_name(client, places):
    url = reverse("policies:place-suggestions")
    assert client.get(url, {"q": "portland oregon"}).json()["results"] == [
        {"name": "Portland, Oregon, United States", "slug": "portland-or"}
    ]


def test_place_suggestions_put_places_with_published_records_in_or_inside_them_first(client):
    us = JurisdictionFactory(name="United States", kind="country")
    counties = {}
    for state, population in (("Alabama", 10), ("Georgia", 30), ("Ohio", 20)):
        parent = JurisdictionFactory(name=state, kind="state", parent=us)
        counties[state] = JurisdictionFactory(
            name="Greene", kind="county", parent=parent, population=population
        )
    town = JurisdictionFactory(name="Eutaw", parent=counties["Alabama"])
    PolicyActionFactory(jurisdiction=town)
    PolicyActionFactory(jurisdiction=counties["Georgia"], state=EditorialState.DRAFT)
    response = client.get(reverse("policies:place-suggestions"), {"q": "greene"})
    assert [result["name"] for result in response.json()["results"]] == [
        "Greene, Alabama, United States",  # a published action inside it
        "Greene, Georgia, United States",  # only a draft: the largest of the others
        "Greene, Ohio, United States",
    ]


def test_organisation_suggestions_hold_only_organisations_with_something_public(client, places):
    OrganisationFactory(name="American Hidden Draft Corp")  # named on nothing public
    article = ArticleFactory()
    article.organisations.add(
        OrganisationFactory(name="American Newspaper Guild", review_status="confirmed")
    )
    url = reverse("policies:organisation-suggestions")
    names = [result["name"] for result in client.get(url, {"q": "american"}).json()["results"]]
    assert names == ["American Civil Liberties Union", "American Newspaper Guild"]


def test_a_record_looked_up_by_its_key_is_the_record_the_orm_reads(places):
    from policies.participants import published_organisations
    from policies.record_fields import RecordByKey

    found = RecordByKey(Jurisdiction.objects.all(), "slug")("portland-or", "default")
    expected = Jurisdiction.objects.get(slug="portland-or")
    assert found == expected
    assert found._state.adding is False and found._state.db == "default"
    assert {
        field.attname: getattr(found, field.attname) for field in Jurisdiction._meta.fields
    } == {field.attname: getattr(expected, field.attname) for field in Jurisdiction._meta.fields}
    organisations = RecordByKey(published_organisations(), "slug")
    assert organisations("aclu", "default").name == "American Civil Liberties Union"
    assert RecordByKey(Jurisdiction.objects.all(), "slug")("atlantis", "default") is None


def test_a_key_outside_the_filters_records_names_nothing(client, places):
    OrganisationFactory(name="Only On Drafts", slug="only-on-drafts")
    draft = PolicyActionFactory(title="A draft", state=EditorialState.DRAFT)
    ParticipantFactory(action=draft, organisation__slug="drafted", organisation__name="Drafted")
    for slug in ("only-on-drafts", "drafted"):
        response = client.get("/", {"organisation": slug})
        assert list(response.context["actions"]) == []
        assert f"No published actions involve an organisation called “{slug}”." in (
            response.content.decode()
        )


@pytest.mark.parametrize("typed", ["\x00", "aclu\x00", "\x00stand-in"])
def test_a_key_holding_a_nul_names_nothing_and_breaks_nothing(client, places, typed):
    response = client.get("/", {"organisation": typed, "jurisdiction": typed})
    assert response.status_code == 200
    assert list(response.context["actions"]) == []
    assert set(response.context["filter"].form.errors) == {"organisation", "jurisdiction"}
