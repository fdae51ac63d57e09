"""The filters journalists use on the timeline, shared by every view of the same data.

Every filter is a GET parameter, so a filtered view is a URL to share. Filters that follow a
relation use `Exists` rather than joins, so an action never appears twice and counts stay true.
"""

import copy
import datetime

import django_filters
from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django_filters.filters import FilterMethod

from core.publicdata import aggregates_version
from core.search import SearchFilter
from core.widget_html import PythonWidgetsForm

from .choices import ActionStatus, ActionType, ParticipantRole
from .dates import DatePrecision
from .kept_counts import walks_actions_of
from .models import ActionParticipant, PolicyAction
from .participants import published_organisations
from .record_fields import OrganisationFilter, PlaceFilter


class SortOrder(models.TextChoices):
    NEWEST = "newest", "Newest first"
    OLDEST = "oldest", "Oldest first"
    RELEVANCE = "relevance", "Best match"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class _FiltersCopiedOneByOne(dict):
    """A filter set's `base_filters`, which django-filter deep-copies for every filter set:
    each filter copied alone, its settings (choices, querysets, widgets) shared, as nothing
    changes them once declared; a filter's `method` bound to its copy."""

    def __deepcopy__(self, memo):
        copies = {}
        for name, filter_ in self.items():
            copied = copies[name] = copy.copy(filter_)
            copied.__dict__.pop("_field", None)  # each copy makes its own field
            if isinstance(filter_.__dict__.get("filter"), FilterMethod):
                copied.filter = FilterMethod(copied)
        return copies


class LightFilterSet(django_filters.FilterSet):
    """A filter set made for each request with less work, the same filters and form: its
    filters copied one by one rather than deep (`_FiltersCopiedOneByOne`), and its form's
    class made once, as a Django form's is (each form still copies its fields). The
    timeline's filter set and form took 0.97-1.13 ms of CPU to make, now 0.33-0.54 (SQLite,
    bench/web); with the form written in Python (`filter_form.py`), `/` cost 13.1-17.1 ms
    where it now costs 9.4-11.0 (alternated runs on a loaded machine)."""

    @classmethod
    def get_filters(cls):
        return _FiltersCopiedOneByOne(super().get_filters())

    def get_form_class(self):
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            type(self)._form_class = form_class
        return form_class


class ActionFilter(LightFilterSet):
    # Whether a place's actions are found in date order rather than through the index of
    # places (`PolicyActionQuerySet.within`): the same actions, another plan.
    walks_dates = False

    q = SearchFilter(help_text="Words in the title, summary or cited articles.")
    jurisdiction = PlaceFilter(
        label="Jurisdiction",
        method="filter_jurisdiction",
        help_text="A state or country includes everything inside it.",
        error_messages={
            "invalid_choice": "No published actions are recorded for a jurisdiction "
            "called “%(value)s”."
        },
    )
    type = django_filters.MultipleChoiceFilter(
        label="Type",
        field_name="action_type",
        choices=ActionType.choices,
        # A column of the action itself: no join can repeat a row, so no DISTINCT (which
        # compared every column of every match: 24 of 31 ms of queries on PostgreSQL).
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "“%(value)s” is not a type of action."},
    )
    organisation = OrganisationFilter(
        label="Organisation",
        queryset=published_organisations(),
        method="filter_organisation",
        error_messages={
            "invalid_choice": "No published actions involve an organisation called “%(value)s”."
        },
    )
    role = django_filters.ChoiceFilter(
        label="Their role",
        choices=ParticipantRole.choices,
        method="filter_role",
        empty_label="Any role",
        error_messages={"invalid_choice": "“%(value)s” is not a role."},
    )
    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=ActionStatus.choices,
        method="filter_status",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "“%(value)s” is not a status."},
    )
    since = django_filters.DateFilter(label="From", method="filter_since", widget=DateInput)
    until = django_filters.DateFilter(label="To", method="filter_until", widget=DateInput)
    sort = django_filters.ChoiceFilter(
        label="Order",
        choices=SortOrder.choices,
        method="sort_results",
        empty_label=None,
        null_label=None,
    )

    class Meta:
        model = PolicyAction
        form = PythonWidgetsForm  # its widgets written in Python: the same HTML, sooner
        fields = []

    def filter_jurisdiction(self, queryset, name, jurisdiction):
        version = aggregates_version(self.request)
        return queryset.within(jurisdiction, walking_dates=self.walks_dates, version=version)

    def filter_organisation(self, queryset, name, organisation):
        role = self.form.cleaned_data.get("role")
        walked = walks_actions_of(self.request, organisation, queryset.db)
        return queryset.involving(organisation, role=role, walked=walked)

    def filter_role(self, queryset, name, role):
        # With an organisation, the role narrows what it did (see filter_organisation);
        # on its own it keeps actions where anyone took that part.
        if self.form.cleaned_data.get("organisation"):
            return queryset
        return queryset.filter(
            Exists(ActionParticipant.objects.filter(action=OuterRef("pk"), role=role))
        )

    def filter_status(self, queryset, name, statuses):
        return queryset.with_shown_status(statuses) if statuses else queryset

    def filter_since(self, queryset, name, day):
        # "June 2019" is stored as 1 June 2019 but lasts the whole month: it is on or after
        # 15 June 2019 in part, so it stays in the results.
        return queryset.filter(
            Q(date__gte=day)
            | Q(date_precision=DatePrecision.MONTH, date__gte=day.replace(day=1))
            | Q(date_precision=DatePrecision.YEAR, date__gte=datetime.date(day.year, 1, 1))
        )

    def filter_until(self, queryset, name, day):
        return queryset.filter(date__lte=day)

    def sort_results(self, queryset, name, order):
        return queryset  # applied in `filter_queryset()`, after every filter has run

    @property
    def searches(self):
        """Whether a text search narrows the list (and the chart reads its matches through
        the search index: `core.search.through_search_index`)."""
        return self.is_bound and self.is_valid() and bool(self.form.cleaned_data.get("q"))

    @property
    def sorts_by_relevance(self):
        """Ranked by search relevance: only when asked for and there is something searched."""
        if not (self.is_bound and self.is_valid()):
            return False
        data = self.form.cleaned_data
        return bool(data.get("q")) and data.get("sort") == SortOrder.RELEVANCE

    def filter_queryset(self, queryset):
        # Ordering comes last, after every filter (the search adds the rank it may sort by).
        queryset = super().filter_queryset(queryset)
        if self.sorts_by_relevance:
            return queryset.by_relevance()
        if self.form.cleaned_data.get("sort") == SortOrder.OLDEST:
            return queryset.order_by("date", "title", "pk")
        return queryset.order_by("-date", "title", "pk")


class InvalidFilters(Exception):
    """Filters that name nothing or cannot be read; `errors` lists them by field."""

    def __init__(self, errors):
        super().__init__("Invalid filters")
        self.errors = errors


def filtered_actions(request, queryset):
    """`queryset` narrowed and ordered by the timeline's filters in `request.GET`, exactly as
    the timeline lists it: what every download and the site-wide feed hold.

    Raises InvalidFilters when a filter names nothing or cannot be read (a page shows the
    form's errors instead; a download or feed answers 400).
    """
    filterset = ActionFilter(request.GET or None, queryset=queryset, request=request)
    if filterset.is_bound and not filterset.is_valid():
        raise InvalidFilters(filterset.errors)
    return filterset.qs
