"""The timeline's filter form, written in Python as its template wrote it, character for
character: plain GET, so it works without JavaScript and every result is a URL.

Drawn by the template (`includes/action_filter_form.html`, which it replaced), its ~40 lookups
through the form's bound fields, and its 20 checkboxes each looked up and printed twice, were
1.8-2.1 of the timeline's ~10 ms of CPU (SQLite, bench/web). The widgets are still the form's
own (`str(bound field)`, `BoundWidget.tag()`); every other value is printed as `{{ value }}`
prints it (`core.widget_html.text`), and tests/policies/test_filter_form.py compares both ways
over hostile values.
"""

from django.utils.safestring import mark_safe

from core.widget_html import text


def _label(field):
    return f'<label for="{text(field.id_for_label)}">{text(field.label)}</label>'


def _checks(field):
    """A fieldset of checkboxes, each in its own label."""
    boxes = "".join(
        f'<label class="check">{text(choice.tag())} {text(choice.choice_label)}</label>'
        for choice in field
    )
    return (
        f'  <fieldset class="field checks">\n    <legend>{text(field.label)}</legend>\n'
        f"    {boxes}\n  </fieldset>\n"
    )


def filter_form_html(form, path, filtered):
    """The filter form of `form` (the filter set's), sent to `path`; with "Clear all" when
    some filter is `filtered`."""
    q, jurisdiction, organisation = form["q"], form["jurisdiction"], form["organisation"]
    role, since, until, sort = form["role"], form["since"], form["until"], form["sort"]
    value = q.value()
    clear = f'<a href="{text(path)}">Clear all</a>' if filtered else ""
    return mark_safe(  # noqa: S308 (every value printed as the template printed it)
        f'\n<form class="filters" method="get" action="{text(path)}" role="search" '
        'aria-label="Filter actions">\n  \n'
        f'  <div class="field">\n    {_label(q)}\n'
        f'    <input type="search" name="q" id="{text(q.id_for_label)}" '
        f'value="{text("" if value is None else value)}" aria-describedby="q-help">\n'
        f'    <p class="help" id="q-help">{text(q.help_text)}</p>\n  </div>\n'
        f'  <div class="field">\n    {_label(jurisdiction)}\n    {text(jurisdiction)}\n'
        '    <p class="help">Type a place\'s name; suggestions appear as you type. '
        f"{text(jurisdiction.help_text)}</p>\n  </div>\n"
        f'  <div class="field">\n    {_label(organisation)}\n    {text(organisation)}\n'
        '    <p class="help">Type its name; suggestions appear as you type.</p>\n  </div>\n'
        f'  <div class="field">\n    {_label(role)}\n    {text(role)}\n  </div>\n'
        f"{_checks(form['type'])}{_checks(form['status'])}"
        '  <fieldset class="field dates">\n    <legend>Date</legend>\n'
        f"    {_label(since)}\n    {text(since)}\n    {_label(until)}\n    {text(until)}\n"
        "  </fieldset>\n"
        f'  <div class="field">\n    {_label(sort)}\n    {text(sort)}\n  </div>\n'
        '  <div class="form-actions">\n    <button type="submit">Apply filters</button>\n'
        f"    {clear}\n  </div>\n  \n</form>\n"
    )
