"""Changes proposed to an organisation's public details, and an editor's decision on them.

A proposal keeps, for each field it changes, the value when it was proposed and the value
proposed. Accepting applies them through the same form that validates them at proposal time,
and refuses a change to a field that has changed since (the editor then sees the conflict
rather than overwriting someone's later edit). The organisation's history records who
proposed it and who accepted it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from directory.models import Jurisdiction, Organisation

from .models import ChangeState, OrganisationChange

# What a contributor may propose: what the public pages show of an organisation, less its
# address (the slug), which an editor changes directly if ever.
PROPOSABLE = ["name", "kind", "website", "description", "jurisdiction"]


def _form_field(field, **kwargs):
    if isinstance(field, models.URLField):  # as on the organisation's own page
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class ProposableForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = PROPOSABLE
        formfield_callback = _form_field


def values(organisation):
    """The proposable values of `organisation`, as stored (a place by its id)."""
    return {
        name: Organisation._meta.get_field(name).value_from_object(organisation)
        for name in PROPOSABLE
    }


def form_data(field_values):
    return {name: "" if value is None else value for name, value in field_values.items()}


def proposed_changes(organisation, data):
    """{field: [current, proposed]} for what `data` (form data of `PROPOSABLE`) changes;
    ValidationError when it is not valid or changes nothing."""
    current = values(organisation)
    form = ProposableForm(data, instance=Organisation.objects.get(pk=organisation.pk))
    if not form.is_valid():
        raise ValidationError(form.errors)
    proposed = values(form.instance)
    changes = {name: [current[name], proposed[name]] for name in PROPOSABLE}
    changes = {name: pair for name, pair in changes.items() if pair[0] != pair[1]}
    if not changes:
        raise ValidationError("The proposal changes nothing.")
    return changes


def _waiting(change):
    """`change` read again and locked until the transaction ends; ValidationError when it was
    decided meanwhile. Accepting and refusing both take this lock first, so of two editors
    deciding one proposal at once, the second waits for the first and is then told."""
    change = OrganisationChange.objects.select_for_update().get(pk=change.pk)
    if change.state != ChangeState.WAITING:
        raise ValidationError(f"“{change}” was already {change.get_state_display().lower()}.")
    return change


@transaction.atomic
def accept(change, user):
    """Apply `change` for `user` (an editor); ValidationError when it cannot be."""
    change = _waiting(change)
    organisation = Organisation.objects.select_for_update().get(pk=change.organisation_id)
    current = values(organisation)
    moved = [name for name, (was, _new) in change.changes.items() if current[name] != was]
    if moved:
        raise ValidationError(
            f"“{change}”: {', '.join(moved)} changed since it was proposed; "
            "refuse it and propose again."
        )
    data = {**current, **{name: new for name, (_was, new) in change.changes.items()}}
    form = ProposableForm(form_data(data), instance=organisation)
    if not form.is_valid():
        raise ValidationError(form.errors)
    organisation = form.save(commit=False)
    organisation._history_user = user
    organisation._change_reason = f"Proposed by {change.proposed_by}, accepted"
    organisation.save()
    _decide(change, ChangeState.ACCEPTED, user)


@transaction.atomic
def refuse(change, user):
    """Close `change` for `user` (an editor), changing nothing; ValidationError when it was
    already decided."""
    _decide(_waiting(change), ChangeState.REFUSED, user)


def _decide(change, state, user):
    change.state, change.decided_by, change.decided_at = state, user, timezone.now()
    change.save(update_fields=["state", "decided_by", "decided_at"])


def with_place_names(changes):
    """Give each of `changes` the names of the places any of them proposes (`place_names`), read
    in one query, for `described`: a list of proposals then reads no place row by row."""
    changes = list(changes)
    ids = {pk for change in changes for pk in change.changes.get("jurisdiction", []) if pk}
    names = dict(Jurisdiction.objects.filter(pk__in=ids).values_list("pk", "name"))
    for change in changes:
        change.place_names = names
    return changes


def described(change):
    """(field label, value when proposed, proposed value) for each field `change` changes, as
    text: a place by its name (from `with_place_names` when it was given them)."""
    if not hasattr(change, "place_names"):
        with_place_names([change])
    places = change.place_names
    rows = []
    for name in PROPOSABLE:
        if name not in change.changes:
            continue
        field = Organisation._meta.get_field(name)
        shown = [
            places.get(value, "—") if name == "jurisdiction" else _text(field, value)
            for value in change.changes[name]
        ]
        rows.append((field.verbose_name, *shown))
    return rows


def _text(field, value):
    if field.choices:
        return dict(field.choices).get(value, value)
    return value or "—"
