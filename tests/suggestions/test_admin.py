"""The review queue in the admin: what staff see, and accepting and rejecting, one or in bulk."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from policies.models import EditorialState, PolicyAction
from suggestions.models import Suggestion, SuggestionState
from suggestions.storing import store_suggestions
from tests.admin_forms import action_form_data
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    PolicyActionFactory,
)

from .conftest import FixedReader, proposal, same_type_and_place

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:suggestions_suggestion_changelist")
REJECT = reverse("admin:suggestions_reject")
BODY = "Before the news. The council voted on Tuesday to ban facial recognition. After it."
EVIDENCE = "The council voted on Tuesday to ban facial recognition."


def suggest(article, *proposals):
    store_suggestions(
        [article.pk],
        reader=FixedReader({article.title: proposals}),
        match_existing=same_type_and_place,
    )
    return list(Suggestion.objects.filter(article=article).order_by("evidence_start", "pk"))


@pytest.fixture
def boston():
    return JurisdictionFactory(name="Boston", slug="boston")


@pytest.fixture
def waiting(boston):
    """A suggested ban in Boston with its council as actor, read in the article's body."""
    council = OrganisationFactory(name="Boston City Council")
    article = ArticleFactory(title="Boston bans face surveillance", body=BODY)
    (suggestion,) = suggest(
        article,
        proposal(
            jurisdiction_id=boston.pk,
            organisations=((council.pk, "actor"),),
            evidence=EVIDENCE,
            evidence_start=len(article.title) + 2 + BODY.index(EVIDENCE),  # title, blank line, body
            confidence=0.85,
        ),
    )
    return suggestion


def test_the_queue_shows_each_waiting_suggestion_with_its_evidence_in_context(
    staff_client, waiting
):
    page = staff_client("Viewer").get(QUEUE)
    html = page.content.decode()
    assert list(page.context["cl"].result_list) == [waiting]
    assert f"Before the news. <mark>{EVIDENCE}</mark> After it." in html
    assert "Boston City Council (actor)" in html
    assert reverse("admin:articles_article_change", args=[waiting.article.pk]) in html
    assert "0.85" in html


def test_imported_text_is_escaped_in_the_queue(staff_client, boston):
    article = ArticleFactory(title="<b>Hostile</b> title", body="x")
    suggest(article, proposal(evidence='<script>alert("evidence")</script>'))
    html = staff_client("Editor").get(QUEUE).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;evidence&quot;)&lt;/script&gt;" in html
    assert "<b>Hostile</b>" not in html


def test_the_queue_lists_the_newest_first_and_filters(staff_client, waiting, boston):
    later = ArticleFactory(title="Later news", body="x")
    store_suggestions(
        [later.pk],
        reader=FixedReader(
            {
                later.title: [
                    proposal(action_type="bill", status=None, confidence=0.3, background=True),
                ]
            }
        ),
        match_existing=same_type_and_place,
        now=waiting.created_at + datetime.timedelta(minutes=1),
    )
    bill = Suggestion.objects.get(action_type="bill")
    client = staff_client("Editor")

    def listed(**query):
        return list(client.get(QUEUE, query).context["cl"].result_list)

    assert listed() == [bill, waiting]
    assert listed(action_type__exact="ban") == [waiting]
    assert listed(jurisdiction__id__exact=boston.pk) == [waiting]
    assert listed(confidence="low") == [bill]
    assert listed(confidence="high") == [waiting]
    assert listed(background__exact="1") == [bill]
    assert listed(match="new") == [bill, waiting]
    Suggestion.objects.filter(pk=bill.pk).update(state=SuggestionState.REJECTED)
    assert listed() == [waiting]  # the queue shows what is waiting, unless told otherwise
    assert listed(state="rejected") == [bill]
    assert listed(state="all") == [bill, waiting]


def test_accepting_walks_from_the_suggestion_to_a_published_action_that_quotes_it(
    staff_client, waiting, boston
):
    contributor = staff_client("Contributor")
    queue = contributor.get(QUEUE).content.decode()
    add = reverse("admin:policies_policyaction_add")
    assert f"{add}?from_suggestion={waiting.pk}" in queue

    # "Accept…" opens the action form filled in from the suggestion.
    form_page = contributor.get(add, {"from_suggestion": waiting.pk})
    assert "Accepting a suggestion" in form_page.content.decode()
    initial = form_page.context["adminform"].form.initial
    assert initial["action_type"] == "ban"
    assert initial["status"] == "in_force"
    assert initial["jurisdiction"] == boston.pk
    assert (initial["date"], initial["date_precision"]) == (datetime.date(2021, 2, 16), "day")
    inlines = {i.formset.prefix: i.formset for i in form_page.context["inline_admin_formsets"]}
    council = waiting.participants.get().organisation
    assert [(f.initial["organisation"], f.initial["role"]) for f in inlines["participants"]] == [
        (council.pk, "actor")
    ]
    assert [(f.initial["article"], f.initial["quote"]) for f in inlines["citations"]] == [
        (waiting.article.pk, EVIDENCE)
    ]

    # Saved as the browser sends it (the fields still editable), it is a draft with the quote.
    data = action_form_data(
        title="Boston bans government use of face surveillance",
        slug="boston-ban-2021",
        jurisdiction=boston.pk,
        date="2021-02-16",
        summary="The council banned it.",
        citations=[(waiting.article, EVIDENCE)],
        participants=[(council, "actor")],
    )
    saved = contributor.post(f"{add}?from_suggestion={waiting.pk}", data)
    assert saved.status_code == 302 and saved.url == QUEUE
    action = PolicyAction.objects.get(slug="boston-ban-2021")
    assert action.state == EditorialState.DRAFT
    assert [(c.article, c.quote) for c in action.citations.all()] == [(waiting.article, EVIDENCE)]
    waiting.refresh_from_db()
    assert (waiting.state, waiting.action) == (SuggestionState.ACCEPTED, action)
    assert waiting.acted_by.username == "contributor"
    assert (
        action.history.earliest().history_change_reason == f"Drafted from suggestion {waiting.pk}"
    )
    latest = waiting.history.latest()
    assert latest.history_user.username == "contributor"
    assert latest.history_change_reason.startswith("Accepted: drafted")
    assert waiting not in contributor.get(QUEUE).context["cl"].result_list

    # It follows the workflow: review, then an editor publishes it, and it is public.
    changelist = reverse("admin:policies_policyaction_changelist")
    contributor.post(changelist, {"action": "submit_for_review", "_selected_action": [action.pk]})
    editor = staff_client("Editor")
    editor.post(changelist, {"action": "publish", "_selected_action": [action.pk]})
    action.refresh_from_db()
    assert action.state == EditorialState.PUBLISHED
    assert EVIDENCE in Client().get(action.get_absolute_url()).content.decode()


def test_accepting_a_suggestion_that_matches_a_record_cites_the_article_on_it(staff_client, boston):
    on_record = PolicyActionFactory(
        jurisdiction=boston, date=datetime.date(2021, 2, 16), state=EditorialState.DRAFT
    )
    CitationFactory(action=on_record)
    article = ArticleFactory(title="More on the ban", body=EVIDENCE)
    (suggestion,) = suggest(article, proposal(jurisdiction_id=boston.pk, evidence=EVIDENCE))
    assert suggestion.matched_action == on_record
    client = staff_client("Contributor")
    change = reverse("admin:policies_policyaction_change", args=[on_record.pk])
    cite = f"{change}?from_suggestion={suggestion.pk}"
    assert cite in client.get(QUEUE).content.decode()

    form_page = client.get(cite)
    inlines = {i.formset.prefix: i.formset for i in form_page.context["inline_admin_formsets"]}
    extra = inlines["citations"].forms[-1]
    assert (extra.initial["article"], extra.initial["quote"]) == (article.pk, EVIDENCE)

    data = action_form_data(on_record)
    rows = int(data["citations-TOTAL_FORMS"])
    data.update(
        {
            "citations-TOTAL_FORMS": str(rows + 1),
            f"citations-{rows}-article": str(article.pk),
            f"citations-{rows}-quote": EVIDENCE,
            f"citations-{rows}-position": "2",
        }
    )
    assert client.post(cite, data).status_code == 302
    assert on_record.citations.filter(article=article, quote=EVIDENCE).exists()
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.action) == (SuggestionState.ACCEPTED, on_record)


def test_bulk_accept_drafts_new_actions_and_cites_matched_ones(staff_client, waiting, boston):
    on_record = PolicyActionFactory(
        jurisdiction=boston, action_type="bill", date=datetime.date(2021, 1, 1)
    )
    article = ArticleFactory(title="Bill news", body="A bill was filed.")
    (matched,) = suggest(
        article,
        proposal(action_type="bill", status=None, jurisdiction_id=boston.pk, evidence="A bill."),
    )
    editor = staff_client("Editor")
    response = editor.post(
        QUEUE, {"action": "accept_selected", "_selected_action": [waiting.pk, matched.pk]}
    )
    assert response.status_code == 302
    waiting.refresh_from_db()
    matched.refresh_from_db()
    drafted = waiting.action
    assert drafted.state == EditorialState.DRAFT
    assert (drafted.action_type, drafted.status, drafted.jurisdiction) == (
        "ban",
        "in_force",
        boston,
    )
    assert [(p.organisation.name, p.role) for p in drafted.participants.all()] == [
        ("Boston City Council", "actor")
    ]
    assert [c.quote for c in drafted.citations.all()] == [EVIDENCE]
    assert matched.action == on_record
    assert on_record.citations.get(article=article).quote == "A bill."
    assert drafted.history.earliest().history_user.username == "editor"


def test_bulk_reject_asks_why_and_keeps_the_reason(staff_client, waiting):
    other = suggest(ArticleFactory(title="Other"), proposal(evidence="Other."))[0]
    client = staff_client("Contributor")
    response = client.post(
        QUEUE, {"action": "reject_selected", "_selected_action": [waiting.pk, other.pk]}
    )
    assert response.status_code == 302
    form_url = response.url
    page = client.get(form_url)
    assert set(page.context["suggestions"]) == {waiting, other}
    assert client.post(form_url, {"reason": "Other", "note": ""}).status_code == 200  # say why
    done = client.post(form_url, {"reason": "Not a policy action", "note": "an opinion piece"})
    assert done.status_code == 302
    assert set(Suggestion.objects.values_list("state", "reject_reason")) == {
        ("rejected", "Not a policy action: an opinion piece")
    }
    assert waiting.history.latest().history_user.username == "contributor"


def test_a_suggestion_already_acted_on_does_not_fill_the_form(staff_client, waiting):
    Suggestion.objects.filter(pk=waiting.pk).update(state=SuggestionState.REJECTED)
    client = staff_client("Editor")
    page = client.get(reverse("admin:policies_policyaction_add"), {"from_suggestion": waiting.pk})
    assert "already accepted or rejected" in page.content.decode()
    assert "action_type" not in page.context["adminform"].form.initial
