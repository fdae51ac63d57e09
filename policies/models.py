"""The policy actions the tracker records: `PolicyAction`, its queries and its publishing rules.

Who took part in an action is an `ActionParticipant` (`participants.py`) and each source it
cites a `Citation` (`citations.py`). The actions' queries read both, and importing them here
loads them with the app's models: every model of the record is in `policies.models`.

The rule that only published actions are public is stated in three modules and nowhere
else: `PolicyAction.objects.published()` in `action_queries.py` (the actions' queries),
`ActionParticipant.objects.published()` and the organisation helpers in `participants.py`,
`Citation.objects.published()` and the article count in `citations.py`, which every page,
feed, download and API list asks. (The fields' choices live in `choices.py`.)
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from core.links import link
from core.slugs import check_slug_not_retired
from directory.models import Jurisdiction, Organisation

from .action_queries import PolicyActionManager
from .choices import (
    ActionExtent,
    ActionScope,
    ActionStatus,
    ActionType,
    EditorialState,
    shown_status,
)
from .citations import Citation  # noqa: F401 (the record's models are all imported from here)
from .dates import DatePrecision, PartiallyDated, truncate_to_precision
from .participants import ActionParticipant  # noqa: F401


class PolicyAction(PartiallyDated, models.Model):
    """Something a government, company or civil society group did about facial recognition."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    action_type = models.CharField("type", max_length=20, choices=ActionType.choices)
    status = models.CharField(max_length=20, choices=ActionStatus.choices)
    extent = models.CharField(
        max_length=20, choices=ActionExtent.choices, default=ActionExtent.JURISDICTION
    )
    jurisdiction = models.ForeignKey(
        Jurisdiction, null=True, blank=True, on_delete=models.PROTECT, related_name="actions"
    )
    scope = models.CharField(max_length=20, choices=ActionScope.choices)

    date = models.DateField(
        null=True,
        blank=True,
        help_text="When it happened; stored as the first day of a month or year.",
    )
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    date_source = models.TextField(
        blank=True,
        help_text="Where the date comes from when the cited sources do not state it.",
    )
    effective_date = models.DateField(null=True, blank=True)
    expiry_date = models.DateField(
        null=True,
        blank=True,
        help_text="Once it has passed the action shows as expired; record an extension here.",
    )
    notes = models.TextField(
        "internal notes",
        blank=True,
        help_text="For staff only, never shown publicly: what is known but not yet sourced.",
    )

    summary = models.TextField()
    organisations = models.ManyToManyField(
        Organisation, through="ActionParticipant", related_name="actions", blank=True
    )
    sources = models.ManyToManyField(
        "articles.Article", through="Citation", related_name="actions", blank=True
    )

    state = models.CharField(
        "editorial state",
        max_length=10,
        choices=EditorialState.choices,
        default=EditorialState.DRAFT,
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the action was first published; feeds announce actions by it.",
    )
    # Who last changed what the record says (not only its state): with the second-reviewer
    # rule on, that person may not publish it (see policies.workflow).
    content_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Title and summary as PostgreSQL ranks them, written by a trigger (migration 0007).
    search_document = SearchVectorField(null=True, editable=False)
    # The same followed by the words of every cited article (weight D), as PostgreSQL searches
    # them: kept by triggers on actions, citations and articles (migration 0009).
    search_with_sources = SearchVectorField(null=True, editable=False)

    objects = PolicyActionManager()
    history = HistoricalRecords(excluded_fields=["search_document", "search_with_sources"])

    class Meta:
        ordering = ["-date", "title"]
        permissions = [("publish_policyaction", "Can publish and unpublish policy actions")]
        indexes = [
            models.Index(fields=["state", "-date"], name="action_state_date_idx"),
            # In the timeline's whole order: a deep page's actions are found in it alone, with
            # no sort of every action (`listing.DEEP_OFFSET`). The narrower index above stays
            # for a place's date walk, which it keeps 3-4 ms quicker on a last page (SQLite).
            models.Index(
                fields=["state", "-date", "title", "id"], name="action_timeline_order_idx"
            ),
            models.Index(fields=["action_type", "-date"], name="action_type_date_idx"),
            models.Index(fields=["jurisdiction", "-date"], name="action_jurisdiction_date_idx"),
            models.Index(fields=["state", "-published_at"], name="action_state_published_idx"),
            # A type's feed, newest published first, from the index, not sorted (0013: NULLS
            # LAST on PostgreSQL).
            models.Index(
                fields=["state", "action_type", "-published_at", "-date", "title", "id"],
                name="action_type_published_idx",
            ),
            # What public pages read of every published action: the chart, the filters' types
            # (statuses once), the places with actions and their totals. From the index alone:
            # 25, 22, 18, 14.5 ms -> 4.5, 2.5, 13.5, 9.4 ms on SQLite (bench/web); the places, in
            # order, from the next (the places page 51 -> 35 ms CPU, bench/profile_pages.py).
            models.Index(
                fields=["state", "action_type", "date", "status", "expiry_date", "jurisdiction"],
                name="action_state_type_covering_idx",
            ),
            models.Index(fields=["state", "jurisdiction"], name="action_state_place_idx"),
            models.Index(fields=["state", "status", "expiry_date"], name="action_state_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(action_type__in=ActionType.values), name="action_type_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ActionStatus.values), name="action_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(scope__in=ActionScope.values), name="action_scope_valid"
            ),
            models.CheckConstraint(
                condition=Q(state__in=EditorialState.values), name="action_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(date_precision__in=DatePrecision.values),
                name="action_date_precision_valid",
            ),
            models.CheckConstraint(
                condition=(
                    Q(extent=ActionExtent.JURISDICTION, jurisdiction__isnull=False)
                    | (
                        Q(extent__in=[ActionExtent.COMPANY_WIDE, ActionExtent.GLOBAL])
                        & Q(jurisdiction__isnull=True)
                    )
                ),
                name="action_extent_matches_jurisdiction",
            ),
            models.CheckConstraint(
                condition=~Q(state=EditorialState.PUBLISHED) | Q(date__isnull=False),
                name="action_published_has_date",
            ),
            models.CheckConstraint(
                condition=(
                    Q(effective_date__isnull=True)
                    | Q(expiry_date__isnull=True)
                    | Q(expiry_date__gte=F("effective_date"))
                ),
                name="action_expires_after_effect",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # "June 2019" is stored as 2019-06-01 so that ordering and range filters stay correct.
        if self.date:
            self.date = truncate_to_precision(self.date, self.date_precision)
        # The first publication is what feeds announce; unpublishing and republishing keeps it.
        if self.state == EditorialState.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "published_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return link("policies:action-detail", self.slug)

    @property
    def is_published(self):
        return self.state == EditorialState.PUBLISHED

    @property
    def shown_status(self):
        return shown_status(self.status, self.expiry_date)

    def get_shown_status_display(self):
        return ActionStatus(self.shown_status).label

    def clean(self):
        check_slug_not_retired(self)
        errors = {}
        if self.extent == ActionExtent.JURISDICTION and not self.jurisdiction_id:
            errors["jurisdiction"] = (
                "Choose a jurisdiction, or mark the action company-wide or worldwide."
            )
        if self.extent != ActionExtent.JURISDICTION and self.jurisdiction_id:
            errors["jurisdiction"] = "A company-wide or worldwide action has no jurisdiction."
        if self.effective_date and self.expiry_date and self.expiry_date < self.effective_date:
            errors["expiry_date"] = "The expiry date is before the effective date."
        if self.state == EditorialState.PUBLISHED:
            for field, problem in self.publication_problems(check_sources=False).items():
                errors.setdefault(field, problem)
        if errors:
            raise ValidationError(errors)

    def publication_problems(self, *, source_count=None, check_sources=True):
        """What stops this action from being published, by field; empty when nothing does.

        The one statement of the publishing rules: the model's clean(), the admin form (which
        passes the number of citations being saved with it), and `workflow.publish` all ask here.
        Without a `source_count` the citations are counted now; a caller passes one only when it
        has just counted them (bulk publishing counts a selection's sources in one query), so
        a count annotated on the instance long ago is never trusted by accident.
        """
        problems = {}
        if check_sources:
            if source_count is None:
                source_count = self.citations.count() if self.pk else 0
            if not source_count:
                problems["citations"] = "A published action must cite at least one source."
        if self.extent == ActionExtent.JURISDICTION and not self.jurisdiction_id:
            problems["jurisdiction"] = (
                "A published action needs a jurisdiction, or to be marked company-wide "
                "or worldwide."
            )
        if not self.date:
            problems["date"] = "A published action needs a date."
        return problems
