"""Form widgets written in Python instead of through Django's widget templates: the same HTML.

Each checkbox, text box and select of a form is a template of its own, included in another
(`input_option.html` includes `input.html`, which includes `attrs.html`), rendered through a
fresh template context: the timeline's filter form has 31 of them, 26 templates rendered, 4.9 of
the page's 28 ms of CPU (bench/profile_pages.py, 20,000 actions). `PythonWidgets` writes the
inputs, options and selects here, as those templates write them, character for character: every
value goes through the template engine's own `render_value_in_context` and `stringformat`
rules, and the test compares both ways over hostile values. A template it does not know, or one
whose source is not the one it was written from (a project override, a Django upgrade), is left
to the templates.
"""

import html

from django import forms
from django.forms.renderers import DjangoTemplates
from django.template import Context, TemplateDoesNotExist
from django.template.base import render_value_in_context
from django.utils.safestring import SafeData, SafeString, mark_safe

_WIDGETS = "django/forms/widgets/"
_INCLUDE_INPUT = '{% include "django/forms/widgets/input.html" %}\n'
_INCLUDE_OPTION = '{% include "django/forms/widgets/input_option.html" %}\n'
_ATTRS = '{% include "django/forms/widgets/attrs.html" %}'
# The sources these functions were written from (Django 5.2).
SOURCES = {
    "attrs.html": "{% for name, value in widget.attrs.items %}{% if value is not False %} "
    "{{ name }}{% if value is not True %}=\"{{ value|stringformat:'s' }}\"{% endif %}{% endif %}"
    "{% endfor %}",
    "input.html": '<input type="{{ widget.type }}" name="{{ widget.name }}"{% if widget.value '
    "!= None %} value=\"{{ widget.value|stringformat:'s' }}\"{% endif %}" + _ATTRS + ">\n",
    "input_option.html": '{% if widget.wrap_label %}<label{% if widget.attrs.id %} for="{{ '
    'widget.attrs.id }}"{% endif %}>{% endif %}{% include "django/forms/widgets/input.html" %}'
    "{% if widget.wrap_label %} {{ widget.label }}</label>{% endif %}\n",
    "select.html": '<select name="{{ widget.name }}"' + _ATTRS + ">{% for group_name, "
    "group_choices, group_index in widget.optgroups %}{% if group_name %}\n  <optgroup label="
    '"{{ group_name }}">{% endif %}{% for option in group_choices %}\n  {% include '
    "option.template_name with widget=option %}{% endfor %}{% if group_name %}\n  </optgroup>"
    "{% endif %}{% endfor %}\n</select>\n",
    "select_option.html": "<option value=\"{{ widget.value|stringformat:'s' }}\""
    + _ATTRS
    + ">{{ widget.label }}</option>\n",
    **{f"{kind}.html": _INCLUDE_INPUT for kind in ("text", "search", "date", "number")},
    **{f"{kind}.html": _INCLUDE_INPUT for kind in ("email", "url", "tel", "hidden")},
    **{f"{kind}.html": _INCLUDE_OPTION for kind in ("checkbox_option", "radio_option")},
}
# What `{{ value }}` prints with autoescaping on and no {% localize %}/{% localtime %} around it.
_PRINTING = Context()


def text(value):
    """`{{ value }}`. Plain text and safe text, most of what a form prints, are escaped or
    kept here as the engine would, without its localising and lazy-text wrappers: the
    timeline's filter form (~220 values) took 1.5-2.1 ms of CPU to write, now 1.0-1.1
    (SQLite, bench/web)."""
    kind = type(value)
    if kind is str:
        return html.escape(value)
    if kind is SafeString:
        return value
    return render_value_in_context(value, _PRINTING)


def formatted(value):
    """`{{ value|stringformat:'s' }}`: a safe value stays safe (the filter is `is_safe`)."""
    try:
        out = "%s" % (str(value) if isinstance(value, tuple) else value,)  # noqa: UP031
    except (ValueError, TypeError):
        out = ""
    return text(mark_safe(out) if isinstance(value, SafeData) else out)  # noqa: S308


def attrs_html(attrs):
    """attrs.html."""
    return "".join(
        f" {text(name)}" + ("" if value is True else f'="{formatted(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


def input_html(widget):
    """input.html, with its last line break."""
    value = widget["value"]
    shown = "" if value is None else f' value="{formatted(value)}"'
    return (
        f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{shown}'
        f"{attrs_html(widget['attrs'])}>\n"
    )


def option_input_html(widget):
    """input_option.html (a checkbox or radio button of several, in its label or not)."""
    if not widget.get("wrap_label"):
        return input_html(widget) + "\n"
    label_id = widget["attrs"].get("id")
    label_for = f' for="{text(label_id)}"' if label_id else ""
    return f"<label{label_for}>{input_html(widget)} {text(widget['label'])}</label>\n"


def select_html(widget):
    """select.html with select_option.html for each option; None when an option has another
    template."""
    parts = [f'<select name="{text(widget["name"])}"{attrs_html(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{text(group_name)}">')
        for option in group_choices:
            if option.get("template_name") != _WIDGETS + "select_option.html":
                return None
            parts.append(
                f'\n  <option value="{formatted(option["value"])}"'
                f"{attrs_html(option['attrs'])}>{text(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>\n")
    return "".join(parts)


WRITERS = {
    **{name: input_html for name, source in SOURCES.items() if source == _INCLUDE_INPUT},
    "input.html": input_html,
    "checkbox_option.html": option_input_html,
    "radio_option.html": option_input_html,
    "select.html": select_html,
}
# The templates each writer stands for, all of which must be as written above.
_NEEDS = {
    input_html: ("input.html", "attrs.html"),
    option_input_html: ("input_option.html", "input.html", "attrs.html"),
    select_html: ("select.html", "select_option.html", "attrs.html"),
}


class PythonWidgets(DjangoTemplates):
    """A form renderer that writes the widgets above in Python and renders any other from its
    template, as `DjangoTemplates` does (whose `render()` strips the result: so does this)."""

    def __init__(self):
        super().__init__()
        self.writers = None

    def known_writers(self):
        """The writers whose templates are, as this renderer finds them, the sources above."""
        found = {}
        for name in SOURCES:
            try:
                found[name] = self.get_template(_WIDGETS + name).template.source
            except TemplateDoesNotExist:
                found[name] = None
        return {
            _WIDGETS + name: writer
            for name, writer in WRITERS.items()
            if found[name] == SOURCES[name]
            and all(found[needed] == SOURCES[needed] for needed in _NEEDS[writer])
        }

    def render(self, template_name, context, request=None):
        if self.writers is None:
            self.writers = self.known_writers()
        writer = self.writers.get(template_name)
        widget = context.get("widget") if writer else None
        written = writer(widget) if widget is not None else None
        if written is None:
            return super().render(template_name, context, request=request)
        return written.strip()


class PythonWidgetsForm(forms.Form):
    """A form whose widgets are written by `PythonWidgets` (a filter set's `Meta.form`)."""

    default_renderer = PythonWidgets()
