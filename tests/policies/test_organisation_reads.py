"""An organisation's page reads, by SQL written once a process (`policies.organisation_reads`),
what the ORM's own queries read, in the same order: the organisation, its newest published
actions, the parts it played in them and the newest news that mentions it."""

import datetime

import pytest

from articles.models import Article
from directory.models import Organisation
from policies.compact_lists import ACTION_LINE_FIELDS, ARTICLE_LINE_FIELDS, action_lines
from policies.compact_lists import article_lines as lines_of_articles
from policies.models import ActionParticipant, EditorialState, PolicyAction
from policies.organisation_reads import (
    newest_action_lines,
    newest_article_lines,
    organisation_at,
    roles_in,
)
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def aclu():
    aclu, other = OrganisationFactory(name="ACLU"), OrganisationFactory()
    for number in range(6):
        action = PolicyActionFactory(
            title=f"Action {number % 3}",
            **({} if number % 2 else {"jurisdiction": None, "extent": "company_wide"}),
            date=datetime.date(2020, 1 + number % 4, 1),
        )
        ParticipantFactory(action=action, organisation=aclu, role="signatory")
        if number % 3 == 0:
            ParticipantFactory(action=action, organisation=aclu, role="target")
        ParticipantFactory(action=action, organisation=other)
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    ParticipantFactory(action=draft, organisation=aclu)
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number in range(5):
        at = day + datetime.timedelta(days=number % 3)
        ArticleFactory(title=f"News {number % 2}", published_at=at).organisations.add(aclu)
    ArticleFactory(published_at=day + datetime.timedelta(days=9)).organisations.add(other)
    return aclu


def test_the_organisation_at_a_slug_is_read_with_every_field_the_orm_reads(aclu):
    read = organisation_at(aclu.slug)
    stored = Organisation.objects.get(pk=aclu.pk)
    assert type(read) is Organisation and read.pk == aclu.pk
    assert {name: getattr(read, name) for name in vars(stored) if name != "_state"} == {
        name: getattr(stored, name) for name in vars(stored) if name != "_state"
    }
    assert organisation_at("no-such-organisation") is None


@pytest.mark.parametrize("walked", [True, False], ids=["newest read first", "parts joined"])
@pytest.mark.parametrize("shown", [50, 4])
def test_its_newest_published_actions_are_those_the_orm_reads_in_its_order(aclu, shown, walked):
    involved = PolicyAction.objects.published().involving(aclu).order_by("-date", "title", "pk")
    expected = action_lines(involved.values_list(*ACTION_LINE_FIELDS)[:shown])
    assert newest_action_lines(aclu, shown, walked) == expected
    assert len(expected) == min(shown, 6)


def test_the_parts_it_played_are_read_for_the_actions_asked_only(aclu):
    ids = [line.pk for line in newest_action_lines(aclu, 3, walked=False)]
    expected = ActionParticipant.objects.filter(organisation=aclu, action_id__in=ids)
    assert sorted(roles_in(aclu, ids)) == sorted(expected.values_list("action_id", "role"))
    assert roles_in(aclu, []) == []


@pytest.mark.parametrize("walked", [True, False], ids=["newest read first", "mentions joined"])
@pytest.mark.parametrize("shown", [50, 3])
def test_its_newest_news_is_what_the_orm_reads_either_way(aclu, walked, shown):
    newest = Article.objects.filter(organisations=aclu).order_by("-published_at", "title")
    expected = lines_of_articles(newest.values_list(*ARTICLE_LINE_FIELDS)[:shown])
    assert newest_article_lines(aclu, shown, walked) == expected
    assert len(expected) == min(shown, 5)
