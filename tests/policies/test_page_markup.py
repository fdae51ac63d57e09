"""What the public pages' markup promises a phone and a screen reader: charts drawn for both
widths, tables that scroll in their own box with a hint, filters that stay out of the way."""

import datetime
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from opendata.csv_rows import CSV_COLUMNS
from tests.factories import (
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


def test_the_chart_is_drawn_for_wide_screens_and_again_for_phones(imported_seeds, client):
    page = client.get("/").content.decode()
    assert page.count('role="img" aria-labelledby="chart-title"') == 2
    assert 'class="chart-wide"' in page and 'class="chart-phone"' in page


def test_a_bars_tooltip_names_its_count_in_the_plural(imported_seeds, client):
    page = client.get("/").content.decode()
    assert "<title>2019: 3 bans</title>" in page
    assert " ban</title>" not in page.replace("1 ban</title>", "")


def test_the_chart_table_scrolls_in_a_labelled_box_with_a_hint(imported_seeds, client):
    page = client.get("/").content.decode()
    assert '<div class="table-scroll" role="region" aria-labelledby="chart-table-caption"' in page
    assert "Scroll the table sideways for every column." in page


def test_organisation_tables_scroll_in_labelled_boxes_with_a_hint(imported_seeds, client):
    page = client.get("/organisations/").content.decode()
    assert 'class="table-scroll" role="region" aria-label="Company: table" tabindex="0"' in page
    assert "Scroll the table sideways for every column." in page


@pytest.mark.parametrize("path", ["/", "/articles/"])
def test_the_filter_panel_may_close_on_a_phone_only_while_no_filter_is_in_use(
    imported_seeds, client, path
):
    unfiltered = client.get(path).content.decode()
    filtered = client.get(path + "?q=ban").content.decode()
    assert '<details class="filter-panel" open data-close-on-narrow>' in unfiltered
    assert '<details class="filter-panel" open>' in filtered


def test_an_action_with_no_organisations_shows_its_sources_with_no_stray_separator(client):
    action = PolicyActionFactory(title="Nobody named")
    CitationFactory(action=action)
    page = client.get("/").content.decode()
    who = page[page.index('<p class="who">') : page.index("</p>", page.index('<p class="who">'))]
    assert who == '<p class="who"><span class="sources">1 source</span>'


def test_an_organisation_in_two_roles_is_listed_once_with_both(client):
    letter = PolicyActionFactory(action_type="letter", status="issued")
    aclu = OrganisationFactory(name="ACLU")
    ParticipantFactory(action=letter, organisation=aclu, role="actor")
    ParticipantFactory(action=letter, organisation=aclu, role="signatory")
    ParticipantFactory(
        action=letter, organisation=OrganisationFactory(name="White House"), role="target"
    )
    page = client.get("/").content.decode()
    assert page.count(">ACLU</a>") == 1
    assert 'ACLU</a> <span class="role">(sender, signatory)</span>' in page
    assert 'White House</a> <span class="role">(recipient)</span>' in page
    assert "</span>, <a" in page and '· <span class="sources">' in page


def test_the_about_page_promises_only_the_columns_the_csv_has(client):
    page = client.get("/about/").content.decode()
    assert "formula" not in page  # how the CSV is made safe is for developers, not readers
    assert "The CSV has one row per action" in page
    assert {"organisations", "source_urls", "licence"} <= set(CSV_COLUMNS)
    assert not {"publisher", "quote", "headline"} & set(CSV_COLUMNS)


def test_a_filtered_timeline_says_what_it_shows_in_its_title_heading_and_preview(client):
    california = JurisdictionFactory(name="California", slug="california")
    PolicyActionFactory(jurisdiction=california)
    page = client.get("/?jurisdiction=california&type=ban&type=moratorium").content.decode()
    assert "<title>Bans and moratoria in California · Policy Tracker</title>" in page
    assert "<h1>Bans and moratoria in California</h1>" in page
    assert '<meta property="og:title" content="Bans and moratoria in California">' in page
    unfiltered = client.get("/").content.decode()
    assert "<h1>What has been done about facial recognition</h1>" in unfiltered


@pytest.mark.parametrize("path", ["/", "/about/", "/organisations/", "/report/"])
def test_every_page_has_a_favicon_and_open_graph_tags(client, path):
    page = client.get(path).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    for prop in ("og:title", "og:description", "og:url", "og:type"):
        assert f'<meta property="{prop}" content="' in page, prop
    assert f'<meta property="og:url" content="http://testserver{path}">' in page


def test_a_record_is_shared_as_an_article_with_its_summary(client):
    action = PolicyActionFactory(title="Oakland bans city use", summary="Oakland's council voted.")
    page = client.get(action.get_absolute_url()).content.decode()
    assert '<meta property="og:type" content="article">' in page
    assert '<meta property="og:title" content="Oakland bans city use">' in page
    assert '<meta property="og:description" content="Oakland&#x27;s council voted.">' in page


def test_only_types_and_statuses_on_record_are_offered_as_filters(client):
    PolicyActionFactory(action_type="ban", status="in_force")
    PolicyActionFactory(action_type="lawsuit", status="ongoing", state="draft")
    page = client.get("/").content.decode()
    assert 'name="type" value="ban"' in page
    assert 'name="type" value="lawsuit"' not in page  # only a draft has it
    assert 'name="status" value="ongoing"' not in page
    chosen = client.get("/?type=lawsuit").content.decode()
    assert 'name="type" value="lawsuit"' in chosen  # chosen in the URL: offered to uncheck


def test_the_statuses_offered_follow_the_date_the_page_is_drawn_on(client, monkeypatch):
    # The probes' SQL is built once a day (policies.views._choice_probes): a new day, new SQL.
    PolicyActionFactory(action_type="ban", status="in_force", expiry_date=datetime.date(2031, 1, 1))
    for today, shown, not_shown in (
        (datetime.date(2030, 12, 31), "in_force", "expired"),
        (datetime.date(2031, 1, 2), "expired", "in_force"),
    ):
        monkeypatch.setattr(timezone, "localdate", lambda *args, day=today, **kwargs: day)
        page = client.get("/").content.decode()
        assert f'name="status" value="{shown}"' in page
        assert f'name="status" value="{not_shown}"' not in page


def test_a_moratorium_past_its_expiry_is_found_as_expired_not_in_force(client):
    PolicyActionFactory(
        slug="lapsed-pledge",
        action_type="moratorium",
        status="in_force",
        effective_date=datetime.date(2020, 6, 10),
        expiry_date=datetime.date(2021, 6, 10),
    )
    expired = client.get("/?status=expired").content.decode()
    in_force = client.get("/?status=in_force").content.decode()
    assert "/actions/lapsed-pledge/" in expired
    assert "/actions/lapsed-pledge/" not in in_force
    assert 'name="status" value="expired"' in client.get("/").content.decode()


def test_ocd_ids_stay_out_of_the_way_in_an_identifiers_section(client):
    place = JurisdictionFactory(
        name="Oakland", slug="oakland", ocd_id="ocd-division/country:us/place:oakland"
    )
    action = PolicyActionFactory(jurisdiction=place)
    record = client.get(action.get_absolute_url()).content.decode()
    assert "ocd-division/" not in record
    page = client.get(place.get_absolute_url()).content.decode()
    lede = page[page.index('<p class="lede">') : page.index("</p>", page.index('<p class="lede">'))]
    assert "ocd-division/" not in lede
    identifiers = page[page.index('<details class="identifiers">') :]
    assert "<code>ocd-division/country:us/place:oakland</code>" in identifiers


def test_a_company_announces_its_moratorium_where_a_council_adopts_one(client):
    amazon = OrganisationFactory(name="Amazon", kind="company")
    council = OrganisationFactory(name="City Council", kind="government")
    pause = PolicyActionFactory(action_type="moratorium", status="in_force")
    ParticipantFactory(action=pause, organisation=amazon, role="actor")
    ban = PolicyActionFactory(action_type="ban", status="in_force")
    ParticipantFactory(action=ban, organisation=council, role="actor")
    for action in (pause, ban):
        CitationFactory(action=action)
    assert "<dt>Announced by</dt>" in client.get(pause.get_absolute_url()).content.decode()
    assert "<dt>Adopted by</dt>" in client.get(ban.get_absolute_url()).content.decode()


def test_a_count_in_the_thousands_is_written_with_its_separator():
    html = render_to_string(
        "includes/filter_status.html", {"paginator": SimpleNamespace(count=20000)}
    )
    assert "<strong>20,000</strong> actions" in html
