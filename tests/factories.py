"""Test data for the policies and articles models."""

import datetime

import factory

from articles.models import Article, ArticleOrigin
from directory.models import Jurisdiction, JurisdictionKind, Organisation, OrganisationKind
from policies.choices import ActionScope, ActionStatus, ActionType, EditorialState, ParticipantRole
from policies.models import ActionParticipant, Citation, PolicyAction


class JurisdictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction

    name = factory.Sequence(lambda n: f"Place {n}")
    slug = factory.Sequence(lambda n: f"place-{n}")
    kind = JurisdictionKind.CITY


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationKind.CIVIL_SOCIETY


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example/story-{n}")
    title = factory.Sequence(lambda n: f"Story {n}")
    origin = ArticleOrigin.DOCUMENT
    published_at = datetime.datetime(2021, 2, 17, tzinfo=datetime.UTC)


class PolicyActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyAction

    title = factory.Sequence(lambda n: f"Action {n}")
    slug = factory.Sequence(lambda n: f"action-{n}")
    action_type = ActionType.BAN
    status = ActionStatus.IN_FORCE
    scope = ActionScope.GOVERNMENT
    jurisdiction = factory.SubFactory(JurisdictionFactory)
    date = datetime.date(2021, 2, 12)
    summary = "A city bans government use of facial recognition."
    state = EditorialState.PUBLISHED


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionParticipant

    action = factory.SubFactory(PolicyActionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = ParticipantRole.ACTOR


class CitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Citation

    action = factory.SubFactory(PolicyActionFactory)
    article = factory.SubFactory(ArticleFactory)
    quote = "The council passed the ordinance."


def busy_and_quiet_places():
    """A state whose three cities hold 60 of 75 published actions; a town elsewhere with 3.
    Returns (the state, the town): the busy place and the quiet one."""
    state = JurisdictionFactory(name="Oregon", slug="oregon", kind="state")
    cities = [JurisdictionFactory(parent=state) for _ in range(3)]
    for n in range(60):
        PolicyActionFactory(
            jurisdiction=cities[n % 3], date=datetime.date(2015 + n % 9, 1 + n % 12, 1 + n % 28)
        )
    town, elsewhere = JurisdictionFactory(name="Bath", slug="bath"), JurisdictionFactory()
    for n in range(15):
        PolicyActionFactory(
            jurisdiction=town if n < 3 else elsewhere, date=datetime.date(2016 + n % 7, 3, 1 + n)
        )
    return state, town
