"""/sitemap.xml lists every public page and no draft; /robots.txt points at it."""

import xml.etree.ElementTree as ET

import pytest

from articles.models import Article
from directory.models import Jurisdiction, Organisation
from policies.choices import EditorialState
from policies.models import PolicyAction
from policies.participants import public_organisations
from policies.places import listed_places
from tests.factories import ArticleFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

SECTION_QUERIES = 2  # a section of actions, places, organisations or articles: count, rows
LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def locations(client, url):
    response = client.get(url)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap)
    return [loc.text for loc in root.iter(LOC)]


def sitemap_locations(client):
    """Every address in every sitemap the index at /sitemap.xml lists."""
    found = set()
    for section in locations(client, "/sitemap.xml"):
        found.update(locations(client, section.removeprefix("http://testserver")))
    return found


def test_the_index_pages_a_section_that_outgrows_one_file(imported_seeds, client, monkeypatch):
    from tracker.sitemaps import SITEMAPS

    monkeypatch.setattr(SITEMAPS["actions"], "limit", 2)
    sections = locations(client, "/sitemap.xml")
    assert "http://testserver/sitemap-actions.xml?p=2" in sections
    assert len(locations(client, "/sitemap-actions.xml?p=2")) == 2


def test_the_sitemap_lists_every_public_page(imported_seeds, client):
    locations = sitemap_locations(client)
    base = "http://testserver"
    for path in ("/", "/jurisdictions/", "/organisations/", "/articles/", "/about/"):
        assert base + path in locations
    for action in PolicyAction.objects.published():
        assert base + action.get_absolute_url() in locations
    for records in (public_organisations(), Article.objects.all()):
        for record in records:
            assert base + record.get_absolute_url() in locations
    # Organisations with nothing public (a directory entry no article names, a candidate the
    # importer found) have no page to list.
    for organisation in Organisation.objects.exclude(pk__in=public_organisations()):
        assert base + organisation.get_absolute_url() not in locations
    for place in listed_places():
        assert base + place.get_absolute_url() in locations


def test_only_places_with_published_actions_and_those_above_them_are_in_the_sitemap(
    imported_seeds, client
):
    locations = sitemap_locations(client)
    base = "http://testserver"
    # Minneapolis has a published ban: it, Minnesota and the United States are listed.
    for slug in ("minneapolis", "minnesota", "united-states"):
        assert f"{base}/jurisdictions/{slug}/" in locations
    # Chicago and Illinois hold no published action (and a draft does not count).
    chicago = Jurisdiction.objects.get(slug="chicago")
    PolicyActionFactory(jurisdiction=chicago, state=EditorialState.DRAFT, slug="draft-chicago")
    locations = sitemap_locations(client)
    for slug in ("chicago", "illinois"):
        assert f"{base}/jurisdictions/{slug}/" not in locations


def test_drafts_are_not_in_the_sitemap(imported_seeds, client):
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        hidden = PolicyActionFactory(state=state, slug=f"hidden-{state}")
        assert f"http://testserver{hidden.get_absolute_url()}" not in sitemap_locations(client)


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_off_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /export/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_the_sitemap_query_count_does_not_grow_with_rows(
    imported_seeds, client, django_assert_num_queries
):
    for _ in range(2):
        with django_assert_num_queries(SECTION_QUERIES):
            locations(client, "/sitemap-actions.xml")
        for _ in range(20):
            PolicyActionFactory()


def test_the_index_dates_each_section_by_its_newest_change_without_reading_every_item(
    imported_seeds, client, monkeypatch
):
    from tracker.sitemaps import SITEMAPS

    def one_by_one(self, item):
        raise AssertionError("the index read an item's lastmod")

    for section in ("actions", "articles"):
        monkeypatch.setattr(SITEMAPS[section], "lastmod", one_by_one)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    newest = PolicyAction.objects.published().latest("updated_at").updated_at
    assert newest.strftime("%Y-%m-%dT%H:%M:%S") in response.content.decode()


def test_an_empty_database_has_a_sitemap_with_no_dates_and_no_errors(client):
    sections = locations(client, "/sitemap.xml")
    assert "http://testserver/sitemap-actions.xml" in sections
    assert locations(client, "/sitemap-actions.xml") == []
    assert "<lastmod>" not in client.get("/sitemap.xml").content.decode()


def test_the_index_keeps_its_counts_and_newest_dates_until_public_data_changes(client, settings):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PUBLIC_AGGREGATES_KEPT = True
    caches["public_pages"].clear()
    action = PolicyActionFactory()
    ArticleFactory()  # a section with no date at all would be asked again
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as queries:
        before = client.get("/sitemap.xml").content
    # Each section's count and newest date are kept: only the data version is read.
    assert all("core_publicdataversion" in q["sql"] for q in queries.captured_queries)

    PolicyActionFactory(slug="second-action")  # published: the actions' section grows
    action.save()  # and its newest date moves on
    after = client.get("/sitemap.xml").content
    assert after != before
