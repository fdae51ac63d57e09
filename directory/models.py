"""Places and organisations: the reference data that news and actions both point at.

Jurisdictions form a tree (nested sets, so "everything inside Minnesota" is one range query);
organisations and jurisdictions carry aliases, the ways news text writes their names.
"""

import functools

from django.core.exceptions import EmptyResultSet, ValidationError
from django.db import connections, models, transaction
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from simple_history.models import HistoricalRecords

from core.links import link
from core.queries import IDS_LATER, AmongIds, ForEachIds
from core.search import search_words
from core.slugs import check_slug_not_retired

from . import nesting
from .names import takes_the
from .tree import jurisdiction_paths


class JurisdictionKind(models.TextChoices):
    INTERNATIONAL = "international", "International body"
    SUPRANATIONAL = "supranational", "Supranational union"
    COUNTRY = "country", "Country"
    STATE = "state", "State or province"
    COUNTY = "county", "County"
    CITY = "city", "City"


class JurisdictionQuerySet(models.QuerySet):
    def descendants_of(self, jurisdiction, *, include_self=True):
        """Everything inside `jurisdiction`: one range query on the indexed nested-set bounds."""
        lower = jurisdiction.tree_left if include_self else jurisdiction.tree_left + 1
        return self.filter(tree_left__gte=lower, tree_left__lte=jurisdiction.tree_right)

    def ancestors_of(self, jurisdiction, *, include_self=False):
        query = Q(tree_left__lt=jurisdiction.tree_left, tree_right__gt=jurisdiction.tree_right)
        if include_self:
            query |= Q(pk=jurisdiction.pk)
        return self.filter(query)

    def regions(self):
        """Countries, states and the bodies above them: not counties or cities, of which
        there are hundreds of thousands."""
        return self.exclude(kind__in=[JurisdictionKind.COUNTY, JurisdictionKind.CITY])

    def in_tree_order(self):
        return self.order_by("tree_left")

    def containing_any(self, places):
        """The places in `places` (a query of jurisdiction ids) and every place above them.

        Walked up the `parent` links in one recursive query, a primary-key lookup per step:
        the nested-set bounds would answer "what is above" only by scanning half the index
        for each place, which is slow with tens of thousands of places.

        The roots' missing parents (NULL) are dropped at the end, not in each step: a step that
        may drop the rows it looks up made SQLite build a Bloom filter over the whole table
        (a scan of 74,616 places) for every walk, 9-10 ms even for one place's ancestors
        (now 0.1 ms), and 19 -> 11 ms for walking up from 4,062 places with actions.
        """
        try:
            inner_sql, params = places.order_by().query.sql_with_params()
        except EmptyResultSet:  # a query known to find nothing (`pk__in=[]`) has no SQL
            return self.none()
        table = connections[self.db].ops.quote_name(self.model._meta.db_table)
        # Only the table's own quoted name is formatted in; every value stays a parameter.
        upward = (
            f"WITH RECURSIVE upward(id) AS ({inner_sql} UNION "  # noqa: S608
            f"SELECT place.parent_id FROM {table} place JOIN upward ON place.id = upward.id"
            ") SELECT id FROM upward WHERE id IS NOT NULL"
        )
        return self.filter(pk__in=RawSQL(upward, params))  # noqa: S611

    def named(self, text):
        """Places found by any of their names (see `place_names.places_named`)."""
        from .place_names import places_named

        return places_named(self, text)

    def slug_paths(self):
        """Each jurisdiction's path of slugs from its root, by pk, read in one query:
        "united-states/minnesota/minneapolis". Exports and the API give it with each place."""
        return jurisdiction_paths(self.values_list("pk", "parent_id", "slug"))

    def slug_paths_of(self, place_ids):
        """`slug_paths()` of the places `place_ids` only, from them and the places above them
        (one query): the API's page of 50 actions reads a few dozen places, not the world.
        `place_ids` may be a subquery (a download's actions' places), never evaluated here."""
        if not isinstance(place_ids, models.QuerySet):
            if not place_ids:
                return {}
            return jurisdiction_paths(_paths_among_ids(self.db).rows(place_ids))
        places = self.filter(pk__in=place_ids).values("pk")
        return self.containing_any(places).slug_paths()


@functools.cache
def _paths_among_ids(alias):
    """`slug_paths_of` a list of place ids, a query compiled once a process (`ForEachIds`): a
    read API page's 50 places 1.2-1.45 -> 0.4 ms of CPU (bench/web; mostly ORM query building)."""
    places = Jurisdiction.objects.using(alias).filter(AmongIds(F("pk"), IDS_LATER)).values("pk")
    walk = Jurisdiction.objects.using(alias).containing_any(places)
    return ForEachIds(walk.values_list("pk", "parent_id", "slug"))


class JurisdictionManager(models.Manager.from_queryset(JurisdictionQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def rebuild_tree(self):
        """Renumber the whole forest (nested-set bounds with gaps, depth, qualified names);
        returns how many rows changed. Saving a place renumbers only what it moves."""
        with transaction.atomic():
            return nesting.rebuild(self.model)


class Jurisdiction(models.Model):
    """A place or body whose rules an action belongs to: the EU, France, Minnesota, Minneapolis.

    The tree is stored twice: `parent` is the truth staff edit, and the nested-set bounds
    (`tree_left`/`tree_right`) are derived from it so that "everything inside Minnesota" is a
    single indexed range query. `qualified_name` ("Somerville, Massachusetts, United States")
    is derived the same way so lists can show it without walking parents row by row.
    """

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=JurisdictionKind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    ocd_id = models.CharField(
        "Open Civic Data division ID",
        max_length=255,
        unique=True,
        null=True,
        blank=True,
        help_text="For example ocd-division/country:us/state:ma/place:somerville",
    )
    iso_code = models.CharField(
        "ISO 3166 code",
        max_length=6,
        blank=True,
        help_text="ISO 3166-1 alpha-2 for countries (FR), ISO 3166-2 for subdivisions (US-MA).",
    )
    geonames_id = models.PositiveIntegerField(
        "GeoNames ID", unique=True, null=True, blank=True, help_text="For example 4930956 (Boston)"
    )
    official_name = models.CharField(
        max_length=300,
        blank=True,
        help_text="The source's own name where people write another: “Boston city”, “Attikí”.",
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    population = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="From GeoNames; breaks ties between places of one name."
    )

    tree_left = models.PositiveIntegerField(default=0, editable=False)
    tree_right = models.PositiveIntegerField(default=0, editable=False)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    qualified_name = models.CharField(max_length=600, blank=True, editable=False)

    objects = JurisdictionManager()
    # The derived tree fields are renumbered in bulk and would only add noise to the history.
    history = HistoricalRecords(
        excluded_fields=["tree_left", "tree_right", "depth", "qualified_name"]
    )

    class Meta:
        ordering = ["tree_left", "name"]
        indexes = [
            models.Index(fields=["tree_left", "tree_right"], name="jurisdiction_tree_idx"),
            models.Index(fields=["kind", "name"], name="jurisdiction_kind_name_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=JurisdictionKind.values), name="jurisdiction_kind_valid"
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="jurisdiction_not_own_parent"
            ),
            models.UniqueConstraint(
                fields=["iso_code"], condition=~Q(iso_code=""), name="jurisdiction_iso_code_unique"
            ),
            models.CheckConstraint(
                condition=Q(ocd_id__isnull=True) | Q(ocd_id__startswith="ocd-division/"),
                name="jurisdiction_ocd_id_format",
            ),
        ]

    def __str__(self):
        return self.qualified_name or self.name

    def save(self, *args, rebuild_tree=True, **kwargs):
        """Save, then give the place bounds where it now belongs when it is new or its parent
        or name changed (children are kept in name order). `rebuild_tree=False` leaves that
        to the caller, which must then call `Jurisdiction.objects.rebuild_tree()`."""
        if self.ocd_id == "":
            self.ocd_id = None
        stored = None
        if not self._state.adding:
            stored = (
                Jurisdiction.objects.filter(pk=self.pk)
                .values_list("parent_id", "name", "tree_left", "tree_right")
                .first()
            )
        tree_changed = stored is None or stored[:2] != (self.parent_id, self.name)
        with transaction.atomic():
            super().save(*args, **kwargs)
            if tree_changed and rebuild_tree:
                nesting.place(Jurisdiction, self, stored[2:] if stored else None)
        if tree_changed and rebuild_tree:
            self.refresh_from_db(fields=["tree_left", "tree_right", "depth", "qualified_name"])

    def get_absolute_url(self):
        return link("policies:jurisdiction-detail", self.slug)

    @property
    def name_in_sentence(self):
        """Its name as a sentence writes it: "the United States", "Boston"."""
        return f"the {self.name}" if takes_the(self.name, self.kind) else self.name

    @property
    def qualified_name_in_sentence(self):
        """ "the United States", "Boston, Massachusetts, United States"."""
        name = self.qualified_name or self.name
        return f"the {name}" if takes_the(self.name, self.kind) else name

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        check_slug_not_retired(self)
        if self.ocd_id == "":
            self.ocd_id = None
        if self.parent_id and self.pk:
            if self.parent_id == self.pk:
                raise ValidationError({"parent": "A jurisdiction cannot be its own parent."})
            if (
                self.tree_right
                and Jurisdiction.objects.descendants_of(self).filter(pk=self.parent_id).exists()
            ):
                raise ValidationError({"parent": "The parent cannot be inside this jurisdiction."})


class OrganisationKind(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", "Civil society"
    COMPANY = "company", "Company"
    GOVERNMENT = "government", "Legislature or government body"
    REGULATOR = "regulator", "Regulator"
    COURT = "court", "Court"
    MEDIA = "media", "Media"
    COALITION = "coalition", "Coalition"


class ReviewStatus(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed"
    CANDIDATE = "candidate", "Candidate (found in the news, not yet confirmed)"
    REJECTED = "rejected", "Rejected (not an organisation)"


class OrganisationQuerySet(models.QuerySet):
    def matching(self, text):
        """Organisations whose name holds every word of `text`, ignoring case: names are short,
        so the API's `q` (core.search.SearchFilter) needs no full-text index for them."""
        matches = Q()
        for word in search_words(text):
            matches &= Q(name__icontains=word)
        return self.filter(matches)

    def confirmed(self):
        return self.filter(review_status=ReviewStatus.CONFIRMED)

    def candidates(self):
        return self.filter(review_status=ReviewStatus.CANDIDATE)


class Organisation(models.Model):
    """Someone who acts, signs or is acted on. Organisations the importer finds in the news
    without knowing them are stored as *candidates*: staff confirm or reject them, and until
    then they show nowhere public unless a published action names them."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        help_text="The place it is named after or belongs to: Boston for the Boston City Council.",
    )
    review_status = models.CharField(
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.CONFIRMED,
        help_text="Candidates were found in the news; a rejected name is never suggested again.",
    )

    objects = OrganisationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "name"], name="organisation_kind_name_idx"),
            models.Index(fields=["review_status", "name"], name="organisation_review_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(review_status__in=ReviewStatus.values),
                name="organisation_review_status_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return link("policies:organisation-detail", self.slug)

    @property
    def website_url(self):
        """The website as a link: only an http(s) address is ever linked. Curated records and
        imports reach the database without a form, so "javascript:..." must not become an href."""
        website = self.website.strip()
        return website if website.lower().startswith(("https://", "http://")) else ""

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        check_slug_not_retired(self)


class Alias(models.Model):
    """A way a name is written in news text, used to link articles to what they mention.

    Matches are whole words. `case_sensitive` keeps short or common words honest ("US" but not
    "us"). An `exclude` alias is a phrase that contains a match but means something else:
    "Amazon rainforest" stops "Amazon" the company from matching there.
    """

    text = models.CharField(max_length=200)
    case_sensitive = models.BooleanField(
        default=False, help_text="Match only with this exact capitalisation."
    )
    exclude = models.BooleanField(
        default=False,
        help_text="A phrase that contains a match but means something else ('Amazon rainforest').",
    )

    class Meta:
        abstract = True
        ordering = ["text"]

    def __str__(self):
        return f"not “{self.text}”" if self.exclude else self.text


class OrganisationAlias(Alias):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="aliases")

    history = HistoricalRecords()

    class Meta(Alias.Meta):
        verbose_name_plural = "organisation aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "text"], name="organisation_alias_unique"
            )
        ]


class JurisdictionAlias(Alias):
    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.CASCADE, related_name="aliases")

    history = HistoricalRecords()

    class Meta(Alias.Meta):
        verbose_name_plural = "jurisdiction aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "text"], name="jurisdiction_alias_unique"
            )
        ]


# Defined in its own module, beside the search it serves; imported here so Django finds it.
