"""Hostile input to every public list, feed, download and API list: whatever a query string
holds, the answer is a correct page or a 4xx that names the problem, never a 500, and a download
is whole (a valid file) or refused before it starts. Runs on SQLite and, with DATABASE_URL, on
PostgreSQL, whose full-text parser is the one that failed ("tsquery stack too small")."""

import csv
import io
import json
from urllib.parse import urlencode

import pytest

from opendata.streaming import INCOMPLETE_NOTICE
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

REPEATED = 1_000

HOSTILE_SEARCHES = {
    "sixty dashes": "-" * 60,
    "six dashes": "------",
    "spaced dashes before a word": "- " * 100 + "ban",
    "dashes and bangs": "-!" * 80 + "x",
    "dashes and brackets": "-(" * 80 + "x",
    "dashes and tabs": "-\t" * 80 + "x",
    "a word then dashes": "ban" + "-" * 150,
    "bangs": "!!!",
    "quotes": '"""',
    "an unclosed quote": '"facial recognition',
    "operators": "& | ! ( )",
    "tsquery syntax": "ban:* & !moratorium | (a <-> b)",
    "or chain": "or " * 60 + "ban",
    "very long": "facial recognition " * 600,
    "unicode": "Zürich ß ∂ƒ 顔認証 😀 \u202egnirts",
    "NUL": "ban\x00ned",
    "SQL fragment": "'; DROP TABLE policies_policyaction; --",
    "SQL comment": "ban/**/OR/**/1=1",
    "LIKE wildcards": "%_%\\",
    "a lone backslash": "\\",
    "only spaces": "     ",
    "control characters": "\x01\x02\x1b[31m\x7f",
    "HTML": "<script>alert(1)</script>",
}

LISTS = ["/", "/articles/"]
FEEDS = ["/feeds/actions.atom", "/feeds/actions.rss"]
DOWNLOADS = ["/export/actions.csv", "/export/actions.json", "/export/timelinejs.json"]
API_LISTS = ["/api/actions/", "/api/articles/", "/api/organisations/", "/api/jurisdictions/"]
SEARCHABLE = LISTS + FEEDS + DOWNLOADS + API_LISTS


@pytest.fixture
def record(db):
    """One published action, cited and with an organisation, so searches have rows to scan."""
    place = JurisdictionFactory(name="Somerville", slug="somerville")
    action = PolicyActionFactory(title="Somerville bans facial recognition", jurisdiction=place)
    CitationFactory(action=action, article=ArticleFactory(title="Facial recognition ban passes"))
    ParticipantFactory(action=action, organisation=OrganisationFactory(slug="aclu", name="ACLU"))
    return action


def fetch(client, url, query):
    """The response to `url` with `query`, its body read to the end."""
    response = client.get(url + ("?" + query if query else ""))
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode("utf-8", "replace")


def assert_answered(url, response, body, *, names=()):
    """A correct page, or a 4xx whose body names the problem; a download that is whole."""
    assert response.status_code < 500, f"{url}: {response.status_code}\n{body[:500]}"
    if response.status_code >= 400:
        assert any(name in body for name in names), f"{url}: {response.status_code} {body[:300]}"
        return
    assert INCOMPLETE_NOTICE not in body
    if url.endswith(".json") or url.startswith("/api/"):
        json.loads(body)
    elif url.endswith(".csv"):
        list(csv.reader(io.StringIO(body), strict=True))


@pytest.mark.parametrize("url", SEARCHABLE)
@pytest.mark.parametrize("text", HOSTILE_SEARCHES.values(), ids=HOSTILE_SEARCHES.keys())
def test_no_search_text_breaks_a_list_a_feed_a_download_or_the_api(client, record, url, text):
    response, body = fetch(client, url, urlencode({"q": text}))
    assert_answered(url, response, body, names=("q", "Search", "search"))


@pytest.mark.parametrize("url", SEARCHABLE)
def test_a_search_repeated_a_thousand_times_is_answered(client, record, url):
    response, body = fetch(client, url, urlencode([("q", "-" * 60)] * REPEATED))
    assert_answered(url, response, body, names=("parameters", "fields", "q"))


def test_sixty_dashes_still_find_what_the_words_match(client, record):
    response, body = fetch(client, "/export/actions.json", urlencode({"q": "-" * 60 + " ban"}))
    assert response.status_code == 200
    assert [action["slug"] for action in json.loads(body)["actions"]] == [record.slug]
