"""The news that mentions an organisation, newest first: found from its mentions for one in few
articles, by reading the newest articles for one in many (`kept_counts.walks_articles_of`)."""

import datetime

import pytest

from policies import kept_counts
from tests.factories import ArticleFactory, OrganisationFactory, ParticipantFactory
from tests.policies.test_news_by_place import titles

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[0, 10**9], ids=["newest read first", "mentions first"])
def walked_from(request, settings, monkeypatch):
    settings.PUBLIC_AGGREGATES_KEPT = True  # the choice is made from a kept count
    monkeypatch.setattr(kept_counts, "ARTICLES_WALKED_FROM", request.param)
    return request.param


@pytest.fixture
def aclu_news():
    aclu, other = OrganisationFactory(name="ACLU", slug="aclu"), OrganisationFactory(slug="eff")
    for organisation in (aclu, other):
        ParticipantFactory(organisation=organisation)  # a part in a published action: public
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number, (title, mentioned) in enumerate(
        [
            ("Old suit", [aclu]),
            ("Police memo", [aclu, other]),
            ("Other's", [other]),
            ("New", [aclu]),
        ]
    ):
        article = ArticleFactory(title=title, published_at=day + datetime.timedelta(days=number))
        article.organisations.set(mentioned)


def test_the_news_of_an_organisation_is_what_mentions_it_newest_first(
    client, aclu_news, walked_from
):
    assert titles(client, "?organisation=aclu") == ["New", "Police memo", "Old suit"]
    assert titles(client, "?organisation=aclu&q=police") == ["Police memo"]
    assert titles(client, "?organisation=eff") == ["Other's", "Police memo"]
