"""The policy actions the tracker records: `PolicyAction`, its queries and its publishing rules.

Who took part in an action is an `ActionParticipant` (`participants.py`) and each source it
cites a `Citation` (`citations.py`). The queries here read both, and importing them here
loads them with the app's models: every model of the record is in `policies.models`.

The rule that only published actions are public is stated in these three modules and nowhere
else: `PolicyAction.objects.published()` here, `ActionParticipant.objects.published()` and
the organisation helpers in `participants.py`, `Citation.objects.published()` and the article
count in `citations.py`, which every page, feed, download and API list asks. (The fields'
choices live in `choices.py`.)
"""

from django.conf import settings
from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Value
from django.utils import timezone
from simple_history.models import HistoricalRecords

from articles.models import Article
from core.links import link
from core.publicdata import kept_until_changed
from core.queries import AmongIds, count_subquery
from core.search import search_words, web_search_query
from core.slugs import check_slug_not_retired
from directory.models import Jurisdiction, Organisation

from .choices import (
    ActionExtent,
    ActionScope,
    ActionStatus,
    ActionType,
    EditorialState,
    shown_status,
)
from .citations import Citation, export_citations
from .dates import DatePrecision, format_partial_date, iso_partial_date, truncate_to_precision
from .participants import ActionParticipant, export_participants

# The most places `within()` names in a query; SQLite takes up to 32,766 parameters.
MAX_PLACES_LISTED = 5_000


class PolicyActionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=EditorialState.PUBLISHED)

    def involving(self, organisation, role=None):
        """Actions `organisation` took part in (in `role`, when given)."""
        taking_part = ActionParticipant.objects.filter(
            action=OuterRef("pk"), organisation=organisation
        )
        if role:
            taking_part = taking_part.filter(role=role)
        return self.filter(Exists(taking_part))

    def with_source_count(self):
        """Annotate `source_count`: the articles each action cites."""
        return self.annotate(
            source_count=count_subquery(Citation.objects.filter(action=OuterRef("pk")), "action")
        )

    def matching(self, text):
        """Actions whose title, summary or cited articles match `text`, with a `rank` to order
        by (an alias: computed only when a list is ordered by it).

        PostgreSQL uses its full-text search (stemmed, ranked, indexed; web-search syntax such as
        "quoted phrases" and -exclusions). Elsewhere every word must appear somewhere, ignoring
        case, and `rank` is 0."""
        text = text.strip()
        if not text:
            return self.alias(rank=Value(0.0))
        if connections[self.db].vendor == "postgresql":
            query = web_search_query(text)
            # One vector holds the cited articles' words too (migration 0009): matching the
            # action's OR its articles' read every matching article's vector, 99,137 of 100,000
            # for "police", twice a page. Ranked by the action's own words, as before, and only
            # when the list is ordered by relevance.
            return self.filter(search_with_sources=query).alias(
                rank=SearchRank(F("search_document"), query)
            )
        matches = Q()
        for word in search_words(text):
            cited_match = Article.objects.filter(
                Q(title__icontains=word) | Q(excerpt__icontains=word) | Q(body__icontains=word),
                citations__action=OuterRef("pk"),
            )
            matches &= Q(title__icontains=word) | Q(summary__icontains=word) | Exists(cited_match)
        return self.filter(matches).alias(rank=Value(0.0))

    def within(self, jurisdiction, *, walking_dates=False, version=None):
        """Actions in `jurisdiction` or anywhere inside it (a state and its cities).

        Reads at once, in one query, which places inside hold an action at all, and filters
        by that list. A country holds tens of thousands of places and its actions a few
        hundred of them: matching the actions against all of its places cost 18 ms a query
        on SQLite for the United States (six on its page), the list 1.7 ms once, whatever the
        place (bench/web, 20,000 actions). A subquery, not a join, which SQLite planned as a
        read of every action (27 ms, not 3), when the list would be too long to send.

        `walking_dates`: the list's place of each action compared, not looked up in an index,
        so that a page of a busy place is found by walking every action in date order until
        the page is full. Given the list, SQLite reads every match through the index of
        places and sorts them all, whatever the page's LIMIT: 2.3 ms for California's 1,985
        actions, 4.3 for the European Union's 3,363, where the walk takes 0.4; but 10 ms for
        a place with ten, which the index finds in 0.1 (bench/web, 20,000 actions). The
        timeline and a place's page choose (`date_walk_pays`).

        `version`: the data version a page keeps its aggregates under
        (`core.publicdata.aggregates_version`), so that the list kept is of the version the
        page read, without reading it again (a query a call, 0.2-0.4 ms on SQLite).

        The list goes as one parameter (`core.queries.AmongIds`; same plans, same indexes):
        as an `__in` the ORM prepared each of California's 299 ids, a page's query took
        2.9-3.2 ms to build where it takes 1.5-1.7; with the list's query built only when not
        kept, `/?jurisdiction=california` costs 6-7% less CPU, the United States' page 8-12%
        (in-process A/B, medians, SQLite, bench/web)."""
        inside = Jurisdiction.objects.descendants_of

        def acting():
            actions = PolicyAction._base_manager.using(self.db).values("jurisdiction")
            places = inside(jurisdiction).using(self.db).filter(pk__in=actions).order_by()
            return list(places.values_list("pk", flat=True)[: MAX_PLACES_LISTED + 1])

        # Kept until public data changes (1.4 of the 18 ms of a timeline by California).
        acted_in = kept_until_changed(
            None, "acted-in", f"{self.db}:{jurisdiction.pk}", acting, version=version
        )
        if len(acted_in) > MAX_PLACES_LISTED:
            return self.filter(jurisdiction__in=inside(jurisdiction))
        if not acted_in:  # nothing inside acted: no query is run for it
            return self.none()
        place = F("jurisdiction_id") + 0 if walking_dates else F("jurisdiction_id")
        return self.filter(AmongIds(place, acted_in))

    def with_shown_status(self, statuses):
        """Actions whose status as shown (`shown_status`) is one of `statuses`: past its expiry
        date, something in force is expired and no longer in force."""
        lasting = [ActionStatus.IN_FORCE, ActionStatus.ONGOING]
        passed = Q(status__in=lasting, expiry_date__lt=timezone.localdate())
        matching = Q(status__in=statuses) & ~passed
        if ActionStatus.EXPIRED in statuses:
            matching |= passed
        return self.filter(matching)

    def in_publication_order(self):
        """The most recently published first: the order feeds announce actions in."""
        return self.order_by(F("published_at").desc(nulls_last=True), "-date", "title", "pk")

    def for_export(self):
        """Everything an export row holds: its place, organisations with roles, cited sources.
        (The streamed downloads read the last two per chunk: `export_participants()`.)"""
        return self.select_related("jurisdiction").prefetch_related(
            Prefetch("participants", queryset=export_participants()),
            Prefetch("citations", queryset=export_citations()),
        )

    def for_timeline(self):
        """Everything a list of actions shows, newest first, in a fixed number of queries.

        The source count is a subquery rather than a joined COUNT, so no GROUP BY gets in the
        way of the filters, searches and orderings applied after it."""
        return (
            self.select_related("jurisdiction")
            .prefetch_related(
                Prefetch(
                    "participants",
                    queryset=ActionParticipant.objects.select_related("organisation"),
                )
            )
            .with_source_count()
            .order_by("-date", "title", "pk")
        )


class PolicyActionManager(models.Manager.from_queryset(PolicyActionQuerySet)):
    """Every action read without its search vectors: only PostgreSQL's search reads them, in SQL
    (`matching`), never as attributes. Loaded, they are hundreds to thousands of bytes of every
    row of every list, the API and the admin; triggers write them, and a saved action writes
    only the fields it loaded."""

    def get_queryset(self):
        return super().get_queryset().defer("search_document", "search_with_sources")


class PolicyAction(models.Model):
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
    def display_date(self):
        return format_partial_date(self.date, self.date_precision)

    @property
    def iso_date(self):
        """ "2019-06" for June 2019: valid in a <time datetime> and in exports."""
        return iso_partial_date(self.date, self.date_precision)

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
