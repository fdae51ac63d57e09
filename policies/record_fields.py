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
from django.db.models import Q
from django.urls import reverse_lazy
from django.utils.html import format_html

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
    choices are never listed."""

    def __init__(self, *, find_by_name, source, key="slug", **kwargs):
        kwargs["widget"] = SuggestingInput(source)
        kwargs.pop("to_field_name", None)
        super().__init__(to_field_name=key, **kwargs)
        self.find_by_name = find_by_name
        self.key = key

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        # No slug or name holds a NUL, and PostgreSQL refuses one in a query: it names nothing.
        found = None
        if text and "\x00" not in text:
            found = self.queryset.filter(**{self.key: text}).first() or self.find_by_name(
                self.queryset, text
            )
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found

    def validate(self, value):
        forms.Field.validate(self, value)


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
    def __init__(self, **kwargs):
        super().__init__(
            find_by_name=publisher_called,
            source=reverse_lazy("news:publisher-suggestions"),
            key="domain",
            **kwargs,
        )


class PlaceFilter(django_filters.ModelChoiceFilter):
    """Any place in the world, by slug or name (with its state or country to tell same-named
    places apart); a state or country includes everything inside it."""

    field_class = PlaceByNameField

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Jurisdiction.objects.all())
        super().__init__(**kwargs)


class OrganisationFilter(django_filters.ModelChoiceFilter):
    field_class = OrganisationByNameField


class PublisherFilter(django_filters.ModelChoiceFilter):
    """A publisher by its domain (what links carry) or its name, typed with suggestions."""

    field_class = PublisherByNameField
