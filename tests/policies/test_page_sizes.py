"""Every list page is bounded: its HTML is no larger with five times the rows, so a record of
tens of thousands of actions serves pages the size of a small one's."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from policies.charts import year_type_chart
from policies.models import ActionType
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

PAGES = {
    "timeline": lambda organisation: "/",
    "news": lambda organisation: reverse("news:article-list"),
    "places": lambda organisation: reverse("maps:jurisdiction-list"),
    "state": lambda organisation: reverse("policies:jurisdiction-detail", args=["state"]),
    "organisation": lambda organisation: organisation.get_absolute_url(),
}


def add_actions(state, organisation, count):
    """`count` actions, each in a city of its own (with a county around it), done by
    `organisation` and citing an article that mentions it."""
    for _ in range(count):
        county = JurisdictionFactory(parent=state, kind="county")
        action = PolicyActionFactory(jurisdiction=JurisdictionFactory(parent=county))
        ParticipantFactory(action=action, organisation=organisation)
        article = ArticleFactory()
        article.organisations.add(organisation)
        CitationFactory(action=action, article=article)


@pytest.mark.parametrize("page", PAGES)
def test_a_page_is_no_larger_with_five_times_the_rows(client, page):
    state = JurisdictionFactory(name="State", slug="state", kind="state")
    organisation = OrganisationFactory()
    add_actions(state, organisation, 60)  # more than a page of everything
    url = PAGES[page](organisation)
    small = len(client.get(url).content)
    add_actions(state, organisation, 240)
    large = len(client.get(url).content)
    assert large <= small * 1.05, (small, large)


def test_the_places_page_is_no_larger_with_five_times_the_states(client):
    """The places page lists countries; their states and regions are on each country's page."""
    country = JurisdictionFactory(name="Country", slug="country", kind="country")

    def add_states(count):
        for _ in range(count):
            PolicyActionFactory(jurisdiction=JurisdictionFactory(parent=country, kind="state"))

    add_states(30)
    small = client.get(reverse("maps:jurisdiction-list")).content
    add_states(120)
    large = client.get(reverse("maps:jurisdiction-list")).content
    assert len(large) <= len(small) * 1.05, (len(small), len(large))
    assert b"in 150 places inside" in large


def test_the_chart_at_its_fullest_stays_under_37_kb():
    """Fifteen years of every type, as at bench-web scale, where the chart was 49 of the
    timeline's 116 KB: its size depends on the years and types, never on how many actions."""
    counts = [
        (year, action_type, 100 + (year * 7 + index * 13) % 30)
        for year in range(2011, 2026)
        for index, action_type in enumerate(ActionType.values)
    ]
    html = render_to_string("includes/year_type_chart.html", {"chart": year_type_chart(counts)})
    assert len(html.encode()) < 37_000
