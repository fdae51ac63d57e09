"""What the tests of the jurisdictions page's maps share: the page's address, Massachusetts with
published actions of its own and of a city in it (and a draft and one in review, to be left
out), and the part of the page one map takes."""

import pytest
from django.urls import reverse

from policies.models import EditorialState
from tests.factories import JurisdictionFactory, PolicyActionFactory

LIST_URL = reverse("maps:jurisdiction-list")


@pytest.fixture
def massachusetts(db):
    us = JurisdictionFactory(name="United States", slug="united-states", kind="country",
                             iso_code="US", ocd_id="ocd-division/country:us")  # fmt: skip
    state = JurisdictionFactory(name="Massachusetts", slug="massachusetts", kind="state",
                                parent=us, iso_code="US-MA")  # fmt: skip
    city = JurisdictionFactory(name="Somerville", parent=state)
    PolicyActionFactory.create_batch(2, jurisdiction=city)
    PolicyActionFactory(jurisdiction=state)
    PolicyActionFactory(jurisdiction=state, state=EditorialState.DRAFT)
    PolicyActionFactory(jurisdiction=city, state=EditorialState.REVIEW)
    return state


def map_section(page, key):
    """The HTML of one map panel: from its heading to the next panel or the tree list."""
    start = page.index(f'id="map-{key}-heading"')
    ends = (page.find("map-panel", start), page.find('id="tree-heading"', start))
    end = min(i for i in ends if i > 0)
    return page[start:end]
