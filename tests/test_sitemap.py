"""/sitemap.xml lists every public page and no draft; /robots.txt points at it."""

import datetime
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
    imported_seeds, client
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    newest = PolicyAction.objects.published().latest("updated_at").updated_at
    assert newest.isoformat() in response.content.decode()
    # Each section is counted, and the dated ones asked for their newest change: no rows read.
    for query in queries.captured_queries:
        assert query["sql"].startswith("SELECT COUNT(") or "MAX(" in query["sql"], query["sql"]


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


def rendered_by_django(records, changefreq, dated=True, site="http://testserver"):
    """What Django's sitemap view rendered for `records`: its template, each address's
    location, lastmod and changefreq."""
    from django.template.loader import render_to_string

    urlset = [
        {
            "location": site + record.get_absolute_url(),
            "lastmod": record.updated_at if dated else None,
            "changefreq": changefreq,
            "priority": "",
            "alternates": [],
        }
        for record in records
    ]
    return render_to_string("sitemap.xml", {"urlset": urlset}).encode()


def test_each_section_is_the_file_django_s_sitemap_template_writes(imported_seeds, client):
    sections = {
        "actions": (PolicyAction.objects.published().order_by("pk"), "weekly", True),
        "articles": (Article.objects.order_by("pk"), "monthly", True),
        "organisations": (public_organisations().order_by("pk"), "weekly", False),
        "jurisdictions": (listed_places().order_by("tree_left", "pk"), "weekly", False),
    }
    for section, (records, changefreq, dated) in sections.items():
        response = client.get(f"/sitemap-{section}.xml")
        assert response.content == rendered_by_django(records, changefreq, dated), section
        assert response["Content-Type"] == "application/xml"
        assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"
    assert client.get("/sitemap-pages.xml").content.count(b"<changefreq>daily<") == 5


def test_a_dated_section_says_when_the_newest_address_on_its_page_changed(client):
    from django.utils.http import http_date

    actions = [PolicyActionFactory() for _ in range(3)]
    PolicyAction.objects.filter(pk=actions[1].pk).update(
        updated_at=datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    )
    response = client.get("/sitemap-actions.xml")
    assert response["Last-Modified"] == http_date(
        datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC).timestamp()
    )
    # Sections with no dates, and a dated one with nothing to list, say nothing of it.
    assert not client.get("/sitemap-organisations.xml").has_header("Last-Modified")
    PolicyAction.objects.all().delete()
    assert not client.get("/sitemap-actions.xml").has_header("Last-Modified")


def test_an_address_s_date_is_its_day_in_the_current_time_zone(client):
    from django.utils import timezone

    action = PolicyActionFactory()
    late = datetime.datetime(2021, 2, 17, 12, 0, tzinfo=datetime.UTC)
    PolicyAction.objects.filter(pk=action.pk).update(updated_at=late)
    with timezone.override("Pacific/Kiritimati"):  # UTC+14: already the 18th
        content = client.get("/sitemap-actions.xml").content
        action.refresh_from_db()
        assert content == rendered_by_django([action], "weekly")
    assert b"<lastmod>2021-02-18</lastmod>" in content


def test_addresses_are_escaped_as_django_s_template_escaped_them(client):
    from django.test.utils import override_script_prefix

    action = PolicyActionFactory(slug="plain-slug")
    # A script prefix (SCRIPT_NAME, from the proxy) may hold what XML must escape.
    with override_script_prefix("/a&b'c/"):
        response = client.get("/sitemap-actions.xml")
    assert b"<loc>http://testserver/a&amp;b&#x27;c/actions/plain-slug/</loc>" in response.content
    assert response.content == rendered_by_django(
        [action], "weekly", site="http://testserver/a&b'c"
    )


def test_a_section_is_paged_by_its_limit_and_a_page_past_the_end_is_not_found(client, monkeypatch):
    from tracker.sitemaps import SITEMAPS

    monkeypatch.setattr(SITEMAPS["actions"], "limit", 2)
    actions = [PolicyActionFactory() for _ in range(5)]
    url = "/sitemap-actions.xml"
    for page, on_it in (("1", actions[:2]), ("2", actions[2:4]), ("3", actions[4:])):
        response = client.get(url, {"p": page})
        for action in on_it:
            action.refresh_from_db()
        assert response.content == rendered_by_django(on_it, "weekly"), page
    assert client.get(url).content == client.get(url, {"p": "1"}).content
    for page in ("4", "0", "-1", "x", "2.5", ""):
        assert client.get(url, {"p": page}).status_code == 404, page


def test_an_empty_section_has_one_empty_file_and_no_second(client):
    from django.template.loader import render_to_string

    response = client.get("/sitemap-articles.xml")
    assert response.content == render_to_string("sitemap.xml", {"urlset": []}).encode()
    assert client.get("/sitemap-articles.xml?p=2").status_code == 404


def test_an_unknown_section_is_not_found(client):
    assert client.get("/sitemap-drafts.xml").status_code == 404


def index_by_django(files, lastmods):
    """What Django's index view rendered: its template, each file and its newest change."""
    from django.contrib.sitemaps.views import SitemapIndexItem
    from django.template.loader import render_to_string

    sitemaps = [
        SitemapIndexItem(f"http://testserver{path}", lastmods[path.split("?")[0]]) for path in files
    ]
    return render_to_string("sitemap_index.xml", {"sitemaps": sitemaps}).encode()


def test_the_index_is_the_file_django_s_index_template_writes(client, monkeypatch):
    from tracker.sitemaps import SITEMAPS

    monkeypatch.setattr(SITEMAPS["actions"], "limit", 2)
    for _ in range(5):
        PolicyActionFactory()
    ArticleFactory()
    newest = {
        "/sitemap-actions.xml": PolicyAction.objects.latest("updated_at").updated_at,
        "/sitemap-articles.xml": Article.objects.get().updated_at,
    }
    files = ["/sitemap-pages.xml", "/sitemap-actions.xml", "/sitemap-actions.xml?p=2"]
    files += ["/sitemap-actions.xml?p=3", "/sitemap-jurisdictions.xml"]
    files += ["/sitemap-organisations.xml", "/sitemap-articles.xml"]
    response = client.get("/sitemap.xml")
    lastmods = {file.split("?")[0]: newest.get(file.split("?")[0]) for file in files}
    assert response.content == index_by_django(files, lastmods)
    assert response["Content-Type"] == "application/xml"
    assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"
    # Some sections are not dated, so the index as a whole is not.
    assert not response.has_header("Last-Modified")


def test_the_index_says_when_it_last_changed_when_every_section_is_dated(client, monkeypatch):
    from django.utils.http import http_date

    from tracker.sitemaps import SITEMAPS

    days = {}
    for day, sitemap in enumerate(SITEMAPS.values(), start=1):
        days[sitemap] = datetime.datetime(2030, 1, day, tzinfo=datetime.UTC)
        monkeypatch.setattr(sitemap, "get_latest_lastmod", lambda self: days[type(self)])
    response = client.get("/sitemap.xml")
    newest = datetime.datetime(2030, 1, len(SITEMAPS), tzinfo=datetime.UTC)
    assert response["Last-Modified"] == http_date(newest.timestamp())
    assert b"<lastmod>2030-01-01T00:00:00+00:00</lastmod>" in response.content


def test_the_index_escapes_its_addresses_as_django_s_template_did(client):
    from django.test.utils import override_script_prefix

    with override_script_prefix("/a&b'c/"):
        content = client.get("/sitemap.xml").content
    assert b"<loc>http://testserver/a&amp;b&#x27;c/sitemap-actions.xml</loc>" in content
