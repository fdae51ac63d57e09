"""Filters for the public list of imported news, as GET parameters like the timeline's."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

from policies.filters import MAX_SEARCH_LENGTH, JurisdictionFilter
from policies.models import Citation, EditorialState, Jurisdiction, Organisation

from .models import Article, Provider


class YesNoField(forms.NullBooleanField):
    """Yes, no, or either when left empty. Django's NullBooleanField reads any other value as
    "either", so ?cited=maybe would quietly list everything; here it is an error naming it."""

    default_error_messages = {"invalid": "“%(value)s” is neither “true” nor “false”."}

    def to_python(self, value):
        answer = super().to_python(value)
        if answer is None and value not in self.empty_values:
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid", params={"value": value}
            )
        return answer


class YesNoFilter(django_filters.BooleanFilter):
    field_class = YesNoField


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        max_length=MAX_SEARCH_LENGTH,
        method="filter_text",
        help_text="Words in the headline, excerpt or text.",
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    provider = django_filters.ModelChoiceFilter(
        label="Publisher",
        queryset=Provider.objects.order_by("name"),
        to_field_name="domain",
        empty_label="Any publisher",
        error_messages={"invalid_choice": "No publisher at “%(value)s” is known."},
    )
    organisation = django_filters.ModelChoiceFilter(
        label="Mentions organisation",
        queryset=Organisation.objects.public().order_by("name"),
        to_field_name="slug",
        field_name="organisations",
        empty_label="Any organisation",
        error_messages={"invalid_choice": "No organisation called “%(value)s” is known."},
    )
    jurisdiction = JurisdictionFilter(
        label="Mentions place",
        queryset=Jurisdiction.objects.in_tree_order(),
        to_field_name="slug",
        method="filter_jurisdiction",
        empty_label="Anywhere",
        help_text="A state or country includes the places inside it.",
        error_messages={"invalid_choice": "No jurisdiction called “%(value)s” is known."},
    )
    cited = YesNoFilter(
        label="Cited by a published action",
        method="filter_cited",
        widget=forms.Select(choices=[("", "Either"), ("true", "Yes"), ("false", "Not yet")]),
    )

    class Meta:
        model = Article
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.matching(value).order_by("-rank", "-published_at", "title", "pk")

    def filter_jurisdiction(self, queryset, name, jurisdiction):
        mentioned = Article.jurisdictions.through.objects.filter(
            article=OuterRef("pk"),
            jurisdiction__tree_left__gte=jurisdiction.tree_left,
            jurisdiction__tree_left__lte=jurisdiction.tree_right,
        )
        return queryset.filter(Exists(mentioned))

    def filter_cited(self, queryset, name, cited):
        published_citation = Citation.objects.filter(
            article=OuterRef("pk"), action__state=EditorialState.PUBLISHED
        )
        return queryset.filter(Exists(published_citation) if cited else ~Exists(published_citation))
