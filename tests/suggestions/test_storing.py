"""Storing what the reader proposes: the same article gives the same suggestions, a changed one
refreshes those nobody acted on, and what staff decided stays decided."""

import datetime

import pytest

from articles.models import ArticleOrigin, ArticleRelation
from suggestions.models import SuggestedParticipant, Suggestion, SuggestionState
from suggestions.reading import match_existing
from suggestions.storing import fingerprint, store_suggestions
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    PolicyActionFactory,
)

from .conftest import FixedReader, proposal, same_type_and_place

pytestmark = pytest.mark.django_db

BODY = "Lead paragraph. The council voted on Tuesday to ban facial recognition. More text."
EVIDENCE = "The council voted on Tuesday to ban facial recognition."


def store(article, reader):
    return store_suggestions([article.pk], reader=reader, match_existing=same_type_and_place)


def rows():
    return list(
        Suggestion.objects.order_by("pk").values_list("pk", "fingerprint", "confidence", "state")
    )


@pytest.fixture
def article():
    return ArticleFactory(title="Boston bans it", body=BODY)


@pytest.fixture
def boston():
    return JurisdictionFactory(name="Boston")


def test_the_same_article_read_twice_keeps_the_same_suggestions(article, boston):
    council = OrganisationFactory(name="Boston City Council")
    reader = FixedReader(
        {
            article.title: [
                proposal(
                    jurisdiction_id=boston.pk,
                    organisations=((council.pk, "actor"),),
                    evidence=EVIDENCE,
                    evidence_start=len(article.title)
                    + 2
                    + BODY.index(EVIDENCE),  # title, blank line, body
                ),
                proposal(action_type="bill", status=None, evidence="A bill is pending."),
            ]
        }
    )
    assert store(article, reader) == {"created": 2, "refreshed": 0, "removed": 0}
    before = rows()
    assert store(article, reader) == {"created": 0, "refreshed": 0, "removed": 0}
    assert rows() == before
    ban = Suggestion.objects.get(action_type="ban")
    assert (ban.jurisdiction, ban.date, ban.date_precision) == (
        boston,
        datetime.date(2021, 2, 16),
        "day",
    )
    assert [(p.organisation, p.role) for p in ban.participants.all()] == [(council, "actor")]
    assert ban.quoted_article == article
    assert ban.context_before.endswith("Lead paragraph. ")
    assert ban.context_after == " More text."
    assert ban.reader_version == "test-1"
    assert Suggestion.objects.get(action_type="bill").status == ""


def test_the_reader_is_given_the_article_and_its_related_items_as_stored(article):
    older = ArticleFactory(
        title="Earlier coverage",
        origin=ArticleOrigin.RELATED,
        published_at=datetime.datetime(2020, 6, 1, tzinfo=datetime.UTC),
    )
    later = ArticleFactory(title="Later coverage", origin=ArticleOrigin.RELATED)
    ArticleRelation.objects.create(article=article, related=later, position=2)
    ArticleRelation.objects.create(article=article, related=older, position=1)
    reader = FixedReader({article.title: [proposal(related_index=0, evidence="Earlier")]})
    store(article, reader)
    (document,) = reader.documents
    assert document.article.body == BODY
    assert [item.title for item in document.related] == ["Earlier coverage", "Later coverage"]
    assert document.related[0].published_at == older.published_at
    # The evidence is in the related item's text: that is the article a citation quotes.
    assert Suggestion.objects.get().quoted_article == older


def test_a_changed_article_refreshes_only_the_suggestions_nobody_acted_on(
    article, django_user_model
):
    staff = django_user_model.objects.create_user("staff")
    kept, dropped, accepted, rejected = (
        proposal(evidence="Kept."),
        proposal(evidence="Dropped."),
        proposal(evidence="Accepted."),
        proposal(evidence="Rejected."),
    )
    store(article, FixedReader({article.title: [kept, dropped, accepted, rejected]}))
    by_evidence = {s.evidence: s for s in Suggestion.objects.all()}
    Suggestion.objects.filter(pk=by_evidence["Accepted."].pk).update(
        state=SuggestionState.ACCEPTED, acted_by=staff
    )
    Suggestion.objects.filter(pk=by_evidence["Rejected."].pk).update(
        state=SuggestionState.REJECTED, reject_reason="Not a policy action"
    )

    # The article changed: the reader is surer of one, no longer reads the others.
    surer = proposal(
        evidence="Kept.", confidence=0.99, organisations=((OrganisationFactory().pk, "target"),)
    )
    result = store(article, FixedReader({article.title: [surer, proposal(evidence="New.")]}))

    assert result == {"created": 1, "refreshed": 1, "removed": 1}
    states = dict(Suggestion.objects.values_list("evidence", "state"))
    assert states == {
        "Kept.": "new",
        "New.": "new",
        "Accepted.": "accepted",
        "Rejected.": "rejected",
    }
    refreshed = Suggestion.objects.get(evidence="Kept.")
    assert refreshed.pk == by_evidence["Kept."].pk
    assert refreshed.confidence == 0.99
    assert [p.role for p in refreshed.participants.all()] == ["target"]


def test_a_rejected_suggestion_never_comes_back(article):
    reader = FixedReader({article.title: [proposal(evidence="Rejected.")]})
    store(article, reader)
    Suggestion.objects.update(state=SuggestionState.REJECTED, reject_reason="Wrong place")
    store(article, reader)
    store(article, FixedReader({article.title: [proposal(evidence="  rejected. ")]}))
    assert list(Suggestion.objects.values_list("state", flat=True)) == ["rejected"]


def test_the_fingerprint_ignores_spacing_and_case_but_not_place_or_date(article, boston):
    base = proposal(jurisdiction_id=boston.pk)
    assert fingerprint(article.pk, base) == fingerprint(
        article.pk, proposal(jurisdiction_id=boston.pk, evidence=base.evidence.upper() + "  ")
    )
    for other in (
        proposal(jurisdiction_id=None),
        proposal(jurisdiction_id=boston.pk, date=datetime.date(2021, 2, 1)),
        proposal(jurisdiction_id=boston.pk, related_index=0),
        proposal(jurisdiction_id=boston.pk, action_type="moratorium"),
    ):
        assert fingerprint(article.pk, other) != fingerprint(article.pk, base)
    assert fingerprint(article.pk + 1, base) != fingerprint(article.pk, base)


def test_a_proposal_of_an_action_on_record_points_at_it(article, boston):
    on_record = PolicyActionFactory(jurisdiction=boston, date=datetime.date(2021, 2, 16))
    PolicyActionFactory(jurisdiction=boston, action_type="bill")  # another type
    store(article, FixedReader({article.title: [proposal(jurisdiction_id=boston.pk)]}))
    assert Suggestion.objects.get().matched_action == on_record


def test_existing_actions_are_fetched_once_for_a_batch(boston, django_assert_num_queries):
    articles = ArticleFactory.create_batch(5)
    reader = FixedReader({a.title: [proposal(jurisdiction_id=boston.pk)] for a in articles})
    PolicyActionFactory(jurisdiction=boston)
    # articles, relations, two kinds of mentions; actions, their actors and their quotes;
    # stored suggestions; insert, read back the new ids, savepoint release
    with django_assert_num_queries(12):
        store_suggestions(
            [a.pk for a in articles], reader=reader, match_existing=same_type_and_place
        )
    assert Suggestion.objects.count() == 5


def test_a_document_the_reader_fails_on_costs_only_its_own_suggestions(article, caplog):
    other = ArticleFactory(title="Another")

    def reader(document):
        if document.article.title == article.title:
            raise ValueError("a reader bug")
        return [proposal()]

    store_suggestions([article.pk, other.pk], reader=reader, match_existing=same_type_and_place)
    assert list(Suggestion.objects.values_list("article", flat=True)) == [other.pk]
    assert f"article {article.pk}" in caplog.text


def test_deleting_an_organisation_drops_it_from_the_suggestions_naming_it(article):
    organisation = OrganisationFactory()
    store(
        article,
        FixedReader({article.title: [proposal(organisations=((organisation.pk, "actor"),))]}),
    )
    organisation.delete()
    assert Suggestion.objects.count() == 1
    assert not SuggestedParticipant.objects.exists()


def test_merging_organisations_moves_their_parts_in_suggestions_to_the_one_kept(
    article, django_user_model
):
    from policies.merging import merge_organisations

    meta, facebook = OrganisationFactory(name="Meta"), OrganisationFactory(name="Facebook")
    store(
        article,
        FixedReader(
            {
                article.title: [
                    proposal(organisations=((facebook.pk, "actor"),), evidence="One."),
                    proposal(
                        organisations=((meta.pk, "actor"), (facebook.pk, "actor")),
                        evidence="Two.",
                    ),
                ]
            }
        ),
    )
    merge_organisations(meta, [facebook], django_user_model.objects.create_user("staff"))
    parts = {
        s.evidence: [(p.organisation, p.role) for p in s.participants.all()]
        for s in Suggestion.objects.all()
    }
    assert parts == {"One.": [(meta, "actor")], "Two.": [(meta, "actor")]}


def test_a_proposal_with_no_place_points_at_the_record_that_quotes_its_sentence(article, boston):
    on_record = PolicyActionFactory(jurisdiction=boston, date=datetime.date(2021, 2, 16))
    CitationFactory(action=on_record, article=article, quote=EVIDENCE)
    PolicyActionFactory(jurisdiction=boston, date=datetime.date(2021, 2, 16))  # quotes nothing
    store_suggestions(
        [article.pk],
        reader=FixedReader({article.title: [proposal(evidence=EVIDENCE)]}),
        match_existing=match_existing,
    )
    assert Suggestion.objects.get().matched_action == on_record
