"""Publishers are named from the curated list (or by their domain), never by a feed's unchecked
name; staff's corrections survive re-imports and the feed's name is kept for the record."""

import pytest
from django.urls import reverse

from articles.importer import import_documents
from articles.models import Provider
from articles.publishers import PUBLISHERS_FILE, publisher_name, read_publisher_names
from core.strict_yaml import DocumentError
from policies.models import PolicyAction

pytestmark = pytest.mark.django_db

FEED_DOCUMENT = """---
title: "{title}"
webUrl: "https://{domain}/{slug}"
publishedDateTime: 2020-09-09T18:00:00Z
provider:
  name: {feed_name}
  domain: {domain}
---
Portland, Oregon, banned private businesses and city bureaus from using facial recognition.
"""


def import_one(tmp_path, *, domain, feed_name, slug="portland-ban"):
    path = tmp_path / f"{slug}.txt"
    path.write_text(
        FEED_DOCUMENT.format(title=f"Story {slug}", domain=domain, slug=slug, feed_name=feed_name)
    )
    report = import_documents([path])
    assert report.failed == 0, report
    return Provider.objects.get(domain=domain)


def test_a_curated_domain_is_named_from_the_list_and_the_feeds_name_kept_apart(tmp_path):
    provider = import_one(tmp_path, domain="itp.net", feed_name="GDPR fines")
    assert (provider.name, provider.feed_name) == ("ITP.net", "GDPR fines")


def test_a_domain_nobody_has_named_is_shown_as_the_domain(tmp_path):
    provider = import_one(tmp_path, domain="news.example", feed_name="Windows")
    assert (provider.name, provider.feed_name) == ("news.example", "Windows")


def test_a_name_staff_corrected_survives_a_reimport(tmp_path):
    import_one(tmp_path, domain="news.example", feed_name="Security")
    Provider.objects.filter(domain="news.example").update(name="News Example Daily")
    provider = import_one(tmp_path, domain="news.example", feed_name="Security", slug="again")
    assert (provider.name, provider.feed_name) == ("News Example Daily", "Security")


def test_the_seeds_misnamed_publishers_appear_under_their_real_names(imported_seeds, client):
    names = dict(Provider.objects.values_list("domain", "name"))
    assert names["itp.net"] == "ITP.net"
    assert names["compsmag.com"] == "Compsmag"
    assert names["securityinfowatch.com"] == "SecurityInfoWatch"
    assert names["harvard.edu"] == "Harvard University"
    assert names["aclu.org"] == "ACLU"
    assert names["nationthailand.com"] == "The Nation Thailand"
    pages = [client.get(reverse("news:article-list")).content.decode()]
    for action in PolicyAction.objects.published():
        pages.append(client.get(action.get_absolute_url()).content.decode())
    for feed_name in ("GDPR fines", "Harvard Medical School", "Aclu.org", ">nationthailand"):
        assert not any(feed_name in page for page in pages), feed_name


def test_every_seed_publisher_has_a_curated_name():
    assert publisher_name("washingtonpost.com") == "The Washington Post"
    assert all(name.strip() for name in read_publisher_names(PUBLISHERS_FILE).values())


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- aclu.org\n", "must map each domain"),
        ("ACLU.org: ACLU\n", "'ACLU.org' is not a lower-case domain"),
        ("aclu.org: ''\n", "aclu.org: the publisher's name is missing"),
    ],
)
def test_a_bad_publishers_file_is_refused_naming_the_file_and_entry(tmp_path, text, problem):
    path = tmp_path / "publishers.yaml"
    path.write_text(text)
    with pytest.raises(DocumentError) as caught:
        read_publisher_names(path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
