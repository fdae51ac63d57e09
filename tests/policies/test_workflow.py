"""The editorial workflow: which moves exist, who may make them, what publishing needs."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from policies import workflow
from policies.models import ActionExtent, EditorialState
from tests.factories import CitationFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(staff_user):
    return staff_user("Editor")


@pytest.fixture
def contributor(staff_user):
    return staff_user("Contributor")


def in_review(**fields):
    action = PolicyActionFactory(state=EditorialState.REVIEW, **fields)
    CitationFactory(action=action)
    return action


def test_an_editor_publishes_an_action_in_review_and_history_says_who(editor):
    action = in_review()
    workflow.publish(action, editor)
    action.refresh_from_db()
    assert action.state == EditorialState.PUBLISHED
    latest = action.history.latest()
    assert latest.history_user == editor
    assert latest.history_change_reason == "Published"


def test_a_contributor_may_submit_but_never_publish(contributor):
    action = PolicyActionFactory(state=EditorialState.DRAFT)
    CitationFactory(action=action)
    workflow.submit_for_review(action, contributor)
    assert action.state == EditorialState.REVIEW
    with pytest.raises(PermissionDenied, match="permission to publish"):
        workflow.publish(action, contributor)
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW


def test_publishing_without_a_cited_source_is_refused_with_the_reason(editor):
    action = PolicyActionFactory(state=EditorialState.REVIEW, title="Uncited ban")
    with pytest.raises(ValidationError) as refused:
        workflow.publish(action, editor)
    assert refused.value.messages == [
        "“Uncited ban” cannot be published. A published action must cite at least one source."
    ]
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW


def test_a_source_count_left_on_the_action_from_an_earlier_query_is_not_trusted(editor):
    action = in_review()
    action.source_count = 1  # as `with_source_count()` left it, before the citation went
    action.citations.all().delete()
    with pytest.raises(ValidationError, match="must cite at least one source"):
        workflow.publish(action, editor)


def test_publishing_without_a_date_is_refused(editor):
    action = in_review(date=None)
    with pytest.raises(ValidationError, match="needs a date"):
        workflow.publish(action, editor)


def test_publishing_needs_a_jurisdiction_unless_company_wide_or_worldwide(editor):
    # The database already forbids a jurisdiction-wide action without a jurisdiction; the
    # rule is checked on the unsaved state too, as a form would submit it.
    action = in_review()
    action.jurisdiction = None
    problems = action.publication_problems()
    assert "jurisdiction" in problems
    assert "company-wide or worldwide" in problems["jurisdiction"]
    company_wide = in_review(extent=ActionExtent.COMPANY_WIDE, jurisdiction=None)
    workflow.publish(company_wide, editor)
    assert company_wide.state == EditorialState.PUBLISHED


def test_a_draft_must_go_through_review_before_it_is_published(editor):
    action = PolicyActionFactory(state=EditorialState.DRAFT, title="Hasty ban")
    CitationFactory(action=action)
    with pytest.raises(ValidationError, match="submit it for review first"):
        workflow.publish(action, editor)


def test_unpublishing_returns_the_action_to_draft_and_only_editors_may(editor, contributor):
    action = PolicyActionFactory(state=EditorialState.PUBLISHED)
    with pytest.raises(PermissionDenied):
        workflow.unpublish(action, contributor)
    workflow.unpublish(action, editor)
    action.refresh_from_db()
    assert action.state == EditorialState.DRAFT
    assert action.history.latest().history_change_reason == "Unpublished"


def test_the_states_offered_follow_the_permissions(editor, contributor):
    assert workflow.allowed_states(contributor, EditorialState.DRAFT) == ["draft", "review"]
    assert workflow.allowed_states(contributor, EditorialState.REVIEW) == ["review", "draft"]
    assert workflow.allowed_states(editor, EditorialState.REVIEW) == [
        "review",
        "draft",
        "published",
    ]
    assert workflow.allowed_states(contributor, EditorialState.PUBLISHED) == ["published"]


def test_a_published_date_at_month_precision_is_still_a_date(editor):
    action = in_review(date=datetime.date(2019, 9, 14), date_precision="month")
    workflow.publish(action, editor)
    action.refresh_from_db()
    assert action.date == datetime.date(2019, 9, 1)


def test_only_a_published_action_can_be_unpublished(editor):
    action = in_review(title="Pending ban")
    with pytest.raises(ValidationError, match="“Pending ban” is not published"):
        workflow.unpublish(action, editor)
