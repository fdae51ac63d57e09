"""Hostile values in every public filter and API parameter: each is answered with a correct page
or a 4xx that names the problem, never a 500. The lists below are the record of what was tried;
add to them when a new parameter or page appears."""

from urllib.parse import urlencode

import pytest

from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/articles/",
    "/organisations/",
    "/jurisdictions/",
    "/jurisdictions/somerville/",
    "/organisations/aclu/",
    "/feeds/actions.atom",
    "/feeds/actions.rss",
    "/feeds/jurisdictions/somerville.atom",
    "/feeds/organisations/aclu.rss",
    "/feeds/types/ban.atom",
    "/export/actions.csv",
    "/export/actions.json",
    "/export/timelinejs.json",
    "/api/actions/",
    "/api/articles/",
    "/api/organisations/",
    "/api/jurisdictions/",
]

LONG = "x" * 10_000
HOSTILE_VALUES = {
    "page": ["1000000000", "-1", "0", "abc", "1e3", "\x00", "9" * 50, LONG],
    "page_size": ["1000000", "-5", "0", "abc", "\x00", "9" * 50],
    "since": ["2019-13-45", "99999-01-01", "0000-00-00", "not-a-date", "2019-02-30", "\x00"],
    "until": ["-1-01-01", "2019-06", "1", LONG],
    "type": ["nonexistent", "\x00", LONG],
    "status": ["nope", "\x00"],
    "sort": ["evil", "\x00", "-pk"],
    "role": ["x", "\x00"],
    "jurisdiction": ["../../etc/passwd", "<script>", "\x00", LONG],
    "organisation": ["nope", "\x00", "%00"],
    "ordering": ["-id;drop table", "password"],
    "format": ["xml", "\x00", "json;", "api"],
    "kind": ["x", "\x00"],
    "parent": ["x", "\x00", "-1"],
    "provider": ["\x00", LONG],
    "cursor": ["\x00"],
}
CASES = [(name, value) for name, values in HOSTILE_VALUES.items() for value in values]
# Besides the parameter's own name, what a 4xx may say to name its problem: an address that
# names nothing is "not found" (the API says "Not found.").
NAMES_A_MISSING_RECORD = ("not found", "Not found")


@pytest.fixture
def record(db):
    place = JurisdictionFactory(name="Somerville", slug="somerville")
    action = PolicyActionFactory(title="Somerville bans facial recognition", jurisdiction=place)
    CitationFactory(action=action, article=ArticleFactory(title="Facial recognition ban passes"))
    ParticipantFactory(action=action, organisation=OrganisationFactory(slug="aclu", name="ACLU"))
    return action


def answered(client, url, query, *, names):
    """The response to `url?query`: below 500, and a 4xx whose body says one of `names`."""
    response = client.get(f"{url}?{query}")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    assert response.status_code < 500, f"{url}?{query[:80]}: {response.status_code}"
    if response.status_code >= 400:
        assert any(words in text for words in names), f"{url}: {text[:300]}"
    return response, text


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize(("name", "value"), CASES, ids=[f"{n}={v[:12]!r}" for n, v in CASES])
def test_a_hostile_parameter_gets_a_page_or_a_4xx_that_names_it(client, record, url, name, value):
    answered(client, url, urlencode({name: value}), names=(name, name.title()))


@pytest.mark.parametrize("url", PAGES)
def test_a_parameter_repeated_a_thousand_times_is_answered(client, record, url):
    answered(client, url, urlencode([("type", "ban")] * 1_000), names=("type",))


@pytest.mark.parametrize("url", PAGES)
def test_more_parameters_than_django_reads_are_refused_by_name_where_they_are_read(
    client, record, url
):
    query = urlencode([("type", "ban")] * 1_001)
    response, _text = answered(client, url, query, names=("too many parameters",))
    # A page that reads no parameter at all answers as usual.
    assert response.status_code in {200, 400}


def test_a_page_past_the_end_says_so(client, record):
    response, text = answered(client, "/", "page=1000000000", names=("page",))
    assert response.status_code == 404
    assert "Invalid page (1000000000): That page contains no results" in text


def test_the_api_caps_the_page_size_instead_of_refusing_it(client, record):
    response = client.get("/api/actions/?page_size=1000000")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 1
