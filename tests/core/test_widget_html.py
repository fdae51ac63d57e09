"""Widgets written in Python print exactly what Django's widget templates print."""

import datetime

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from core.widget_html import PythonWidgets, PythonWidgetsForm

HOSTILE = "<b>\"Tom\" & 'Jerry'</b>"
CHOICES = [
    ("", "Any"),
    ("plain", "Plain"),
    (HOSTILE, HOSTILE),
    ("safe", mark_safe("<i>already safe</i>")),
    ("lazy", gettext_lazy("Lazy label")),
    (7, 7),
    ("Group <1>", [("g1", "In a group"), ("g2", HOSTILE)]),
]


class EveryWidget(forms.Form):
    text = forms.CharField(widget=forms.TextInput(attrs={"maxlength": 200, "data-x": HOSTILE}))
    search = forms.CharField(widget=forms.TextInput(attrs={"type": "search", "autofocus": True}))
    number = forms.IntegerField()
    day = forms.DateField(widget=forms.DateInput(attrs={"disabled": False}))
    hidden = forms.CharField(widget=forms.HiddenInput)
    email = forms.EmailField(help_text="Described")
    choice = forms.ChoiceField(choices=CHOICES)
    several = forms.MultipleChoiceField(choices=CHOICES, widget=forms.SelectMultiple)
    checks = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple)
    radios = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect)
    notes = forms.CharField(widget=forms.Textarea)  # left to its template


DATA = [
    {},
    {
        "text": HOSTILE,
        "search": mark_safe("<safe>"),
        "number": "12",
        "day": "2024-02-29",
        "hidden": HOSTILE,
        "email": "a@b.example",
        "choice": HOSTILE,
        "several": ["plain", "g2", 7],
        "checks": [HOSTILE, "7", "lazy"],
        "radios": "g1",
        "notes": HOSTILE,
    },
    {"day": datetime.date(2020, 1, 2), "number": "not a number", "choice": "nothing"},
]


def everything_printed(form):
    """Each field whole, and each choice of the fields that have them as the filter form
    prints them: `choice.tag` alone, and in its label."""
    parts = [str(field) for field in form]
    for name in ("checks", "radios"):
        for choice in form[name]:
            parts += [choice.tag(), choice.tag(wrap_label=True), str(choice)]
    return parts


@pytest.mark.parametrize("data", DATA)
def test_every_widget_prints_what_its_template_prints(data):
    bound = bool(data)
    with_templates = EveryWidget(data or None, renderer=DjangoTemplates())
    written = EveryWidget(data or None, renderer=PythonWidgets())
    assert bound == with_templates.is_bound
    assert everything_printed(written) == everything_printed(with_templates)


def test_the_inputs_selects_and_options_are_written_without_templates(monkeypatch):
    renderer = PythonWidgets()
    form = EveryWidget({"checks": ["plain"]}, renderer=renderer)
    rendered = []
    original = DjangoTemplates.render

    def spy(self, template_name, context, request=None):
        rendered.append(template_name.rsplit("/", 1)[-1])
        return original(self, template_name, context, request)

    monkeypatch.setattr(DjangoTemplates, "render", spy)
    everything_printed(form)
    # Only the widgets it was not written for: the textarea, and the lists of checkboxes and
    # radio buttons printed whole (which include the options' templates in turn).
    assert set(rendered) == {"textarea.html", "checkbox_select.html", "radio.html"}


def test_a_template_not_as_written_is_rendered_from_the_template(monkeypatch):
    renderer = PythonWidgets()
    source = renderer.get_template("django/forms/widgets/attrs.html").template.source
    monkeypatch.setattr(
        renderer.get_template("django/forms/widgets/attrs.html").template, "source", source + " "
    )
    assert renderer.known_writers() == {}


def test_the_filter_forms_use_it():
    from policies.filters import ActionFilter
    from policies.news_filters import ArticleFilter

    for filterset in (ActionFilter, ArticleFilter):
        form = filterset({}).form
        assert isinstance(form, PythonWidgetsForm)
        assert isinstance(form.renderer, PythonWidgets)
