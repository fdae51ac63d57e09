"""Every way out of the site says the same thing: for each timeline filter, the page, the CSV and
JSON downloads, the TimelineJS source, the API and the feed list the same published actions."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from directory.models import Jurisdiction, Organisation
from policies.models import EditorialState
from tests.factories import ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

FILTERS = {
    "everything": ("", 15),
    "a state and its cities": ("?jurisdiction=minnesota", 1),
    "california rolls up its cities": ("?jurisdiction=california", 2),
    "several types": ("?type=ban&type=moratorium", 5),
    "an organisation": ("?organisation=amazon", 2),
    "an organisation in one role": ("?organisation=amazon&role=target", 1),
    "a role alone": ("?role=signatory", 2),
    "several statuses": ("?status=issued&status=proposed", 5),
    "a date range with partial dates": ("?since=2020-06-15&until=2021-02-28", 6),
    "a search": ("?q=moratorium", None),
    "oldest first": ("?sort=oldest&type=ban", 4),
}


def _streamed(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode()


def on_the_page(client, query):
    html = client.get("/" + query).content.decode()
    return re.findall(r'class="action-title"[^>]*><a href="/actions/([^/]+)/"', html)


def in_the_csv(client, query):
    text = _streamed(client.get("/export/actions.csv" + query))
    return [row["slug"] for row in csv.DictReader(io.StringIO(text))]


def in_the_json(client, query):
    return [
        a["slug"]
        for a in json.loads(_streamed(client.get("/export/actions.json" + query)))["actions"]
    ]


def in_timelinejs(client, query):
    document = json.loads(_streamed(client.get("/export/timelinejs.json" + query)))
    return [event["unique_id"] for event in document["events"]]


def in_the_api(client, query):
    separator = "&" if query else "?"
    response = client.get(f"/api/actions/{query}{separator}page_size=200")
    assert response.status_code == 200
    return [action["slug"] for action in response.json()["results"]]


def in_the_feed(client, query):
    response = client.get("/feeds/actions.atom" + query)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    atom = "{http://www.w3.org/2005/Atom}"
    links = [entry.find(f"{atom}link").get("href") for entry in root.iter(f"{atom}entry")]
    return [link.rstrip("/").rsplit("/", 1)[-1] for link in links]


@pytest.mark.parametrize(("query", "expected"), FILTERS.values(), ids=FILTERS.keys())
def test_every_surface_lists_the_actions_the_page_lists(imported_seeds, client, query, expected):
    page = on_the_page(client, query)
    assert page, "every filter here matches something"
    if expected is not None:
        assert len(page) == expected
    # Downloads and the API keep the page's order; the TimelineJS source reads oldest first
    # and the feed newest published first, so they are compared as sets.
    assert in_the_csv(client, query) == page
    assert in_the_json(client, query) == page
    assert in_the_api(client, query) == page
    assert sorted(in_timelinejs(client, query)) == sorted(page)
    assert sorted(in_the_feed(client, query)) == sorted(page)


def test_drafts_appear_on_no_surface(imported_seeds, client):
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    amazon = Organisation.objects.get(slug="amazon")
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        hidden = PolicyActionFactory(
            title=f"A moratorium still in {state}", slug=f"hidden-{state}", state=state,
            jurisdiction=minneapolis, action_type="moratorium",
        )  # fmt: skip
        ParticipantFactory(action=hidden, organisation=amazon)
    surfaces = [in_the_csv, in_the_json, in_timelinejs, in_the_api, in_the_feed]
    for query, _ in FILTERS.values():
        for surface in surfaces:
            listed = surface(client, query)
            assert "hidden-draft" not in listed, (surface.__name__, query)
            assert "hidden-review" not in listed, (surface.__name__, query)


def test_downloads_hold_every_page_of_the_view_not_only_the_first(client):
    for n in range(120):
        PolicyActionFactory(action_type=["ban", "bill"][n % 2])
    on_screen = []
    for page in (1, 2, 3):
        on_screen += on_the_page(client, f"?type=ban&type=bill&page={page}")
    assert len(on_screen) == 120  # three pages of up to 40
    assert in_the_csv(client, "?type=ban&type=bill") == on_screen
    assert in_the_json(client, "?type=ban&type=bill") == on_screen
