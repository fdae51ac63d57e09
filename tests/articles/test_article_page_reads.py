"""An article's page reads its records by SQL written once a process
(`policies.news_article_reads`) as the ORM read them: the same records, in the same order,
with the same values, and a missing article is a 404."""

import datetime

import pytest
from django.db.models import Prefetch
from django.forms.models import model_to_dict

from articles.models import ArticleRelation, Provider, Topic
from directory.models import ReviewStatus
from policies.choices import ActionExtent
from policies.models import Citation, EditorialState
from policies.news_article_reads import article_page
from policies.participants import public_organisations
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = '<b>Bold</b> & "quoted"'


def values(records):
    return [(type(record), record.pk, model_to_dict(record)) for record in records]


@pytest.fixture
def article():
    provider = Provider.objects.create(name=HOSTILE, domain="hostile.example")
    article = ArticleFactory(title=HOSTILE, excerpt="It was said, at length", provider=provider)
    article.topics.add(Topic.objects.create(name="Zoning"), Topic.objects.create(name="Apps"))
    confirmed = OrganisationFactory(name="B confirmed", review_status=ReviewStatus.CONFIRMED)
    candidate = OrganisationFactory(name="A candidate", review_status=ReviewStatus.CANDIDATE)
    acting = OrganisationFactory(name="C acting", review_status=ReviewStatus.CANDIDATE)
    ParticipantFactory(organisation=acting)
    article.organisations.add(confirmed, candidate, acting)
    article.jurisdictions.add(JurisdictionFactory(name="Zed"), JurisdictionFactory(name="Ay"))
    CitationFactory(article=article, action=PolicyActionFactory(title="Older"))
    CitationFactory(
        article=article,
        action=PolicyActionFactory(title="Newer", date=datetime.date(2022, 1, 1)),
        quote=HOSTILE,
    )
    CitationFactory(article=article, action=PolicyActionFactory(state=EditorialState.DRAFT))
    CitationFactory(
        article=article, action=PolicyActionFactory(jurisdiction=None, extent=ActionExtent.GLOBAL)
    )
    for position, related in enumerate(
        [ArticleFactory(provider=provider), ArticleFactory(published_at=None), ArticleFactory()]
    ):
        ArticleRelation.objects.create(article=article, related=related, position=2 - position)
    for lister in (ArticleFactory(), ArticleFactory(title="A lister", provider=provider)):
        ArticleRelation.objects.create(article=lister, related=article, position=0)
    ArticleFactory()  # unrelated
    return article


def test_an_article_page_reads_what_the_orm_read(article):
    read, lists = article_page(article.pk)
    organisations = Prefetch("organisations", queryset=public_organisations().order_by("name"))
    orm = (
        type(article)
        .objects.select_related("provider")
        .prefetch_related(organisations, "jurisdictions", "topics")
        .get(pk=article.pk)
    )
    assert (read.title, read.excerpt, read.url, read.published_at) == (
        orm.title,
        orm.excerpt,
        orm.url,
        orm.published_at,
    )
    assert values([read.provider]) == values([orm.provider])
    assert values(lists["organisations"]) == values(orm.organisations.all())
    assert [o.name for o in lists["organisations"]] == ["B confirmed", "C acting"]
    assert values(lists["places"]) == values(orm.jurisdictions.all())
    assert values(lists["topics"]) == values(orm.topics.all())
    citations = (
        Citation.objects.published()
        .filter(article=article)
        .select_related("action__jurisdiction")
        .order_by("-action__date", "action__title")
    )
    assert values(lists["citations"]) == values(citations)
    assert len(lists["citations"]) == 3
    assert values(c.action for c in lists["citations"]) == values(c.action for c in citations)
    assert [c.action.jurisdiction for c in lists["citations"]] == [
        c.action.jurisdiction for c in citations
    ]
    related = ArticleRelation.objects.filter(article=article).order_by("position", "pk")
    assert [a.pk for a in lists["related"]] == [r.related_id for r in related]
    assert [a.provider for a in lists["related"]] == [r.related.provider for r in related]
    listed_by = article.listed_by.order_by("-published_at", "title")
    assert [(a.pk, a.title, a.provider) for a in lists["listed_by"]] == [
        (a.pk, a.title, a.provider) for a in listed_by
    ]


def test_an_article_page_shows_its_records_escaped(article, client):
    html = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;" in html
    assert HOSTILE not in html
    assert "Topics: Apps, Zoning" in html
    assert "A candidate" not in html
    for shown in ("B confirmed", "C acting", "Newer", "Older", "Ay", "Zed", "A lister"):
        assert shown in html


def test_a_missing_article_is_not_found(client):
    assert article_page(987654)[0] is None
    assert client.get("/articles/987654/").status_code == 404
