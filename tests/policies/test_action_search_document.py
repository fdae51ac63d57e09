"""On PostgreSQL an action's search vector is stored by a trigger, whatever writes the row, and
searches find and rank actions with it through its GIN index; no page, list, API answer or admin
page reads it otherwise."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from policies.models import PolicyAction
from tests.factories import CitationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored search vector is PostgreSQL's"
)
ACTION_VECTORS = (
    '"policies_policyaction"."search_document"',
    '"policies_policyaction"."search_with_sources"',
)


def titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


@postgresql_only
def test_an_action_saved_one_by_one_is_found_by_the_words_of_its_summary():
    PolicyActionFactory(title="Council votes", summary="The council banned face surveillance.")
    assert titles(PolicyAction.objects.matching("surveillance")) == ["Council votes"]


@postgresql_only
def test_actions_written_in_bulk_and_changed_by_update_are_found_by_their_new_words():
    action = PolicyActionFactory(title="Moratorium", summary="A pause on facial recognition.")
    PolicyAction.objects.filter(pk=action.pk).update(summary="A pause on drones.")
    PolicyAction.objects.bulk_create(
        [
            PolicyActionFactory.build(
                title="Bulk ban", summary="Biometric", jurisdiction=action.jurisdiction
            )
        ]
    )
    assert titles(PolicyAction.objects.matching("recognition")) == []
    assert titles(PolicyAction.objects.matching("drones")) == ["Moratorium"]
    assert titles(PolicyAction.objects.matching("biometric")) == ["Bulk ban"]


@postgresql_only
def test_a_match_in_the_title_ranks_above_one_in_the_summary():
    PolicyActionFactory(title="Police ban", summary="Nothing else.")
    PolicyActionFactory(title="Other action", summary="The police were mentioned once.")
    ranked = PolicyAction.objects.matching("police").order_by("-rank")
    assert [action.title for action in ranked] == ["Police ban", "Other action"]


@postgresql_only
def test_the_search_reads_the_stored_vector_and_never_parses_the_text_again():
    plan = PolicyAction.objects.matching("police").explain()
    assert "to_tsvector" not in plan


def test_the_history_of_an_action_does_not_keep_its_search_vector():
    historical = {field.name for field in PolicyAction.history.model._meta.fields}
    assert "search_document" not in historical and "summary" in historical
    assert "search_with_sources" not in historical


@pytest.fixture
def cited_action():
    action = PolicyActionFactory(title="Council votes")
    CitationFactory(action=action)
    ParticipantFactory(action=action)
    return action


def pages_of(action):
    article = action.sources.get()
    return [
        "/",
        "/?type=ban&sort=oldest",
        action.get_absolute_url(),
        action.jurisdiction.get_absolute_url(),
        action.organisations.get().get_absolute_url(),
        f"/articles/{article.pk}/",
        "/api/actions/",
        f"/api/actions/{action.slug}/",
        "/api/articles/",
        "/feeds/actions.atom",
        "/sitemap-actions.xml",
    ]


def selected_search_vectors(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200, url
    return [
        query["sql"]
        for query in queries
        if any(vector in query["sql"] for vector in ACTION_VECTORS)
    ]


def test_no_page_list_or_api_answer_reads_the_search_vector(client, cited_action):
    for url in pages_of(cited_action):
        assert selected_search_vectors(client, url) == [], url


def test_the_admin_lists_and_edits_actions_without_their_search_vector(staff_client, cited_action):
    editor = staff_client("Editor")
    change_list = reverse("admin:policies_policyaction_changelist")
    change_page = reverse("admin:policies_policyaction_change", args=[cited_action.pk])
    for url in (change_list, change_page):
        assert selected_search_vectors(editor, url) == [], url
