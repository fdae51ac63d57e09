"""What waits for staff to read: what the public sends (a correction to a record, or an action
the tracker lacks), and the changes contributors propose to what published actions show of an
organisation (`OrganisationChange`, applied only when an editor accepts them)."""

from django.conf import settings
from django.db import models
from django.db.models import Q

MAX_MESSAGE_LENGTH = 4000
MAX_URL_LENGTH = 500


class TipKind(models.TextChoices):
    CORRECTION = "correction", "Correction to a record"
    MISSING = "missing", "An action the tracker lacks"


class TipState(models.TextChoices):
    NEW = "new", "New"
    HANDLED = "handled", "Handled"


class TipQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=TipState.NEW)


class Tip(models.Model):
    """One message from the public. Never shown on a public page; the e-mail is for a reply."""

    kind = models.CharField(max_length=10, choices=TipKind.choices)
    action = models.ForeignKey(
        "policies.PolicyAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tips",
        help_text="The record a correction is about.",
    )
    message = models.TextField(max_length=MAX_MESSAGE_LENGTH)
    source_url = models.URLField("source", max_length=MAX_URL_LENGTH, blank=True)
    email = models.EmailField(
        "e-mail", blank=True, help_text="Given to allow a reply; never shown publicly."
    )
    state = models.CharField(max_length=10, choices=TipState.choices, default=TipState.NEW)
    staff_note = models.TextField(blank=True, help_text="What was done about it.")
    created_at = models.DateTimeField(auto_now_add=True)
    handled_at = models.DateTimeField(null=True, blank=True, editable=False)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = TipQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "-created_at"], name="tip_state_created_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=TipKind.values), name="tip_kind_valid"),
            models.CheckConstraint(condition=Q(state__in=TipState.values), name="tip_state_valid"),
            models.CheckConstraint(
                condition=~Q(kind=TipKind.MISSING) | ~Q(source_url=""),
                name="tip_missing_action_has_source",
            ),
        ]

    def __str__(self):
        about = f" on {self.action}" if self.action_id else ""
        return f"{self.get_kind_display()}{about} ({self.created_at:%d %b %Y})"


class ChangeState(models.TextChoices):
    WAITING = "waiting", "Waiting for an editor"
    ACCEPTED = "accepted", "Accepted"
    REFUSED = "refused", "Refused"


class OrganisationChangeQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=ChangeState.WAITING)


class OrganisationChange(models.Model):
    """A change to an organisation's public details, proposed by someone who may not make it
    (a contributor, once published actions show the organisation): it changes nothing until
    an editor accepts it (`tips.proposals`)."""

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="proposed_changes"
    )
    changes = models.JSONField(
        help_text="{field: [value when proposed, proposed value]}; a place by its id."
    )
    reason = models.TextField(blank=True, help_text="Why, with a source if there is one.")
    state = models.CharField(
        max_length=10, choices=ChangeState.choices, default=ChangeState.WAITING
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = OrganisationChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-proposed_at"]
        permissions = [("decide_organisationchange", "Can accept or refuse a proposed change")]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=ChangeState.values), name="organisation_change_state_valid"
            ),
        ]

    def __str__(self):
        return f"Change to {self.organisation} ({self.proposed_at:%d %b %Y})"
