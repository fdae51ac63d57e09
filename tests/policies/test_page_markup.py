"""What the public pages' markup promises a phone and a screen reader: charts drawn for both
widths, tables that scroll in their own box with a hint, filters that stay out of the way."""

import pytest

from opendata.exports import CSV_COLUMNS
from tests.factories import (
    CitationFactory,
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
    assert 'class="table-scroll" role="region" aria-labelledby="kind-1" tabindex="0"' in page
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
    assert who.split() == ["<p", 'class="who">', "<span", 'class="sources">1', "source</span>"]


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
