"""The second reviewer: whoever last changed what an action says may not publish it."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from policies import workflow
from policies.models import EditorialState
from tests.admin_forms import action_form_data
from tests.factories import ArticleFactory, CitationFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


def change_url(action):
    return reverse("admin:policies_policyaction_change", args=[action.pk])


@pytest.fixture
def editors(django_user_model, client):
    group = Group.objects.get(name="Editor")
    people = []
    for name in ("first-editor", "second-editor"):
        user = django_user_model.objects.create_user(username=name, is_staff=True)
        user.groups.add(group)
        people.append(user)
    return people


def in_review_with_a_source():
    action = PolicyActionFactory(state=EditorialState.REVIEW)
    CitationFactory(action=action)
    return action


def test_an_editor_who_changed_the_text_cannot_publish_it_in_the_same_save(client, editors):
    action = in_review_with_a_source()
    client.force_login(editors[0])
    data = action_form_data(action, summary="Rewritten.", state="published")
    response = client.post(change_url(action), data)
    assert "another editor must review and publish it" in str(
        response.context["adminform"].form.errors["state"]
    )
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW


def test_the_last_content_editor_cannot_publish_later_but_another_editor_can(client, editors):
    action = in_review_with_a_source()
    client.force_login(editors[0])
    client.post(change_url(action), action_form_data(action, summary="Rewritten."))
    action.refresh_from_db()
    assert action.content_changed_by == editors[0]
    with pytest.raises(PermissionDenied):
        workflow.publish(action, editors[0])
    workflow.publish(action, editors[1])
    assert action.state == EditorialState.PUBLISHED


def test_bulk_publish_refuses_the_last_content_editor_with_the_reason(client, editors):
    action = in_review_with_a_source()
    action.content_changed_by = editors[0]
    action.save()
    client.force_login(editors[0])
    response = client.post(
        reverse("admin:policies_policyaction_changelist"),
        {"action": "publish", "_selected_action": [action.pk]},
        follow=True,
    )
    assert "another editor must review and publish it" in response.content.decode()
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW


def test_a_source_added_while_publishing_holds_the_action_in_review(client, editors):
    action = in_review_with_a_source()
    client.force_login(editors[0])
    extra = ArticleFactory()
    citations = [(citation.article, citation.quote) for citation in action.citations.all()]
    data = action_form_data(action, state="published", citations=[*citations, (extra, "More.")])
    client.post(change_url(action), data)
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW
    assert action.published_at is None
    assert action.content_changed_by == editors[0]


def test_changing_only_the_state_does_not_make_you_the_content_editor(client, editors):
    action = PolicyActionFactory(state=EditorialState.DRAFT)
    client.force_login(editors[0])
    client.post(change_url(action), action_form_data(action, state="review"))
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW
    assert action.content_changed_by is None


def test_the_rule_can_be_turned_off(client, editors, settings):
    settings.REQUIRE_SECOND_REVIEWER = False
    action = in_review_with_a_source()
    action.content_changed_by = editors[0]
    workflow.publish(action, editors[0])
    assert action.state == EditorialState.PUBLISHED


def test_the_about_page_says_whether_a_second_reviewer_is_required(client, settings):
    assert "on here" in client.get(reverse("policies:about")).content.decode()
    settings.REQUIRE_SECOND_REVIEWER = False
    assert "is off" in client.get(reverse("policies:about")).content.decode()
