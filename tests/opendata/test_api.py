"""The read API: published actions only, the timeline's filters, capped pages, 400s that say
what is wrong, and a fixed number of queries whatever the number of rows."""

import json

import pytest
from rest_framework.request import Request

from directory.models import Jurisdiction
from opendata.api.serializers import ActionSerializer
from policies.models import EditorialState, PolicyAction
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

MINNEAPOLIS_BAN = "minneapolis-bans-government-facial-recognition-2021"


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_an_action_has_stable_identifiers_and_its_place_organisations_and_sources(
    imported_seeds, client
):
    action = client.get(f"/api/actions/{MINNEAPOLIS_BAN}/").json()
    assert action["url"] == f"http://testserver/actions/{MINNEAPOLIS_BAN}/"
    assert action["api_url"] == f"http://testserver/api/actions/{MINNEAPOLIS_BAN}/"
    assert (action["type"], action["status"]) == ("ban", "in_force")
    assert (action["date"], action["date_precision"]) == ("2021-02-12", "day")
    assert action["jurisdiction"]["ocd_id"] == "ocd-division/country:us/state:mn/place:minneapolis"
    assert action["organisations"][0]["role"] == "actor"
    assert action["sources"][0]["url"].startswith("https://")
    assert "body" not in action["sources"][0]


def test_jurisdictions_carry_their_parent_and_ocd_id(imported_seeds, client):
    minneapolis = client.get("/api/jurisdictions/minneapolis/").json()
    assert minneapolis["parent"] == "minnesota"
    assert minneapolis["ocd_id"] == "ocd-division/country:us/state:mn/place:minneapolis"
    inside = {j["slug"] for j in results(client, "/api/jurisdictions/?within=california")}
    assert inside == {"california", "san-francisco", "oakland"}
    children = {j["slug"] for j in results(client, "/api/jurisdictions/?parent=minnesota")}
    assert children == {"minneapolis"}


def test_organisations_are_searched_by_the_shared_q_filter(client):
    for name, slug in [
        ("American Civil Liberties Union", "aclu"),
        ("Civil Liberties Defense Center", "cldc"),
        ("Amazon", "amazon"),
    ]:
        ParticipantFactory(organisation=OrganisationFactory(name=name, slug=slug))
    # Every word, in any order, ignoring case: as on the pages without full-text search.
    found = {o["slug"] for o in results(client, "/api/organisations/?q=liberties+CIVIL")}
    assert found == {"aclu", "cldc"}
    assert {o["slug"] for o in results(client, "/api/organisations/?q=union+civil")} == {"aclu"}
    too_long = client.get("/api/organisations/?q=" + "x" * 201)
    assert too_long.status_code == 400
    assert list(too_long.json()) == ["q"]


def test_organisations_and_articles(imported_seeds, client):
    companies = {o["slug"] for o in results(client, "/api/organisations/?kind=company")}
    assert {"amazon", "ibm", "microsoft"} <= companies
    articles = results(client, "/api/articles/?organisation=amazon&cited=true")
    assert articles
    assert all("body" not in article for article in articles)
    assert any(
        "amazon-one-year-moratorium-rekognition-police-2020" in a["cited_by"] for a in articles
    )


def test_lists_are_paginated_with_a_capped_page_size(client):
    article = ArticleFactory()  # a news mention makes an organisation public
    article.organisations.add(*(OrganisationFactory() for _ in range(205)))
    first = client.get("/api/organisations/").json()
    assert (first["count"], len(first["results"])) == (205, 50)
    assert first["licence"]["spdx"] == "CC-BY-4.0"
    assert len(client.get("/api/organisations/?page_size=10").json()["results"]) == 10
    assert len(client.get("/api/organisations/?page_size=5000").json()["results"]) == 200


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("?jurisdiction=atlantis", "jurisdiction"),
        ("?organisation=nobody", "organisation"),
        ("?type=picnic", "type"),
        ("?status=dormant", "status"),
        ("?role=bystander", "role"),
        ("?since=yesterday", "since"),
        ("?until=2021-13-45", "until"),
        ("?sort=random", "sort"),
        ("?page=first", "page"),
        ("?page=0", "page"),
        ("?page_size=-3", "page_size"),
        ("?q=%00", "q"),
        ("?jurisdiction=%00", "jurisdiction"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(imported_seeds, client, query, parameter):
    response = client.get("/api/actions/" + query)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]
    assert response.json()[parameter][0]


def test_a_cited_value_that_is_not_true_or_false_is_a_400_naming_it(imported_seeds, client):
    response = client.get("/api/articles/?cited=maybe")
    assert response.status_code == 400
    assert response.json() == {"cited": ["“maybe” is neither “true” nor “false”."]}


def test_unknown_records_and_addresses_are_json_404s(imported_seeds, client):
    for url in ("/api/actions/no-such-action/", "/api/actions/?page=99", "/api/nothing/here"):
        response = client.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"


def test_drafts_never_appear_in_the_api(imported_seeds, client):
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    article = ArticleFactory(title="Drafts cite this")
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        hidden = PolicyActionFactory(
            title=f"Hidden {state}", slug=f"hidden-{state}", state=state, jurisdiction=minneapolis
        )
        CitationFactory(action=hidden, article=article)
        assert client.get(f"/api/actions/hidden-{state}/").status_code == 404
    for url in ("/api/actions/?page_size=200", "/api/actions/?jurisdiction=minnesota"):
        assert "hidden-" not in client.get(url).content.decode()
    cited = client.get(f"/api/articles/{article.pk}/").json()
    assert cited["cited_by"] == []
    assert article.pk not in {a["id"] for a in results(client, "/api/articles/?cited=true")}


def test_every_response_states_the_licence(imported_seeds, client):
    for url in ("/api/actions/", f"/api/actions/{MINNEAPOLIS_BAN}/", "/api/jurisdictions/"):
        response = client.get(url)
        assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'


def test_news_articles_are_not_offered_under_our_licence(imported_seeds, client):
    response = client.get("/api/articles/")
    assert "Link" not in response
    assert response.json()["licence"]["spdx"] == "NOASSERTION"
    assert "body" not in response.json()["results"][0]


# count, actions with places, organisations, sources, and the jurisdiction tree for the places'
# slug paths (read once, as the downloads do)
ACTION_LIST_QUERIES = 5
# the place and organisation looked up, and the places inside the place that hold actions
FILTERED_ACTION_LIST_QUERIES = ACTION_LIST_QUERIES + 3
ACTION_QUERIES = 4
JURISDICTION_LIST_QUERIES = 2
ORGANISATION_LIST_QUERIES = 2
ARTICLE_LIST_QUERIES = 5  # count, articles, organisations, places, published citations


def test_api_query_counts_do_not_grow_with_rows(client, django_assert_num_queries):
    state = JurisdictionFactory(slug="state", kind="state")
    organisation = OrganisationFactory(slug="org")

    def add(count):
        for _ in range(count):
            action = PolicyActionFactory(jurisdiction=JurisdictionFactory(parent=state))
            ParticipantFactory(action=action, organisation=organisation)
            ParticipantFactory(action=action)
            CitationFactory(action=action)
            CitationFactory(action=action)

    for rows in (20, 40):
        add(20)
        assert client.get("/api/actions/").json()["count"] == rows
        pages = [
            ("/api/actions/", ACTION_LIST_QUERIES),
            ("/api/actions/?jurisdiction=state&organisation=org", FILTERED_ACTION_LIST_QUERIES),
            ("/api/jurisdictions/", JURISDICTION_LIST_QUERIES),
            ("/api/organisations/", ORGANISATION_LIST_QUERIES),
            ("/api/articles/", ARTICLE_LIST_QUERIES),
        ]
        for url, queries in pages:
            with django_assert_num_queries(queries):
                assert client.get(url).status_code == 200, url
        action = client.get("/api/actions/").json()["results"][0]["slug"]
        with django_assert_num_queries(ACTION_QUERIES):
            client.get(f"/api/actions/{action}/")


# Fields only the API has: the address of the record in the API itself.
API_ONLY_ACTION_FIELDS = {"api_url"}


def test_an_api_action_is_the_json_download_record_field_for_field(imported_seeds, client):
    quiet = PolicyActionFactory(slug="quiet", extent="company_wide", jurisdiction=None)
    CitationFactory(action=quiet, quote="", article=ArticleFactory(url="urn:policy-tracker:x"))
    downloaded = client.get("/export/actions.json")
    records = {
        record["slug"]: record
        for record in json.loads(b"".join(downloaded.streaming_content))["actions"]
    }
    listed = results(client, "/api/actions/?page_size=200")
    assert [action["slug"] for action in listed] == list(records)
    for action in listed:
        detail = client.get(f"/api/actions/{action['slug']}/").json()
        assert detail == action
        api_only = {name: action.pop(name) for name in API_ONLY_ACTION_FIELDS}
        assert api_only["api_url"] == f"http://testserver/api/actions/{action['slug']}/"
        assert action == records[action["slug"]]


def test_a_listed_action_is_what_the_serializer_writes_of_it_in_its_order_of_fields(
    imported_seeds, client, rf
):
    quiet = PolicyActionFactory(slug="quiet", extent="company_wide", jurisdiction=None)
    CitationFactory(action=quiet, quote="", article=ArticleFactory(url="urn:policy-tracker:x"))
    listed = client.get("/api/actions/?page_size=200").content.decode()
    actions = PolicyAction.objects.published().for_export().order_by("-date", "title", "pk")
    request = Request(rf.get("/api/actions/"))
    serialized = ActionSerializer(actions, many=True, context={"request": request}).data
    items = json.loads(listed, object_pairs_hook=list)[3][1]  # count, next, previous, results
    assert json.dumps(items) == json.dumps(
        json.loads(json.dumps(serialized), object_pairs_hook=list)
    )


def test_an_action_describes_its_place_as_the_jurisdictions_endpoint_does(imported_seeds, client):
    for action in results(client, "/api/actions/?page_size=200"):
        place = action["jurisdiction"]
        if place is None:
            continue
        own = client.get(f"/api/jurisdictions/{place['slug']}/").json()
        assert {name: own[name] for name in place if name in own} == {
            name: value for name, value in place.items() if name in own
        }
    minneapolis = client.get("/api/jurisdictions/minneapolis/").json()
    assert minneapolis["iso_code"] is None  # none, rather than an empty string
