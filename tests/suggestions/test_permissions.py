"""Who may do what with the review queue, and how many queries the queue makes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from policies.models import EditorialState
from suggestions.models import Suggestion, SuggestionState
from suggestions.storing import store_suggestions
from tests.factories import (
    ArticleFactory,
    JurisdictionFactory,
    OrganisationFactory,
    PolicyActionFactory,
)

from .conftest import FixedReader, proposal, same_type_and_place

pytestmark = pytest.mark.django_db

EDITOR, CONTRIBUTOR, VIEWER = "Editor", "Contributor", "Viewer"
QUEUE = reverse("admin:suggestions_suggestion_changelist")
QUEUE_QUERIES = 9  # pinned below, for every group and however many rows
REJECT = reverse("admin:suggestions_reject")


def suggest(article, *proposals):
    store_suggestions(
        [article.pk],
        reader=FixedReader({article.title: proposals}),
        match_existing=same_type_and_place,
    )
    return Suggestion.objects.filter(article=article).first()


def test_the_migration_gives_each_group_its_part_of_the_queue():
    perms = {
        group.name: {
            p.codename for p in group.permissions.filter(content_type__app_label="suggestions")
        }
        for group in Group.objects.all()
    }
    assert perms[EDITOR] >= {"view_suggestion", "change_suggestion", "delete_suggestion"}
    assert perms[CONTRIBUTOR] >= {"view_suggestion", "change_suggestion"}
    assert "delete_suggestion" not in perms[CONTRIBUTOR]
    assert perms[VIEWER] == {"view_suggestion", "view_suggestedparticipant"}
    assert not any("add_" in p for group in perms.values() for p in group)


@pytest.fixture
def queue():
    place = JurisdictionFactory()
    new = suggest(ArticleFactory(title="New"), proposal(jurisdiction_id=JurisdictionFactory().pk))
    published = PolicyActionFactory(jurisdiction=place, action_type="bill")
    matched = suggest(
        ArticleFactory(title="Matched"),
        proposal(action_type="bill", jurisdiction_id=place.pk, date=published.date),
    )
    assert matched.matched_action == published
    return {"new": new, "matched": matched}


def accept_one(client, suggestion):
    return client.post(QUEUE, {"action": "accept_selected", "_selected_action": [suggestion.pk]})


def reject_one(client, suggestion):
    return client.post(f"{REJECT}?ids={suggestion.pk}", {"reason": "Not a policy action"})


# (group, can it?) for each thing staff do with the queue; checked through the admin's pages.
MATRIX = {
    "see the queue": {EDITOR: True, CONTRIBUTOR: True, VIEWER: True},
    "open a suggestion": {EDITOR: True, CONTRIBUTOR: True, VIEWER: True},
    "accept a new action": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "cite on a published action": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "reject": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "open the form from a suggestion": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "delete a suggestion": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
}


def attempt(thing, client, queue):
    """Try `thing`; True if it was done."""
    new, matched = queue["new"], queue["matched"]
    if thing == "see the queue":
        return client.get(QUEUE).status_code == 200
    if thing == "open a suggestion":
        url = reverse("admin:suggestions_suggestion_change", args=[new.pk])
        return client.get(url).status_code == 200
    if thing == "accept a new action":
        accept_one(client, new)
        return Suggestion.objects.get(pk=new.pk).state == SuggestionState.ACCEPTED
    if thing == "cite on a published action":
        accept_one(client, matched)
        return Suggestion.objects.get(pk=matched.pk).state == SuggestionState.ACCEPTED
    if thing == "reject":
        reject_one(client, new)
        return Suggestion.objects.get(pk=new.pk).state == SuggestionState.REJECTED
    if thing == "open the form from a suggestion":
        page = client.get(reverse("admin:policies_policyaction_add"), {"from_suggestion": new.pk})
        return page.status_code == 200 and "Accepting a suggestion" in page.content.decode()
    if thing == "delete a suggestion":
        url = reverse("admin:suggestions_suggestion_delete", args=[new.pk])
        client.post(url, {"post": "yes"})
        return not Suggestion.objects.filter(pk=new.pk).exists()
    raise AssertionError(thing)


@pytest.mark.parametrize("group", [EDITOR, CONTRIBUTOR, VIEWER])
@pytest.mark.parametrize("thing", MATRIX)
def test_each_group_may_do_what_the_matrix_says(staff_client, queue, group, thing):
    assert attempt(thing, staff_client(group), queue) is MATRIX[thing][group]


def test_a_viewer_sees_no_accept_or_reject_links(staff_client, queue):
    html = staff_client(VIEWER).get(QUEUE).content.decode()
    assert "Accept…" not in html and "Reject…" not in html
    html = staff_client(CONTRIBUTOR).get(QUEUE).content.decode()
    assert "Accept…" in html and "Reject…" in html
    assert "Only an editor may cite on it" in html  # the matched action is published


def test_a_published_action_matched_is_cited_on_by_an_editor_only(staff_client, queue):
    response = accept_one(staff_client(CONTRIBUTOR), queue["matched"])
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("only an editor may cite" in m for m in messages)
    assert queue["matched"].matched_action.state == EditorialState.PUBLISHED


def add_suggestions(count):
    organisations = OrganisationFactory.create_batch(3)
    for n in range(count):
        place = JurisdictionFactory()
        record = PolicyActionFactory(jurisdiction=place) if n % 2 else None
        suggest(
            ArticleFactory(title=f"Story with suggestions {n}"),
            *(
                proposal(
                    jurisdiction_id=place.pk,
                    evidence=f"Sentence {i}.",
                    date=record.date if record else None,
                    date_precision="day" if record else None,
                    organisations=tuple((o.pk, "actor") for o in organisations[: i + 1]),
                )
                for i in range(3)
            ),
        )


@pytest.mark.parametrize("group", [EDITOR, VIEWER])
def test_the_queue_makes_the_same_number_of_queries_as_rows_grow(
    staff_client, django_assert_num_queries, group
):
    add_suggestions(8)
    client = staff_client(group)
    # session, user, the user's and the groups' permissions, places to filter by, count
    # (filtered), count (all), the page of suggestions with their article, place, matched
    # action and action, their organisations
    with django_assert_num_queries(QUEUE_QUERIES):
        assert client.get(QUEUE).status_code == 200
    add_suggestions(8)
    with django_assert_num_queries(QUEUE_QUERIES):
        assert client.get(QUEUE).status_code == 200
