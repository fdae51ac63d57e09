"""The editorial workflow of a policy action: draft → in review → published, and back.

Every change of state goes through `transition()`, whether it comes from the admin form, a bulk
admin action or code, so the rules are stated once: which moves exist, who may make them, and
(through `PolicyAction.publication_problems`) what a published action must have.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from .models import EditorialState

PUBLISH_PERMISSION = "policies.publish_policyaction"
CHANGE_PERMISSION = "policies.change_policyaction"

DRAFT, REVIEW, PUBLISHED = EditorialState.DRAFT, EditorialState.REVIEW, EditorialState.PUBLISHED

# (from, to) -> the permission the move needs. Publishing and unpublishing are editors' calls.
TRANSITIONS = {
    (DRAFT, REVIEW): CHANGE_PERMISSION,
    (REVIEW, DRAFT): CHANGE_PERMISSION,
    (REVIEW, PUBLISHED): PUBLISH_PERMISSION,
    (PUBLISHED, DRAFT): PUBLISH_PERMISSION,
}

VERBS = {REVIEW: "submitted for review", PUBLISHED: "published", DRAFT: "returned to draft"}


def change_reason(current, target):
    """What the history row of a move says: "Published", "Unpublished", ..."""
    return "Unpublished" if (current, target) == (PUBLISHED, DRAFT) else VERBS[target].capitalize()


def can_edit(user, action):
    """Published actions are live: only someone who may publish may change or delete them."""
    return action.state != PUBLISHED or user.has_perm(PUBLISH_PERMISSION)


def can_change_public_details(user, on_published_actions):
    """A record that published actions show (an organisation acting in one, its name on every
    page that lists it) is live like the actions themselves: only someone who may publish may
    change what it shows; a contributor asks an editor."""
    return not on_published_actions or user.has_perm(PUBLISH_PERMISSION)


def allowed_states(user, current):
    """The states `user` may choose for an action now in `current` (itself included)."""
    return [current] + [
        target
        for (source, target), permission in TRANSITIONS.items()
        if source == current and user.has_perm(permission)
    ]


def second_reviewer_required():
    """Whether the person who last changed a record's content may not publish it themselves
    (settings.REQUIRE_SECOND_REVIEWER, on unless turned off)."""
    return getattr(settings, "REQUIRE_SECOND_REVIEWER", True)


def check_second_reviewer(user, content_editor_id):
    """Refuse publishing by whoever last changed the content, when a second reviewer is due."""
    if second_reviewer_required() and content_editor_id and content_editor_id == user.pk:
        raise PermissionDenied(
            "You made the latest changes to what this action says; another editor must "
            "review and publish it."
        )


def check_transition(
    user,
    action,
    current,
    target,
    *,
    check_publication=True,
    source_count=None,
    content_editor_id=None,
):
    """Raise PermissionDenied or ValidationError unless `user` may move `action` to `target`.

    `current` is the stored state (a form's instance already carries the new one). A form that
    changes the content in the same save passes its user as `content_editor_id`; otherwise
    the action's stored `content_changed_by` counts. The admin form passes
    `check_publication=False`: its fields and its citations report what publishing
    lacks next to where it is missing, from the same `publication_problems`. A `source_count`
    just counted by the caller spares counting the action's citations again.
    """
    if current == target:
        return
    permission = TRANSITIONS.get((current, target))
    if permission is None:
        raise ValidationError(
            f"“{action}” cannot go from {EditorialState(current).label.lower()} "
            f"to {EditorialState(target).label.lower()}"
            + (": submit it for review first." if target == PUBLISHED else ".")
        )
    if not user.has_perm(permission):
        verb = "publish or unpublish" if permission == PUBLISH_PERMISSION else "change"
        raise PermissionDenied(f"You do not have permission to {verb} actions.")
    if target == PUBLISHED:
        if content_editor_id is None:
            content_editor_id = action.content_changed_by_id
        check_second_reviewer(user, content_editor_id)
    if target == PUBLISHED and check_publication:
        problems = action.publication_problems(source_count=source_count)
        if problems:
            raise ValidationError(
                [f"“{action}” cannot be published. {problem}" for problem in problems.values()]
            )


@transaction.atomic
def transition(action, target, user, *, source_count=None):
    """Move `action` to `target` for `user`, with a history row saying who did it and why.

    Saved with `save()`, never `QuerySet.update()`, so the history records every change.
    An action already in `target` is left alone. For `source_count`, see `check_transition`.
    """
    if action.state == target:
        return action
    check_transition(user, action, action.state, target, source_count=source_count)
    action._history_user = user
    action._change_reason = change_reason(action.state, target)
    action.state = target
    action.save()
    return action


def submit_for_review(action, user):
    return transition(action, REVIEW, user)


def publish(action, user, *, source_count=None):
    return transition(action, PUBLISHED, user, source_count=source_count)


def unpublish(action, user):
    if action.state != PUBLISHED:
        raise ValidationError(f"“{action}” is not published.")
    return transition(action, DRAFT, user)
