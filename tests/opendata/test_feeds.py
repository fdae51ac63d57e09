"""Atom and RSS feeds of newly published actions: site-wide with the timeline's filters, per
place (with the places inside it), per organisation and per type; published actions only."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from directory.models import Jurisdiction, Organisation
from policies.models import EditorialState, PolicyAction
from tests.factories import (
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_slugs(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    if root.tag == f"{ATOM}feed":
        links = [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]
    else:
        links = [item.findtext("link") for item in root.iter("item")]
    return [link.rstrip("/").rsplit("/", 1)[-1] for link in links]


def test_the_site_feed_lists_the_most_recently_published_first(client):
    first = PolicyActionFactory(title="Published long ago", date=datetime.date(2021, 1, 1))
    later = PolicyActionFactory(title="Published just now", date=datetime.date(2019, 1, 1))
    PolicyAction.objects.filter(pk=first.pk).update(
        published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    assert feed_slugs(client, reverse("opendata:feed-atom")) == [later.slug, first.slug]
    assert feed_slugs(client, reverse("opendata:feed-rss")) == [later.slug, first.slug]


def test_publishing_stamps_the_first_publication_only():
    action = PolicyActionFactory(state=EditorialState.DRAFT)
    assert action.published_at is None
    action.state = EditorialState.PUBLISHED
    action.save(update_fields=["state"])
    action.refresh_from_db()
    stamp = action.published_at
    assert stamp is not None
    action.state = EditorialState.REVIEW
    action.save()
    action.state = EditorialState.PUBLISHED
    action.save()
    action.refresh_from_db()
    assert action.published_at == stamp


def test_a_place_feed_includes_the_places_inside_it(imported_seeds, client):
    slugs = feed_slugs(client, reverse("opendata:jurisdiction-feed-atom", args=["california"]))
    assert sorted(slugs) == [
        "oakland-bans-government-facial-recognition-2019",
        "san-francisco-bans-government-facial-recognition-2019",
    ]
    rss = reverse("opendata:jurisdiction-feed-rss", args=["minnesota"])
    assert feed_slugs(client, rss) == ["minneapolis-bans-government-facial-recognition-2021"]


def test_organisation_and_type_feeds(imported_seeds, client):
    amazon = feed_slugs(client, reverse("opendata:organisation-feed-atom", args=["amazon"]))
    assert sorted(amazon) == [
        "aclu-demands-longer-amazon-ban-2020",
        "amazon-one-year-moratorium-rekognition-police-2020",
    ]
    assert feed_slugs(client, reverse("opendata:organisation-feed-rss", args=["amazon"]))
    moratoria = feed_slugs(client, reverse("opendata:type-feed-atom", args=["moratorium"]))
    assert moratoria == ["amazon-one-year-moratorium-rekognition-police-2020"]
    assert len(feed_slugs(client, reverse("opendata:type-feed-rss", args=["ban"]))) == 4


def test_unknown_feeds_are_404_and_bad_filters_400(imported_seeds, client):
    assert client.get(reverse("opendata:type-feed-atom", args=["picnic"])).status_code == 404
    url = reverse("opendata:jurisdiction-feed-atom", args=["atlantis"])
    assert client.get(url).status_code == 404
    bad = client.get(reverse("opendata:feed-atom") + "?type=picnic")
    assert bad.status_code == 400
    assert "type: “picnic” is not a type of action." in bad.content.decode()


def test_feeds_state_the_licence_and_escape_imported_text(client):
    PolicyActionFactory(title="<script>x</script>", summary="<img src=x onerror=alert(1)>")
    atom = client.get(reverse("opendata:feed-atom")).content.decode()
    assert "<rights>Records: CC BY 4.0" in atom
    assert 'rel="license"' in atom
    assert "<img src" not in atom
    # The summary is HTML in readers, so the text is escaped once as HTML and once as XML.
    assert "&amp;lt;img src=x" in atom
    rss = client.get(reverse("opendata:feed-rss")).content.decode()
    assert "<copyright>Records: CC BY 4.0" in rss


def test_drafts_never_appear_in_any_feed(imported_seeds, client):
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    amazon = Organisation.objects.get(slug="amazon")
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        hidden = PolicyActionFactory(
            title=f"Hidden {state}", slug=f"hidden-{state}", state=state, jurisdiction=minneapolis
        )
        ParticipantFactory(action=hidden, organisation=amazon)
    urls = [
        reverse("opendata:feed-atom"),
        reverse("opendata:feed-rss") + "?organisation=amazon",
        reverse("opendata:jurisdiction-feed-atom", args=["minnesota"]),
        reverse("opendata:jurisdiction-feed-rss", args=["minneapolis"]),
        reverse("opendata:organisation-feed-atom", args=["amazon"]),
        reverse("opendata:type-feed-atom", args=["ban"]),
    ]
    for url in urls:
        assert "Hidden" not in client.get(url).content.decode(), url


FEED_QUERIES = 1  # the actions with their places
# the place, organisation (or nothing for a type), then the actions; for a place, also the places
# inside it that hold actions (`within`)
NARROWED_FEED_QUERIES = 3


def test_feed_query_counts_do_not_grow_with_rows(client, django_assert_max_num_queries):
    state = JurisdictionFactory(slug="state", kind="state")
    organisation = OrganisationFactory(slug="org")
    for _ in range(30):
        action = PolicyActionFactory(jurisdiction=JurisdictionFactory(parent=state))
        ParticipantFactory(action=action, organisation=organisation)
        CitationFactory(action=action)
    with django_assert_max_num_queries(FEED_QUERIES):
        client.get(reverse("opendata:feed-atom"))
    with django_assert_max_num_queries(FEED_QUERIES + 3):
        client.get(reverse("opendata:feed-rss") + "?jurisdiction=state&organisation=org")
    for url in (
        reverse("opendata:jurisdiction-feed-atom", args=["state"]),
        reverse("opendata:organisation-feed-atom", args=["org"]),
        reverse("opendata:type-feed-atom", args=["ban"]),
    ):
        with django_assert_max_num_queries(NARROWED_FEED_QUERIES):
            assert client.get(url).status_code == 200


def advertised_feeds(page):
    """The feeds a page's head offers: {type: href} from its <link rel="alternate">s."""
    head = page[: page.index("</head>")]
    links = re.findall(r'<link rel="alternate" type="([^"]+)" title="[^"]+" href="([^"]+)">', head)
    return dict(links)


@pytest.mark.parametrize(
    ("path", "atom", "rss"),
    [
        ("/", "/feeds/actions.atom", "/feeds/actions.rss"),
        ("/?type=ban&page=1", "/feeds/actions.atom?type=ban", "/feeds/actions.rss?type=ban"),
        (
            "/jurisdictions/minnesota/",
            "/feeds/jurisdictions/minnesota.atom",
            "/feeds/jurisdictions/minnesota.rss",
        ),
        (
            "/organisations/amazon/",
            "/feeds/organisations/amazon.atom",
            "/feeds/organisations/amazon.rss",
        ),
    ],
)
def test_pages_advertise_their_feed_as_atom_and_as_rss(imported_seeds, client, path, atom, rss):
    html = client.get(path).content.decode()
    assert advertised_feeds(html) == {"application/atom+xml": atom, "application/rss+xml": rss}
    for url in (atom, rss):
        assert client.get(url).status_code == 200
