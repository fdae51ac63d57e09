"""Accepting and rejecting suggestions: what each does to the record, and who may do it.

Accepting a suggestion either drafts a new action from it (its type, status, place, date,
organisations and roles, and a citation of the article quoting the evidence) or, when it
matches an action on record, cites the article on that action with the quote. A drafted
action enters the editorial workflow as a draft (`policies.workflow`): publishing it stays an
editor's call. Every change is saved with `save()` by the user who made it, so the history of
the action, its citation and the suggestion says who accepted what from which suggestion.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from policies import workflow
from policies.models import (
    ActionExtent,
    ActionParticipant,
    ActionScope,
    ActionStatus,
    ActionType,
    Citation,
    EditorialState,
    PolicyAction,
)

from .models import Suggestion, SuggestionState

CHANGE_PERMISSION = "suggestions.change_suggestion"
DRAFT_PERMISSIONS = (
    "policies.add_policyaction",
    "policies.add_citation",
    "policies.add_actionparticipant",
)
CITE_PERMISSION = "policies.add_citation"

# What a suggestion that does not say is given when it is drafted in bulk: the type's usual
# status, and the scope most actions of the type have. Both are for the reviewer to check.
USUAL_STATUS = {
    ActionType.BILL: ActionStatus.PROPOSED,
    ActionType.LETTER: ActionStatus.ISSUED,
    ActionType.LAWSUIT: ActionStatus.ONGOING,
    ActionType.COURT_RULING: ActionStatus.ISSUED,
    ActionType.ENFORCEMENT: ActionStatus.ISSUED,
    ActionType.CAMPAIGN: ActionStatus.ONGOING,
}
USUAL_SCOPE = {
    ActionType.CORPORATE_PLEDGE: ActionScope.LAW_ENFORCEMENT,
    ActionType.CAMPAIGN: ActionScope.LAW_ENFORCEMENT,
}
MAX_TITLE = 300
MAX_SLUG = 200


def draft_title(suggestion, organisations=()):
    """ "Boston: ban", "IBM: corporate pledge or sales suspension" (a company-wide action is
    named after its first actor)."""
    where = suggestion.jurisdiction.name if suggestion.jurisdiction_id else ""
    if not where:
        actors = [org for org, role in organisations if role == "actor"] or [
            org for org, _role in organisations
        ]
        where = actors[0].name if actors else suggestion.article.title
    return f"{where}: {suggestion.get_action_type_display().lower()}"[:MAX_TITLE]


def draft_fields(suggestion, organisations=()):
    """The action fields a suggestion proposes, as the add form's initial data takes them.

    Status and scope are left out when the text did not say: the form asks for them.
    """
    title = draft_title(suggestion, organisations)
    fields = {
        "title": title,
        "slug": unique_slug(title),
        "action_type": suggestion.action_type,
        "extent": (
            ActionExtent.JURISDICTION if suggestion.jurisdiction_id else ActionExtent.COMPANY_WIDE
        ),
        "jurisdiction": suggestion.jurisdiction_id,
        "date": suggestion.date,
        "summary": suggestion.evidence,
        "state": EditorialState.DRAFT,
    }
    if suggestion.date:
        fields["date_precision"] = suggestion.date_precision
    if suggestion.status:
        fields["status"] = suggestion.status
    return fields


def unique_slug(title):
    base = slugify(title)[: MAX_SLUG - 8] or "action"
    slug, number = base, 1
    while PolicyAction.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _check_can_act(user, suggestion):
    if not user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied("You do not have permission to accept or reject suggestions.")
    if suggestion.state != SuggestionState.NEW:
        state = suggestion.get_state_display().lower()
        raise ValidationError(f"“{suggestion}” was already {state}.")


def check_can_accept(user, suggestion):
    """Raise PermissionDenied or ValidationError unless `user` may accept `suggestion` now."""
    _check_can_act(user, suggestion)
    matched = suggestion.matched_action
    if matched is None:
        if not all(user.has_perm(permission) for permission in DRAFT_PERMISSIONS):
            raise PermissionDenied("You do not have permission to draft actions.")
    elif not (user.has_perm(CITE_PERMISSION) and workflow.can_edit(user, matched)):
        raise PermissionDenied(f"“{matched}” is published: only an editor may cite a source on it.")


def mark_accepted(suggestion, action, user):
    """Record that `user` accepted `suggestion` into `action` (drafted or cited on)."""
    suggestion.state = SuggestionState.ACCEPTED
    suggestion.action = action
    suggestion.acted_by = user
    suggestion.acted_at = timezone.now()
    suggestion.updated_at = suggestion.acted_at
    suggestion._history_user = user
    drafted = suggestion.matched_action_id != action.pk
    suggestion._change_reason = (
        f"Accepted: drafted “{action}” (action {action.pk})"
        if drafted
        else f"Accepted: cited the article on “{action}” (action {action.pk})"
    )[:100]
    suggestion.save()


@transaction.atomic
def accept(suggestion, user):
    """Accept `suggestion` as proposed: draft its action, or cite it on the matched one.
    Returns the action."""
    check_can_accept(user, suggestion)
    if suggestion.matched_action_id:
        action = suggestion.matched_action
        cite(action, suggestion, user)
    else:
        action = draft_action(suggestion, user)
    mark_accepted(suggestion, action, user)
    return action


def cite(action, suggestion, user):
    """Cite the suggestion's quoted article on `action` with its evidence as the quote; an
    existing citation of it without a quote gets the quote."""
    citation = Citation.objects.filter(action=action, article=suggestion.quoted_article).first()
    if citation is not None and citation.quote:
        return citation
    if citation is None:
        position = action.citations.count() + 1
        citation = Citation(action=action, article=suggestion.quoted_article, position=position)
    citation.quote = suggestion.evidence
    citation._history_user = user
    citation._change_reason = f"From suggestion {suggestion.pk}"
    citation.save()
    return citation


def draft_action(suggestion, user):
    """A draft action made from `suggestion` as proposed, citing its article with the quote."""
    participants = list(suggestion.participants.select_related("organisation"))
    organisations = [(p.organisation, p.role) for p in participants]
    fields = draft_fields(suggestion, organisations)
    fields["status"] = (
        suggestion.status or USUAL_STATUS.get(suggestion.action_type) or ActionStatus.IN_FORCE
    )
    fields["scope"] = USUAL_SCOPE.get(suggestion.action_type, ActionScope.GOVERNMENT)
    fields["jurisdiction_id"] = fields.pop("jurisdiction")
    action = PolicyAction(**fields)
    action.full_clean()
    action._history_user = user
    action._change_reason = f"Drafted from suggestion {suggestion.pk}"
    action.save()
    for organisation, role in organisations:
        part = ActionParticipant(action=action, organisation=organisation, role=role)
        part._history_user = user
        part.save()
    cite(action, suggestion, user)
    return action


@transaction.atomic
def reject(suggestion, user, reason):
    """Reject `suggestion` for `reason`; it never comes back on re-import."""
    _check_can_act(user, suggestion)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("Give a reason for rejecting it.")
    suggestion.state = SuggestionState.REJECTED
    suggestion.reject_reason = reason
    suggestion.acted_by = user
    suggestion.acted_at = timezone.now()
    suggestion.updated_at = suggestion.acted_at
    suggestion._history_user = user
    suggestion._change_reason = f"Rejected: {reason}"[:100]
    suggestion.save()
    return suggestion


def waiting(pks):
    """The suggestions `pks` with what accepting them reads, in the queue's order."""
    return Suggestion.objects.filter(pk__in=pks).select_related(
        "article", "quoted_article", "jurisdiction", "matched_action"
    )
