"""An API article names the public organisations and the places it mentions and the published
actions citing it, as the ORM reads them, in a list and alone."""

import pytest

from directory.models import Jurisdiction, ReviewStatus
from policies.models import EditorialState
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


@pytest.fixture
def named_article():
    """An article mentioning three organisations (one only a candidate), three places (a state
    and two of its cities, added out of tree order) and cited by two published actions and a
    draft."""
    article = ArticleFactory()
    for name in ("Zeta Watch", "Alpha Rights"):
        article.organisations.add(OrganisationFactory(name=name))
    article.organisations.add(OrganisationFactory(review_status=ReviewStatus.CANDIDATE))
    state = JurisdictionFactory(name="State", kind="state")
    cities = [JurisdictionFactory(name=name, parent=state) for name in ("Yew", "Ash")]
    Jurisdiction.objects.rebuild_tree()
    article.jurisdictions.add(cities[0], state, cities[1])
    for position, state in ((2, EditorialState.PUBLISHED), (1, EditorialState.PUBLISHED)):
        CitationFactory(article=article, position=position, action=PolicyActionFactory(state=state))
    CitationFactory(article=article, action=PolicyActionFactory(state=EditorialState.DRAFT))
    ParticipantFactory(organisation=OrganisationFactory(name="Quiet"))  # public, not mentioned
    return article


def orm_reading(article):
    return {
        "organisations": [
            o.slug for o in public_organisations().filter(articles=article).order_by("name")
        ],
        "jurisdictions": [place.slug for place in article.jurisdictions.all()],
        "cited_by": [
            citation.action.slug
            for citation in article.citations.filter(action__state=EditorialState.PUBLISHED)
        ],
    }


def named(record):
    return {key: record[key] for key in ("organisations", "jurisdictions", "cited_by")}


def test_an_article_names_what_the_orm_reads_in_its_order(client, named_article):
    expected = orm_reading(named_article)
    assert expected["organisations"] == [
        o.slug for o in named_article.organisations.filter(name__in=["Alpha Rights", "Zeta Watch"])
    ]
    assert len(expected["jurisdictions"]) == 3
    assert len(expected["cited_by"]) == 2
    alone = client.get(f"/api/articles/{named_article.pk}/").json()
    (listed,) = client.get("/api/articles/").json()["results"]
    assert named(alone) == named(listed) == expected


def test_each_article_of_a_page_names_its_own(client, named_article):
    other = ArticleFactory(title="Other")
    other.organisations.add(named_article.organisations.order_by("name").first())
    silent = ArticleFactory(title="Silent")
    records = {r["id"]: named(r) for r in client.get("/api/articles/").json()["results"]}
    for article in (named_article, other, silent):
        assert records[article.pk] == orm_reading(article)
    assert records[silent.pk] == {"organisations": [], "jurisdictions": [], "cited_by": []}
