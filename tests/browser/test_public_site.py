"""A journalist's path through the public site in a real Chromium, and axe-core on every page."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article
from policies.models import PolicyAction
from tests.browser.conftest import axe_violations

MINNEAPOLIS_BAN = "Minneapolis bans city use of facial recognition"


def test_the_timeline_loads_with_its_chart(seeded_site, page):
    page.goto(seeded_site + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("facial recognition")
    expect(page.locator(".result-count")).to_contain_text("15 actions")
    expect(page.get_by_role("img", name="Actions per year, by type")).to_be_visible()
    expect(page.get_by_role("link", name=MINNEAPOLIS_BAN)).to_be_visible()


def test_filters_apply_through_the_form_and_come_off_one_click_at_a_time(seeded_site, page):
    page.goto(seeded_site + "/")
    page.get_by_label("Jurisdiction").fill("california")
    page.get_by_label("Ban", exact=True).check()
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"jurisdiction=california.*type=ban"))
    expect(page.locator(".result-count")).to_contain_text("2 actions match these filters")
    expect(
        page.get_by_role("link", name="San Francisco bans city use", exact=False)
    ).to_be_visible()
    expect(page.get_by_role("link", name=MINNEAPOLIS_BAN)).to_have_count(0)

    page.get_by_role("link", name=re.compile("Jurisdiction: California")).click()
    expect(page).not_to_have_url(re.compile("jurisdiction="))
    expect(page.get_by_role("link", name=MINNEAPOLIS_BAN)).to_be_visible()


def test_a_search_and_a_date_range_from_the_form(seeded_site, page):
    page.goto(seeded_site + "/")
    page.get_by_label("Search").fill("Rekognition")
    page.get_by_label("From", exact=True).fill("2020-01-01")
    page.get_by_label("To", exact=True).fill("2020-12-31")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("link", name=re.compile("Amazon suspends sales"))).to_be_visible()
    expect(page.get_by_role("link", name=MINNEAPOLIS_BAN)).to_have_count(0)


def test_a_record_leads_to_its_sources(seeded_site, page):
    page.goto(seeded_site + "/")
    page.get_by_role("link", name=MINNEAPOLIS_BAN).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MINNEAPOLIS_BAN)
    sources = page.locator("ol.sources > li")
    expect(sources).to_have_count(2)
    expect(page.locator("ol.sources blockquote").first).to_be_visible()
    expect(page.locator(".citation-text")).to_contain_text("/actions/")

    sources.first.locator(".source-title a").click()
    expect(page.get_by_role("heading", name="Actions this article supports")).to_be_visible()
    expect(page.get_by_role("link", name=MINNEAPOLIS_BAN)).to_be_visible()


def test_a_state_page_shows_its_cities(seeded_site, page):
    page.goto(seeded_site + "/jurisdictions/")
    page.get_by_role("link", name="Minnesota", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Minnesota")
    expect(page.get_by_role("link", name=MINNEAPOLIS_BAN)).to_be_visible()
    expect(page.get_by_role("heading", name="Where Minnesota stands")).to_be_visible()


def test_the_chart_table_opened_on_a_phone_scrolls_in_its_own_box_and_says_so(seeded_site, page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(seeded_site + "/")
    page.get_by_text("The same numbers as a table").click()
    box = page.locator(".chart-table .table-scroll")
    expect(box).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert box.evaluate("b => b.scrollWidth > b.clientWidth")
    expect(page.locator(".chart-table .scroll-hint")).to_be_visible()


def test_the_chart_table_fits_a_desktop_screen_without_a_hint(seeded_site, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(seeded_site + "/")
    page.get_by_text("The same numbers as a table").click()
    box = page.locator(".chart-table .table-scroll")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth")
    expect(page.locator(".chart-table .scroll-hint")).to_be_hidden()


def test_on_a_phone_the_filters_start_closed_unless_some_are_in_use(seeded_site, page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(seeded_site + "/")
    expect(page.get_by_label("Search")).to_be_hidden()
    page.get_by_text("Filter the timeline").click()
    expect(page.get_by_label("Search")).to_be_visible()
    page.goto(seeded_site + "/?type=ban")
    expect(page.get_by_label("Search")).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(seeded_site + "/")
    expect(page.get_by_label("Search")).to_be_visible()


def test_no_page_type_scrolls_sideways_with_every_details_opened(seeded_site, page):
    wide = []
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        for page_type, url in _page_urls().items():
            page.goto(seeded_site + url)
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                wide.append(f"{page_type} ({url}) at {width} px is {scroll_width} px wide")
    assert wide == []


def test_keyboard_focus_is_visible(seeded_site, page):
    page.goto(seeded_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [document.activeElement.textContent, s.outlineStyle, s.outlineWidth]; })()"
    )
    assert focused[0] == "Skip to content"
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


def _page_urls():
    action = PolicyAction.objects.get(slug="minneapolis-bans-government-facial-recognition-2021")
    article = Article.objects.filter(citations__isnull=False, relations__isnull=False).first()
    return {
        "timeline": "/",
        "filtered timeline": "/?jurisdiction=california&type=ban&type=moratorium&q=city",
        "timeline with a bad filter": "/?jurisdiction=atlantis",
        "timeline by relevance": "/?q=ban&sort=relevance",
        "action": action.get_absolute_url(),
        "jurisdiction list": "/jurisdictions/",
        "jurisdiction": "/jurisdictions/united-states/",
        "organisation list": "/organisations/",
        "organisation": "/organisations/aclu/",
        "article list": "/articles/",
        "article": article.get_absolute_url(),
        "about": "/about/",
        "correction": f"/actions/{action.slug}/correction/",
        "missing action": "/report/",
        "thanks": "/thanks/",
        "not found": "/actions/no-such-action/",
    }


PAGE_TYPES = [
    "timeline",
    "filtered timeline",
    "timeline with a bad filter",
    "timeline by relevance",
    "action",
    "jurisdiction list",
    "jurisdiction",
    "organisation list",
    "organisation",
    "article list",
    "article",
    "about",
    "correction",
    "missing action",
    "thanks",
    "not found",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_has_no_accessibility_violations(seeded_site, page, page_type):
    url = _page_urls()[page_type]
    page.goto(seeded_site + url)
    violations = axe_violations(page)
    assert violations == [], f"{page_type} ({url}):\n" + "\n".join(violations)


def test_the_accessibility_check_does_catch_violations(page):
    page.set_content("<html><body><img src='x.png'><input type='text'></body></html>")
    violations = axe_violations(page)
    assert any(v.startswith("image-alt") for v in violations)
    assert any(v.startswith("label") for v in violations)
