"""An organisation's page lists the newest articles that mention it, found either way."""

import datetime

import pytest

from policies import organisation_views
from policies.organisation_reads import newest_article_lines
from policies.organisation_views import walks_newest
from tests.factories import ArticleFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("walked_from", [0, 10**9], ids=["newest read first", "mentions sorted"])
def test_the_newest_articles_mentioning_an_organisation_come_first_either_way(
    monkeypatch, walked_from
):
    monkeypatch.setattr(organisation_views, "ARTICLES_WALKED_FROM", walked_from)
    aclu, other = OrganisationFactory(name="ACLU"), OrganisationFactory()
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number, title in enumerate(["Old", "Mid", "Also new", "New"]):
        at = day + datetime.timedelta(days=min(number, 2))
        ArticleFactory(title=title, published_at=at).organisations.add(aclu)
    ArticleFactory(title="Not about it", published_at=day + datetime.timedelta(days=9))
    ArticleFactory(title="Someone else", published_at=day).organisations.add(other)
    walked = walks_newest(4)
    titles = [line.title for line in newest_article_lines(aclu, 50, walked)]
    assert titles == ["Also new", "New", "Mid", "Old"]
