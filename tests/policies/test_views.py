"""The public pages: content, the published-only rule, escaping and query counts."""

import pytest
from django.urls import reverse

from articles.models import Article
from directory.models import Jurisdiction
from policies.models import EditorialState, PolicyAction
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

# Query counts are pinned per page in test_query_counts.py.


def test_the_timeline_shows_published_actions_with_their_facts(imported_seeds, client):
    page = client.get("/").content.decode()
    assert "Minneapolis bans city use of facial recognition" in page
    assert "12 February 2021" in page
    assert "September 2019" in page  # month precision shown as such
    assert "Minneapolis, Minnesota, United States" in page
    assert "Company-wide" in page
    assert 'Minneapolis City Council</a> <span class="role">(actor)</span>' in page


def test_the_minneapolis_ban_is_on_the_minnesota_page(imported_seeds, client):
    page = client.get(reverse("policies:jurisdiction-detail", args=["minnesota"])).content.decode()
    assert "Minneapolis bans city use of facial recognition" in page
    assert "Somerville bans" not in page


def test_a_states_page_rolls_up_its_cities(imported_seeds, client):
    page = client.get(reverse("policies:jurisdiction-detail", args=["california"])).content.decode()
    assert "San Francisco bans city use" in page
    assert "Oakland bans city use" in page


def state_totals(response):
    """The published actions of each state, as the table under the US map gives them."""
    [us_map] = [found for found in response.context["maps"] if found.key == "us"]
    return {row.jurisdiction.slug: row.count for row in us_map.rows}


def test_the_jurisdiction_list_counts_actions_inside_each_place(imported_seeds, client):
    response = client.get(reverse("maps:jurisdiction-list"))
    totals = {j.slug: j.action_total for j in response.context["jurisdictions"]}
    assert totals["united-states"] == 8  # incl. 3 Californian and 1 Minnesotan city
    assert "california" not in totals  # states are in the US map's table and the US page
    assert state_totals(response)["california"] == 2
    [us] = [j for j in response.context["jurisdictions"] if j.slug == "united-states"]
    acted_in = set(
        PolicyAction.objects.published()
        .filter(jurisdiction__tree_left__gt=us.tree_left, jurisdiction__tree_left__lt=us.tree_right)
        .values_list("jurisdiction", flat=True)
    )
    assert us.places_inside == len(acted_in) > 1
    link = f'href="/jurisdictions/united-states/#children-heading">in {len(acted_in)} places'
    assert link in response.content.decode()


def test_a_state_page_lists_its_cities_the_places_page_leaves_out(imported_seeds, client):
    response = client.get(reverse("policies:jurisdiction-detail", args=["minnesota"]))
    assert {child.slug: child.action_total for child in response.context["children"]} == {
        "minneapolis": 1
    }


def test_an_action_page_lists_every_source_with_its_evidence(imported_seeds, client):
    action = PolicyAction.objects.get(slug="minneapolis-bans-government-facial-recognition-2021")
    page = client.get(action.get_absolute_url()).content.decode()
    assert "passed without objection on February 12" in page
    assert "GizChina" in page
    assert "Cite this record" in page
    assert f"http://testserver{action.get_absolute_url()}" in page


def test_organisation_and_article_pages_show_their_links(imported_seeds, client):
    page = client.get(reverse("policies:organisation-detail", args=["amazon"])).content.decode()
    assert "Amazon suspends sales of Rekognition to police for one year" in page
    assert "ACLU says Amazon&#x27;s one-year moratorium falls short" in page
    article = Article.objects.get(url__contains="gizchina")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Minneapolis bans city use of facial recognition" in page


def test_drafts_never_appear_and_are_404_on_their_own_url(imported_seeds, client):
    draft = PolicyActionFactory(
        title="Secret draft ban", state=EditorialState.DRAFT,
        jurisdiction=Jurisdiction.objects.get(slug="minneapolis"),
    )  # fmt: skip
    in_review = PolicyActionFactory(title="Ban under review", state=EditorialState.REVIEW)
    for action in (draft, in_review):
        assert client.get(action.get_absolute_url()).status_code == 404
    for url in ("/", reverse("policies:jurisdiction-detail", args=["minnesota"])):
        page = client.get(url).content.decode()
        assert "Secret draft ban" not in page
        assert "Ban under review" not in page
    assert state_totals(client.get("/jurisdictions/"))["minnesota"] == 1


def test_imported_text_is_escaped(client):
    action = PolicyActionFactory(title="<script>alert(1)</script>", summary="<b>bold</b>")
    CitationFactory(action=action, article=ArticleFactory(title="<img src=x onerror=alert(1)>"))
    for url in ("/", action.get_absolute_url()):
        page = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;" in page
    assert "<img src=x" not in client.get(action.get_absolute_url()).content.decode()


def test_every_page_works_on_an_empty_database(client):
    assert "No actions have been published yet." in client.get("/").content.decode()
    assert "No actions have been published yet." in client.get("/jurisdictions/").content.decode()
    assert client.get("/jurisdictions/nowhere/").status_code == 404
    assert client.get("/organisations/nobody/").status_code == 404
    assert client.get("/actions/nothing/").status_code == 404
    assert client.get("/articles/1/").status_code == 404
    assert (
        "No organisations are in the record yet." in client.get("/organisations/").content.decode()
    )
    assert "No news has been imported yet." in client.get("/articles/").content.decode()
    assert "Nothing matches these filters." in client.get("/?q=ban").content.decode()
    assert client.get("/about/").status_code == 200
