"""What the API says about each record: stable identifiers first, published data only.

Articles are given by headline, address, publisher, date and excerpt; their text is never
served, as on the site.
"""

from django.urls import reverse
from rest_framework import serializers
from rest_framework.reverse import preserve_builtin_query_params

from articles.models import Article
from core.links import link
from directory.models import Jurisdiction, JurisdictionKind, Organisation
from policies.choices import ActionExtent, ActionScope, ActionStatus, ParticipantRole
from policies.dates import DatePrecision

from ..exports import SiteLinks
from ..json_rows import COMPACT, record_json_from
from ..record import MEMBERS, TEXT, Member, action_record


class _PageUrlField(serializers.SerializerMethodField):
    """The record's page on the site, as an absolute URL."""

    def __init__(self, **kwargs):
        super().__init__(method_name="_page_url", **kwargs)


class _WithPage:
    def _page_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class _IdentityLinkField(serializers.HyperlinkedIdentityField):
    """The record's address in the API, its URL reversed once a process (`core.links.link`),
    not once a record: `/api/organisations/` 17.8-18.3 -> 14.6 ms of CPU, `/api/jurisdictions/`
    13.2-14.6 -> 9.7-10.1 (medians of 15, two alternated rounds, bench/web). The same URL, and
    the `?format=` kept, as DRF writes it (tests/opendata/test_api_identity_links.py); a format
    suffix is left to DRF."""

    def get_url(self, obj, view_name, request, format):
        if format or request is None or getattr(request, "versioning_scheme", None) is not None:
            return super().get_url(obj, view_name, request, format)
        if obj.pk in (None, ""):
            return None
        path = link(view_name, getattr(obj, self.lookup_field))
        return preserve_builtin_query_params(request.build_absolute_uri(path), request)


class IsoCodeField(serializers.CharField):
    """An ISO 3166 code, or null for a place that has none (as in the downloads)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "ISO 3166-1 alpha-2 for countries, 3166-2 for subdivisions.")
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value):
        return value or None


class JurisdictionSerializer(_WithPage, serializers.ModelSerializer):
    url = _PageUrlField(help_text="The jurisdiction's page.")
    ocd_id = serializers.CharField(
        allow_null=True, read_only=True, help_text="Open Civic Data division ID, when it has one."
    )
    iso_code = IsoCodeField(read_only=True)
    parent = serializers.SlugRelatedField(
        slug_field="slug",
        read_only=True,
        allow_null=True,
        help_text="Slug of the jurisdiction it is inside; empty at the top of the tree.",
    )
    api_url = _IdentityLinkField(view_name="api:jurisdiction-detail", lookup_field="slug")

    class Meta:
        model = Jurisdiction
        fields = [
            "slug", "name", "qualified_name", "kind", "ocd_id", "iso_code", "url", "parent",
            "depth", "api_url",
        ]  # fmt: skip


class OrganisationSerializer(_WithPage, serializers.ModelSerializer):
    url = _PageUrlField(help_text="The organisation's page.")
    api_url = _IdentityLinkField(view_name="api:organisation-detail", lookup_field="slug")

    class Meta:
        model = Organisation
        fields = ["slug", "name", "kind", "website", "description", "url", "api_url"]


# The jurisdictions' fields read as columns (`jurisdiction_records`), in the serializer's order.
JURISDICTION_COLUMNS = (
    "slug", "name", "qualified_name", "kind", "ocd_id", "iso_code", "parent__slug", "depth"
)  # fmt: skip


def jurisdiction_records(rows, request):
    """The records `JurisdictionSerializer` writes, from rows of `JURISDICTION_COLUMNS`, for a
    request without a format suffix, as `organisation_records` (tests/opendata/
    test_api_organisations.py holds the two equal)."""
    absolute = request.build_absolute_uri
    return [
        {
            "slug": slug,
            "name": name,
            "qualified_name": qualified_name,
            "kind": kind,
            "ocd_id": ocd_id,
            "iso_code": iso_code or None,
            "url": absolute(link("policies:jurisdiction-detail", slug)),
            "parent": parent,
            "depth": depth,
            "api_url": preserve_builtin_query_params(
                absolute(link("api:jurisdiction-detail", slug)), request
            ),
        }
        for slug, name, qualified_name, kind, ocd_id, iso_code, parent, depth in rows
    ]


# The organisations' fields read as columns (`organisation_records`), in the serializer's order.
ORGANISATION_COLUMNS = ("slug", "name", "kind", "website", "description")


def organisation_records(rows, request):
    """The records `OrganisationSerializer` writes, from rows of `ORGANISATION_COLUMNS`, for a
    request without a format suffix (whose `api_url` DRF writes itself): a page of 50 was
    serialized field by field from model instances (tests/opendata/test_api_organisations.py
    holds the two equal)."""
    absolute = request.build_absolute_uri
    return [
        {
            "slug": slug,
            "name": name,
            "kind": kind,
            "website": website,
            "description": description,
            "url": absolute(link("policies:organisation-detail", slug)),
            "api_url": preserve_builtin_query_params(
                absolute(link("api:organisation-detail", slug)), request
            ),
        }
        for slug, name, kind, website, description in rows
    ]


# -- An action is the record the downloads hold ---------------------------------------------------
#
# `opendata.record.action_record` builds the one representation of a published action, for the
# CSV, JSON and TimelineJS downloads and for this API alike. The serializers below read that
# record (a dict) and describe its fields for the OpenAPI schema; none computes a value. The test
# that compares an API action with its JSON download record catches a field either side lacks.


class JurisdictionSummarySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    qualified_name = serializers.CharField(
        help_text="The name and those of the places it is inside: “Minneapolis, Minnesota, …”."
    )
    path = serializers.CharField(
        help_text="Slugs from the top of the tree: united-states/minnesota/minneapolis."
    )
    kind = serializers.ChoiceField(choices=JurisdictionKind.choices)
    ocd_id = serializers.CharField(
        allow_null=True, help_text="Open Civic Data division ID, when it has one."
    )
    iso_code = IsoCodeField()
    url = serializers.URLField(help_text="The jurisdiction's page.")


class ParticipantSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    role = serializers.ChoiceField(choices=ParticipantRole.choices)
    url = serializers.URLField(help_text="The organisation's page.")


class SourceSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.URLField(
        allow_null=True, help_text="The original article, when it has an address."
    )
    publisher = serializers.CharField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    quote = serializers.CharField(
        allow_null=True, help_text="The sentence quoted as evidence, if any."
    )
    page = serializers.URLField(help_text="The article's page on this site.")


class ActionSerializer(serializers.Serializer):
    """A published action: the record of the downloads, with its address in the API added."""

    slug = serializers.SlugField()
    url = serializers.URLField(help_text="The action's page: the address to cite.")
    api_url = serializers.URLField(help_text="This action in the API.")
    title = serializers.CharField()
    type = serializers.CharField()
    type_label = serializers.CharField(help_text="The type as the site names it.")
    status = serializers.ChoiceField(choices=ActionStatus.choices)
    status_label = serializers.CharField(help_text="The status as the site names it.")
    extent = serializers.ChoiceField(choices=ActionExtent.choices)
    scope = serializers.ChoiceField(choices=ActionScope.choices)
    date = serializers.CharField(
        help_text="ISO 8601 at the precision it is known: 2021-02-17, 2019-06 or 2019."
    )
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices)
    date_display = serializers.CharField(help_text="The date as the site shows it: “June 2019”.")
    effective_date = serializers.DateField(allow_null=True)
    expiry_date = serializers.DateField(allow_null=True)
    jurisdiction = JurisdictionSummarySerializer(
        allow_null=True, help_text="Empty for company-wide or worldwide actions."
    )
    organisations = ParticipantSerializer(many=True)
    summary = serializers.CharField()
    sources = SourceSerializer(many=True)
    published_at = serializers.DateTimeField(
        allow_null=True,
        help_text="When the action was first published; feeds announce actions by it.",
    )
    updated_at = serializers.DateTimeField()

    def to_representation(self, action):
        request = self.context["request"]
        record = action_record(action, links=self._links(), paths=self._jurisdiction_paths())
        record["api_url"] = request.build_absolute_uri(
            reverse("api:action-detail", kwargs={"slug": action.slug})
        )
        return super().to_representation(record)

    def _links(self):
        # Resolved once per response and shared by a list's items, like the paths below.
        if "site_links" not in self.context:
            self.context["site_links"] = SiteLinks(self.context["request"].build_absolute_uri)
        return self.context["site_links"]

    def _jurisdiction_paths(self):
        # The places of the response's actions and those above them, in one query, once per
        # response: a list's items share their parent's context, so they share this too.
        if "jurisdiction_paths" not in self.context:
            actions = self.parent.instance if self.parent is not None else [self.instance]
            place_ids = {action.jurisdiction_id for action in actions} - {None}
            self.context["jurisdiction_paths"] = Jurisdiction.objects.slug_paths_of(place_ids)
        return self.context["jurisdiction_paths"]


class ArticleSerializer(_WithPage, serializers.ModelSerializer):
    id = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField(
        help_text="The original article, when it has an address."
    )
    page = _PageUrlField(help_text="The article's page on this site.")
    api_url = _IdentityLinkField(view_name="api:article-detail")
    publisher = serializers.CharField(
        source="provider.name", read_only=True, allow_null=True, default=None
    )
    # Slugs read as rows for the page (`article_views.attach_slugs`).
    organisations = serializers.ListField(
        child=serializers.CharField(), source="organisation_slugs", read_only=True
    )
    jurisdictions = serializers.ListField(
        child=serializers.CharField(), source="jurisdiction_slugs", read_only=True
    )
    cited_by = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="Slugs of published actions citing it.",
    )

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "page",
            "api_url",
            "publisher",
            "published_at",
            "excerpt",
            "organisations",
            "jurisdictions",
            "cited_by",
        ]

    def get_url(self, article) -> str | None:
        return article.url if article.is_web_url else None


def _order_of(serializer):
    """(name, the nested fields' order or None) of each of `serializer`'s fields, in order."""
    order = []
    for name, field in serializer.fields.items():
        nested = field.child if isinstance(field, serializers.ListSerializer) else field
        order.append(
            (name, _order_of(nested) if isinstance(nested, serializers.Serializer) else None)
        )
    return order


def _members_in_order(members, order):
    """A table of `members` (`record.MEMBERS`) in `order` (`_order_of`), nested objects' and
    lists' members too; a field either side lacks is an error."""
    by_key = {member.key: member for member in members}
    if set(by_key) != {name for name, _ in order}:
        raise ValueError(f"Members {sorted(by_key)} are not the fields {[n for n, _ in order]}")
    arranged = []
    for name, nested in order:
        member = by_key[name]
        if nested is not None:
            written = member.written
            member = member._replace(
                written=written._replace(members=_members_in_order(written.members, nested))
            )
        arranged.append(member)
    return tuple(arranged)


class ActionLinks(SiteLinks):
    """The links of an action's record, and its address in the API (`api_action`)."""

    def __init__(self, absolute):
        super().__init__(absolute)
        self.api_action = self._link(*self._parts(absolute, "api:action-detail"))


# The download's record with its address in the API, its fields in the order `ActionSerializer`
# declares them, written as JSON text as DRF's JSON renderer writes it (`separators=(",", ":")`,
# `ensure_ascii=False`) by code generated from that table (`json_rows`), with `ActionLinks`.
ACTION_MEMBERS = _members_in_order(
    (*MEMBERS, Member("api_url", "links.api_action(slug)", TEXT)), _order_of(ActionSerializer())
)
action_json = record_json_from(ACTION_MEMBERS, COMPACT)
