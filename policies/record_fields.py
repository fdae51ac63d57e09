"""Filter fields that choose one place or organisation by typing it, not from a list.

The directory holds the world's places and the news thousands of organisations and
publishers: a `<select>`
of them all made every list page half a megabyte. These fields are a text box instead. The
value is a slug (what links and shared URLs carry) or a name as the suggestions show it
("Portland, Maine, United States", "ACLU"); a script fills the box's `<datalist>` from a small
JSON endpoint as one types (`static/js/suggest.js`), and without it typing a name still works.
"""

import re

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.urls import reverse_lazy
from django.utils.html import format_html

from core.sql_once import SqlOnce, loaded_fields, record
from directory.models import Jurisdiction

from .places import place_called

# "Name (domain)": a publisher's label (`publisher_label`).
PUBLISHER_LABEL = re.compile(r".* \((?P<domain>[^()\s]+)\)")


class SuggestingInput(forms.TextInput):
    """A text box with a `<datalist>` of suggestions that `suggest.js` fills from `source`."""

    def __init__(self, source, attrs=None):
        attrs = {"autocomplete": "off", "maxlength": 200, **(attrs or {})}
        super().__init__(attrs)
        self.source = source

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        widget_attrs["list"] = f"{widget_attrs.get('id', name)}-suggestions"
        widget_attrs["data-suggestions"] = str(self.source)
        return context

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)
        box = self._render(self.template_name, context, renderer)
        return format_html(
            '{}<datalist id="{}"></datalist>', box, context["widget"]["attrs"]["list"]
        )


class RecordByNameField(forms.ModelChoiceField):
    """One record of `queryset`, given by its `key` (a slug; a publisher's domain) or by its
    name (`find_by_name(queryset, text)` returns the best record of that name or None). Its
    choices are never listed. `by_key(text, database)`, given, looks a key up in its place
    (`RecordByKey`)."""

    key = "slug"

    def __init__(self, *, find_by_name, source, by_key=None, **kwargs):
        kwargs["widget"] = SuggestingInput(source)
        kwargs.pop("to_field_name", None)
        super().__init__(to_field_name=self.key, **kwargs)
        self.find_by_name = find_by_name
        self.by_key = by_key

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        # No slug or name holds a NUL, and PostgreSQL refuses one in a query: it names nothing.
        found = None
        if text and "\x00" not in text:
            found = self.found_by_key(text) or self.find_by_name(self.queryset, text)
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found

    def found_by_key(self, text):
        """The record of `queryset` whose key is `text`, or None."""
        if self.by_key is not None:
            return self.by_key(text, self.queryset.db)
        return self.queryset.filter(**{self.key: text}).first()

    def validate(self, value):
        forms.Field.validate(self, value)


class RecordByKey:
    """The record of `queryset` whose `key` (a unique field) is a text, or None, its query
    written once a process (`SqlOnce`) where the ORM wrote it for every request: a slug in a
    timeline's URL took 0.4-0.5 ms of CPU to look up so (SQLite, bench/web), as much as
    the rest of the filters' checks."""

    STAND_IN = "\x00stand-in"  # no key holds a NUL (`RecordByNameField.to_python`)

    def __init__(self, queryset, key):
        self.model = queryset.model
        self.names = loaded_fields(self.model)
        self.query = SqlOnce(
            lambda text: queryset.filter(**{key: text}).values_list(*self.names), self.STAND_IN
        )

    def __call__(self, text, using):
        rows = self.query.rows(text, using=using, limit=1)
        return record(self.model, self.names, rows[0], using) if rows else None


def organisation_called(organisations, text):
    """The organisation of `organisations` whose name is `text`, ignoring case (the first by
    name when several share it), or None."""
    return organisations.filter(name__iexact=text).order_by("name", "pk").first()


def publisher_label(name, domain):
    """A publisher as its suggestion names it: "The Daily (daily.example)". Publishers may
    share a name but never a domain, so the label tells them apart, and typed back it finds
    that one publisher (`publisher_called`)."""
    return domain if name.casefold() == domain.casefold() else f"{name} ({domain})"


def publisher_called(publishers, text):
    """The publisher of `publishers` labelled `text` (`publisher_label`), or whose name or
    domain is `text`, ignoring case (the first by name when several share it), or None."""
    labelled = PUBLISHER_LABEL.fullmatch(text)
    if labelled and (found := publishers.filter(domain__iexact=labelled["domain"]).first()):
        return found
    found = publishers.filter(Q(name__iexact=text) | Q(domain__iexact=text))
    return found.order_by("name", "pk").first()


class PlaceByNameField(RecordByNameField):
    def __init__(self, **kwargs):
        super().__init__(
            find_by_name=lambda places, text: place_called(text, places),
            source=reverse_lazy("policies:place-suggestions"),
            **kwargs,
        )


class OrganisationByNameField(RecordByNameField):
    def __init__(self, **kwargs):
        super().__init__(
            find_by_name=organisation_called,
            source=reverse_lazy("policies:organisation-suggestions"),
            **kwargs,
        )


class PublisherByNameField(RecordByNameField):
    key = "domain"

    def __init__(self, **kwargs):
        super().__init__(
            find_by_name=publisher_called,
            source=reverse_lazy("news:publisher-suggestions"),
            **kwargs,
        )


class RecordFilter(django_filters.ModelChoiceFilter):
    """A filter of one record typed by key or name (`RecordByNameField`), its lookup by key
    written once with the filter (`RecordByKey`) when its queryset is a queryset (not a
    function of the request)."""

    def __init__(self, **kwargs):
        queryset = kwargs.get("queryset")
        if isinstance(queryset, QuerySet):
            kwargs.setdefault("by_key", RecordByKey(queryset, self.field_class.key))
        super().__init__(**kwargs)


class PlaceFilter(RecordFilter):
    """Any place in the world, by slug or name (with its state or country to tell same-named
    places apart); a state or country includes everything inside it."""

    field_class = PlaceByNameField

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Jurisdiction.objects.all())
        super().__init__(**kwargs)


class OrganisationFilter(RecordFilter):
    field_class = OrganisationByNameField


class PublisherFilter(RecordFilter):
    """A publisher by its domain (what links carry) or its name, typed with suggestions."""

    field_class = PublisherByNameField
