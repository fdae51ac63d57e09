"""Filters for the API lists that have no page of their own to share a FilterSet with.

Actions and articles use the site's own FilterSets (policies.filters, policies.news_filters).
"""

import django_filters

from core.search import SearchFilter
from directory.models import Jurisdiction, JurisdictionKind, Organisation, OrganisationKind


class JurisdictionFilterSet(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(
        choices=JurisdictionKind.choices,
        error_messages={"invalid_choice": "“%(value)s” is not a kind of jurisdiction."},
    )
    parent = django_filters.ModelChoiceFilter(
        queryset=Jurisdiction.objects.all(),
        to_field_name="slug",
        help_text="Only the places directly inside this one (its slug).",
        error_messages={"invalid_choice": "No jurisdiction called “%(value)s” is known."},
    )
    within = django_filters.ModelChoiceFilter(
        queryset=Jurisdiction.objects.all(),
        to_field_name="slug",
        method="filter_within",
        help_text="This place and everything inside it, at any depth (its slug).",
        error_messages={"invalid_choice": "No jurisdiction called “%(value)s” is known."},
    )

    class Meta:
        model = Jurisdiction
        fields = []

    def filter_within(self, queryset, name, jurisdiction):
        return queryset.descendants_of(jurisdiction)


class OrganisationFilterSet(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(
        choices=OrganisationKind.choices,
        error_messages={"invalid_choice": "“%(value)s” is not a kind of organisation."},
    )
    q = SearchFilter(help_text="Words in the organisation's name.")

    class Meta:
        model = Organisation
        fields = []
