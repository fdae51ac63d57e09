"""Places and organisations: the reference data that news and actions both point at.

Jurisdictions form a tree (nested sets, so "everything inside Minnesota" is one range query);
organisations and jurisdictions carry aliases, the ways news text writes their names.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

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

    def in_tree_order(self):
        return self.order_by("tree_left")

    def slug_paths(self):
        """Each jurisdiction's path of slugs from its root, by pk, read in one query:
        "united-states/minnesota/minneapolis". Exports and the API give it with each place."""
        return jurisdiction_paths(self.values_list("pk", "parent_id", "slug"))


class JurisdictionManager(models.Manager.from_queryset(JurisdictionQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    @transaction.atomic
    def rebuild_tree(self):
        """Recompute nested-set bounds, depth and qualified names for the whole forest.

        Jurisdictions change rarely and number in the thousands at most, so renumbering
        everything in one pass is simpler and safer than patching intervals in place.
        Children are numbered in name order, so tree order is also the display order.
        """
        rows = list(self.order_by("name").values_list("pk", "parent_id", "name"))
        children = {}
        for pk, parent_id, _name in rows:
            children.setdefault(parent_id, []).append(pk)
        names = {pk: name for pk, _parent, name in rows}
        bounds = {}
        counter = 0
        # An explicit stack instead of recursion: deep or long chains cannot overflow.
        stack = [(pk, 0, (), False) for pk in reversed(children.get(None, []))]
        while stack:
            pk, depth, ancestry, closing = stack.pop()
            counter += 1
            if closing:
                bounds[pk][1] = counter
                continue
            qualified = ", ".join((names[pk], *ancestry))
            bounds[pk] = [counter, None, depth, qualified]
            stack.append((pk, depth, ancestry, True))
            for child in reversed(children.get(pk, [])):
                stack.append((child, depth + 1, (names[pk], *ancestry), False))
        if len(bounds) != len(rows):
            raise ValidationError(
                "The jurisdiction tree has a cycle; no jurisdiction may contain itself."
            )
        changed = []
        for jurisdiction in self.all():
            left, right, depth, qualified = bounds[jurisdiction.pk]
            current = (jurisdiction.tree_left, jurisdiction.tree_right, jurisdiction.depth)
            if current != (left, right, depth) or jurisdiction.qualified_name != qualified:
                jurisdiction.tree_left, jurisdiction.tree_right = left, right
                jurisdiction.depth, jurisdiction.qualified_name = depth, qualified
                changed.append(jurisdiction)
        self.bulk_update(
            changed, ["tree_left", "tree_right", "depth", "qualified_name"], batch_size=500
        )
        return len(changed)


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
        if self.ocd_id == "":
            self.ocd_id = None
        tree_changed = self._state.adding or self._tree_fields_changed()
        super().save(*args, **kwargs)
        if tree_changed and rebuild_tree:
            Jurisdiction.objects.rebuild_tree()
            self.refresh_from_db(fields=["tree_left", "tree_right", "depth", "qualified_name"])

    def get_absolute_url(self):
        return reverse("policies:jurisdiction-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    def clean(self):
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

    def _tree_fields_changed(self):
        stored = Jurisdiction.objects.filter(pk=self.pk).values_list("parent_id", "name").first()
        return stored != (self.parent_id, self.name)


class OrganisationKind(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", "Civil society"
    COMPANY = "company", "Company"
    GOVERNMENT = "government", "Legislature or government body"
    REGULATOR = "regulator", "Regulator"
    COURT = "court", "Court"
    MEDIA = "media", "Media"
    COALITION = "coalition", "Coalition"


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"], name="organisation_kind_name_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("policies:organisation-detail", kwargs={"slug": self.slug})

    @property
    def website_url(self):
        """The website as a link: only an http(s) address is ever linked. Curated records and
        imports reach the database without a form, so "javascript:..." must not become an href."""
        website = self.website.strip()
        return website if website.lower().startswith(("https://", "http://")) else ""

    def natural_key(self):
        return (self.slug,)


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
