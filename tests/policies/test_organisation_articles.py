"""An organisation's page lists its newest actions and the newest articles that mention it,
found either way."""

import datetime

import pytest

from policies import kept_counts
from policies.kept_counts import walks_newest
from policies.models import EditorialState
from policies.organisation_reads import newest_article_lines
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("walked_from", [0, 10**9], ids=["newest read first", "mentions sorted"])
def test_the_newest_articles_mentioning_an_organisation_come_first_either_way(
    monkeypatch, walked_from
):
    monkeypatch.setattr(kept_counts, "ARTICLES_WALKED_FROM", walked_from)
    aclu, other = OrganisationFactory(name="ACLU"), OrganisationFactory()
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number, title in enumerate(["Old", "Mid", "Also new", "New"]):
        at = day + datetime.timedelta(days=min(number, 2))
        ArticleFactory(title=title, published_at=at).organisations.add(aclu)
    ArticleFactory(title="Not about it", published_at=day + datetime.timedelta(days=9))
    ArticleFactory(title="Someone else", published_at=day).organisations.add(other)
    walked = walks_newest(4, kept_counts.ARTICLES_WALKED_FROM, "default")
    titles = [line.title for line in newest_article_lines(aclu, 50, walked)]
    assert titles == ["Also new", "New", "Mid", "Old"]


@pytest.mark.parametrize("walked_from", [0, 10**9], ids=["newest read first", "parts sorted"])
def test_its_page_lists_its_newest_published_actions_either_way(client, monkeypatch, walked_from):
    monkeypatch.setattr(kept_counts, "ACTIONS_WALKED_FROM", walked_from)
    aclu, other = OrganisationFactory(name="ACLU"), OrganisationFactory()
    for number, title in enumerate(["Old", "Mid", "New"]):
        action = PolicyActionFactory(title=title, date=datetime.date(2024, 1, 1 + number))
        ParticipantFactory(action=action, organisation=aclu)
    ParticipantFactory(action=PolicyActionFactory(title="Someone else's"), organisation=other)
    draft = PolicyActionFactory(title="Draft", state=EditorialState.DRAFT)
    ParticipantFactory(action=draft, organisation=aclu)
    response = client.get(aclu.get_absolute_url())
    assert [line.title for line, _roles in response.context["actions"]] == ["New", "Mid", "Old"]
    assert response.context["action_total"] == 3
