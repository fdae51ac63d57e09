"""What the API says about each record: stable identifiers first, published data only.

Articles are given by headline, address, publisher, date and excerpt; their text is never
served, as on the site.
"""

from rest_framework import serializers

from articles.models import Article
from policies.models import (
    ActionParticipant,
    Citation,
    Jurisdiction,
    Organisation,
    PolicyAction,
)


class _PageUrlField(serializers.SerializerMethodField):
    """The record's page on the site, as an absolute URL."""

    def __init__(self, **kwargs):
        super().__init__(method_name="_page_url", **kwargs)


class _WithPage:
    def _page_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class JurisdictionSummarySerializer(_WithPage, serializers.ModelSerializer):
    url = _PageUrlField(help_text="The jurisdiction's page.")
    ocd_id = serializers.CharField(
        allow_null=True, read_only=True, help_text="Open Civic Data division ID, when it has one."
    )

    class Meta:
        model = Jurisdiction
        fields = ["slug", "name", "qualified_name", "kind", "ocd_id", "iso_code", "url"]


class JurisdictionSerializer(JurisdictionSummarySerializer):
    parent = serializers.SlugRelatedField(
        slug_field="slug",
        read_only=True,
        allow_null=True,
        help_text="Slug of the jurisdiction it is inside; empty at the top of the tree.",
    )
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:jurisdiction-detail", lookup_field="slug"
    )

    class Meta(JurisdictionSummarySerializer.Meta):
        fields = [*JurisdictionSummarySerializer.Meta.fields, "parent", "depth", "api_url"]


class OrganisationSerializer(_WithPage, serializers.ModelSerializer):
    url = _PageUrlField(help_text="The organisation's page.")
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:organisation-detail", lookup_field="slug"
    )

    class Meta:
        model = Organisation
        fields = ["slug", "name", "kind", "website", "description", "url", "api_url"]


class ParticipantSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(source="organisation.slug", read_only=True)
    name = serializers.CharField(source="organisation.name", read_only=True)
    url = serializers.SerializerMethodField(help_text="The organisation's page.")

    class Meta:
        model = ActionParticipant
        fields = ["slug", "name", "role", "url"]

    def get_url(self, participant) -> str:
        return self.context["request"].build_absolute_uri(
            participant.organisation.get_absolute_url()
        )


class SourceSerializer(serializers.ModelSerializer):
    title = serializers.CharField(source="article.title", read_only=True)
    url = serializers.SerializerMethodField(
        help_text="The original article, when it has an address."
    )
    publisher = serializers.CharField(
        source="article.provider.name", read_only=True, allow_null=True, default=None
    )
    published_at = serializers.DateTimeField(
        source="article.published_at", read_only=True, allow_null=True
    )
    quote = serializers.CharField(help_text="The sentence quoted as evidence, if any.")
    page = serializers.SerializerMethodField(help_text="The article's page on this site.")

    class Meta:
        model = Citation
        fields = ["title", "url", "publisher", "published_at", "quote", "page"]

    def get_url(self, citation) -> str | None:
        return citation.article.url if citation.article.is_web_url else None

    def get_page(self, citation) -> str:
        return self.context["request"].build_absolute_uri(citation.article.get_absolute_url())


class ActionSerializer(_WithPage, serializers.ModelSerializer):
    url = _PageUrlField(help_text="The action's page: the address to cite.")
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:action-detail", lookup_field="slug"
    )
    type = serializers.CharField(source="action_type", read_only=True)
    date = serializers.CharField(
        source="iso_date",
        read_only=True,
        help_text="ISO 8601 at the precision it is known: 2021-02-17, 2019-06 or 2019.",
    )
    date_display = serializers.CharField(source="display_date", read_only=True)
    jurisdiction = JurisdictionSummarySerializer(
        read_only=True, allow_null=True, help_text="Empty for company-wide or worldwide actions."
    )
    organisations = ParticipantSerializer(source="participants", many=True, read_only=True)
    sources = SourceSerializer(source="citations", many=True, read_only=True)

    class Meta:
        model = PolicyAction
        fields = [
            "slug",
            "url",
            "api_url",
            "title",
            "type",
            "status",
            "extent",
            "scope",
            "date",
            "date_precision",
            "date_display",
            "effective_date",
            "expiry_date",
            "jurisdiction",
            "organisations",
            "summary",
            "sources",
            "published_at",
            "updated_at",
        ]


class ArticleSerializer(_WithPage, serializers.ModelSerializer):
    id = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField(
        help_text="The original article, when it has an address."
    )
    page = _PageUrlField(help_text="The article's page on this site.")
    api_url = serializers.HyperlinkedIdentityField(view_name="api:article-detail")
    publisher = serializers.CharField(
        source="provider.name", read_only=True, allow_null=True, default=None
    )
    organisations = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    jurisdictions = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    cited_by = serializers.SerializerMethodField(help_text="Slugs of published actions citing it.")

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

    def get_cited_by(self, article) -> list[str]:
        # Prefetched with only the citations of published actions (see the view).
        return [citation.action.slug for citation in article.published_citations]
