"""An organisation's part in an action (`ActionParticipant`: who acted, who signed, who was
targeted), and what the public site reads of organisations through it.

The rule that only published actions are public, for organisations: `ActionParticipant.objects
.published()`, and `published_organisations()` and `public_organisations()`, which every page,
feed, download and API list of organisations asks. Also the participants an export row lists
and the counts of actions shown beside organisations.
"""

from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from simple_history.models import HistoricalRecords

from articles.models import organisation_mentions
from core.queries import AmongIds, count_subquery
from directory.models import Organisation, ReviewStatus

from .choices import EditorialState, ParticipantRole


class ActionParticipantQuerySet(models.QuerySet):
    def published(self):
        """Parts in published actions: the only ones any public page, feed or download shows."""
        return self.filter(action__state=EditorialState.PUBLISHED)

    def count_per_organisation(self):
        """For an annotation on organisations: how many distinct actions each takes part in."""
        return count_subquery(
            self.filter(organisation=OuterRef("pk")), "organisation", distinct="action"
        )


class ActionParticipant(models.Model):
    """An organisation's part in an action: who acted, who signed, who was targeted."""

    action = models.ForeignKey(
        "PolicyAction", on_delete=models.CASCADE, related_name="participants"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(max_length=10, choices=ParticipantRole.choices)

    objects = ActionParticipantQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["role", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["action", "organisation", "role"], name="participant_unique_role"
            ),
            models.CheckConstraint(
                condition=Q(role__in=ParticipantRole.values), name="participant_role_valid"
            ),
        ]
        indexes = [models.Index(fields=["organisation", "role"], name="participant_org_role_idx")]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display().lower()})"


def export_participants(action_ids=None):
    """The participants an export row lists (of the actions `action_ids`, grouped), in order."""
    participants = ActionParticipant.objects.select_related("organisation")
    if action_ids is not None:
        # By the action's id, not "action" (its own ordering, a join and a sort by date).
        participants = participants.filter(AmongIds(F("action_id"), action_ids)).order_by(
            "action_id", *ActionParticipant._meta.ordering
        )
    return participants


def published_organisations():
    """Organisations that take part in a published action."""
    return Organisation.objects.filter(
        Exists(ActionParticipant.objects.published().filter(organisation=OuterRef("pk")))
    )


def public_organisations():
    """Organisations with something public to show: a part in a published action, or a
    mention in imported news. One named only on drafts stays out of every page, list, API
    and sitemap, so a draft never shows through it. An organisation the importer found in the
    news (a candidate, or one staff rejected) shows only once a published action names it:
    a mention alone is not enough until staff confirm it."""
    taking_part = ActionParticipant.objects.published().filter(organisation=OuterRef("pk"))
    mentioned = organisation_mentions().filter(organisation=OuterRef("pk"))
    confirmed = Q(review_status=ReviewStatus.CONFIRMED)
    return Organisation.objects.filter(Exists(taking_part) | (confirmed & Exists(mentioned)))


def with_action_count(organisations, *, published_only=False):
    """`organisations` annotated with `action_count`: the actions each takes part in
    (published ones only, or every one for staff)."""
    taking_part = ActionParticipant.objects.all()
    if published_only:
        taking_part = taking_part.published()
    return organisations.annotate(action_count=taking_part.count_per_organisation())


def with_role_counts(organisations):
    """`organisations` annotated with `actor_count`, `signatory_count` and `target_count`: the
    published actions each acted in, signed or was targeted by."""
    published = ActionParticipant.objects.published()
    return organisations.annotate(
        **{
            f"{role}_count": published.filter(role=role).count_per_organisation()
            for role in ParticipantRole.values
        }
    )
