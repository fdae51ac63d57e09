"""Suggested actions: what the reader proposes an imported article reports, for staff to accept
or reject, and the organisations each one names with their roles."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from simple_history.models import HistoricalRecords

from articles.models import Article
from directory.models import Jurisdiction, Organisation
from policies.choices import ActionStatus, ActionType, ParticipantRole
from policies.dates import DatePrecision, format_partial_date
from policies.models import Citation, PolicyAction


class SuggestionState(models.TextChoices):
    NEW = "new", "New"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class ConfidenceBand(models.TextChoices):
    """How sure the reader's rules are, in the bands the queue filters by."""

    HIGH = "high", "High (0.8 and over)"
    MEDIUM = "medium", "Medium (0.5 to 0.8)"
    LOW = "low", "Low (under 0.5)"


CONFIDENCE_BANDS = {
    ConfidenceBand.HIGH: Q(confidence__gte=0.8),
    ConfidenceBand.MEDIUM: Q(confidence__gte=0.5, confidence__lt=0.8),
    ConfidenceBand.LOW: Q(confidence__lt=0.5),
}


class SuggestionQuerySet(models.QuerySet):
    def waiting(self):
        """Suggestions nobody has acted on yet."""
        return self.filter(state=SuggestionState.NEW)

    def in_band(self, band):
        return self.filter(CONFIDENCE_BANDS[band])

    def with_citation_state(self):
        """Annotate `already_cited`: the matched action cites the suggestion's quoted article."""
        return self.annotate(
            already_cited=Exists(
                Citation.objects.filter(
                    action=OuterRef("matched_action"), article=OuterRef("quoted_article")
                )
            )
        )

    def for_queue(self):
        """Everything a row of the review queue shows, in a fixed number of queries."""
        return (
            self.select_related(
                "article__provider", "jurisdiction", "matched_action", "action", "acted_by"
            )
            .defer(
                *(
                    f"article__{name}"
                    for name in ("body", "excerpt", "feed_metadata", "images", "search_document")
                )
            )
            .prefetch_related(
                Prefetch(
                    "participants",
                    queryset=SuggestedParticipant.objects.select_related("organisation"),
                )
            )
            .with_citation_state()
        )


class Suggestion(models.Model):
    """One policy action the reader found reported in an article, as it proposed it.

    The proposal's fields are the reader's and are never edited here: staff change them in the
    action form that accepting opens. `fingerprint` identifies the same suggestion across
    re-imports (see `suggestions.storing.fingerprint`).
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestions")
    related_index = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Empty when read in the article's own text, else its related item's index.",
    )
    quoted_article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="quoted_in_suggestions",
        help_text="The article whose text holds the evidence: the one a citation quotes.",
    )
    action_type = models.CharField("type", max_length=20, choices=ActionType.choices)
    status = models.CharField(
        max_length=20, choices=ActionStatus.choices, blank=True, help_text="Empty: not said."
    )
    background = models.BooleanField(
        default=False, help_text="An earlier action mentioned as context, not the news of the day."
    )
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text="Empty for a company-wide action.",
    )
    organisations = models.ManyToManyField(
        Organisation, through="SuggestedParticipant", related_name="suggestions", blank=True
    )
    evidence = models.TextField(help_text="The sentence that reports the action, verbatim.")
    evidence_start = models.PositiveIntegerField(
        help_text="Where the evidence starts in the text it was read from."
    )
    context_before = models.TextField(blank=True)
    context_after = models.TextField(blank=True)
    confidence = models.FloatField()
    matched_action = models.ForeignKey(
        PolicyAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="matching_suggestions",
        help_text="An action already on record for the same event: accepting cites the article "
        "on it instead of drafting a new one.",
    )

    state = models.CharField(
        max_length=10, choices=SuggestionState.choices, default=SuggestionState.NEW
    )
    reject_reason = models.TextField(blank=True)
    acted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    acted_at = models.DateTimeField(null=True, blank=True)
    action = models.ForeignKey(
        PolicyAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text="The action accepting it drafted, or cited the article on.",
    )

    fingerprint = models.CharField(max_length=64, unique=True)
    reader_version = models.CharField(max_length=32)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    objects = SuggestionQuerySet.as_manager()
    # Who accepted or rejected what. Storing on import writes in bulk and leaves no rows here,
    # as the importer does for articles.
    history = HistoricalRecords(excluded_fields=["context_before", "context_after"])

    class Meta:
        ordering = [
            "-created_at",
            "article",
            F("related_index").asc(nulls_first=True),
            "evidence_start",
            "pk",
        ]
        indexes = [
            models.Index(fields=["state", "-created_at"], name="suggestion_state_created_idx"),
            models.Index(fields=["action_type", "state"], name="suggestion_type_state_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=SuggestionState.values), name="suggestion_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(action_type__in=ActionType.values), name="suggestion_type_valid"
            ),
            models.CheckConstraint(
                condition=Q(status="") | Q(status__in=ActionStatus.values),
                name="suggestion_status_valid",
            ),
            models.CheckConstraint(
                condition=(
                    Q(date__isnull=True, date_precision="")
                    | Q(date__isnull=False, date_precision__in=DatePrecision.values)
                ),
                name="suggestion_date_has_precision",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0, confidence__lte=1),
                name="suggestion_confidence_range",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_type_display()}: {self.where}, {self.display_date}"

    @property
    def where(self):
        return str(self.jurisdiction) if self.jurisdiction_id else "company-wide"

    @property
    def display_date(self):
        if self.date is None:
            return "no date"
        return format_partial_date(self.date, self.date_precision)

    @property
    def is_waiting(self):
        return self.state == SuggestionState.NEW


class SuggestedParticipant(models.Model):
    """An organisation a suggestion names, with the part the text gives it."""

    suggestion = models.ForeignKey(
        Suggestion, on_delete=models.CASCADE, related_name="participants"
    )
    # A merged or deleted organisation drops out of the proposal; staff add it in the form.
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="suggested_parts"
    )
    role = models.CharField(max_length=10, choices=ParticipantRole.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["suggestion", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["suggestion", "organisation", "role"],
                name="suggested_participant_unique_role",
            ),
            models.CheckConstraint(
                condition=Q(role__in=ParticipantRole.values),
                name="suggested_participant_role_valid",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display().lower()})"
