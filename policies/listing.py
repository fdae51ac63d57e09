"""What a list of actions shows of each one, worked out once per page in Python.

The timeline and a place's page show 50 actions each. Asked of the template, each action's labels
(`get_FOO_display` builds a dict of the field's choices on every call), summary, organisations
and links (four `reverse()` calls an action) took most of the time spent drawing the timeline.
Pure functions over prefetched actions: no queries.
"""

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .choices import ActionExtent, ActionScope, ActionStatus, ActionType
from .roles import taking_part

_TYPE_LABELS = dict(ActionType.choices)
_STATUS_LABELS = dict(ActionStatus.choices)
_EXTENT_LABELS = dict(ActionExtent.choices)
_SCOPE_LABELS = dict(ActionScope.choices)
SUMMARY_WORDS = 40


@dataclass(slots=True)
class ListedAction:
    """One action as a list shows it: every text and link ready to print."""

    pk: int
    title: str
    url: str
    action_type: str
    type_label: str
    status: str  # as shown: an action past its expiry date reads "expired"
    status_label: str
    date: object  # datetime.date or None, for grouping by month
    date_precision: str
    iso_date: str
    display_date: str
    place_url: str  # "" for a company-wide or worldwide action
    place_name: str
    extent_label: str
    scope_label: str
    summary: str  # its first SUMMARY_WORDS words
    organisations: list  # (url, name, roles in words), each organisation once
    source_count: int | None

    @property
    def item_html(self):
        return action_item_html(self, 3)

    @property
    def nested_item_html(self):
        """Under a month's or a place's heading."""
        return action_item_html(self, 4)


class SlugUrls:
    """The URL of a page named by a slug, reversed once a page rather than for every row: 50
    actions' links took 21.5-24.5 ms with `reverse()`, 4.6-5.4 ms so, of the timeline's ~145
    (bench/web, in-process on a loaded machine). A slug the URL pattern would not take is left
    to `reverse()`, which says so as it always did."""

    _PLAIN_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
    _MARKER = "0slug0"

    def __init__(self, viewname):
        self.viewname = viewname
        self.before, self.after = reverse(viewname, kwargs={"slug": self._MARKER}).split(
            self._MARKER
        )

    def __call__(self, slug):
        if self._PLAIN_SLUG.fullmatch(slug):
            return f"{self.before}{slug}{self.after}"
        return reverse(self.viewname, kwargs={"slug": slug})


def first_words(text, number=SUMMARY_WORDS):
    """What `{{ text|truncatewords:number }}` prints: the words joined by single spaces, and
    " …" after them when some were left out."""
    words = text.split()
    if len(words) <= number:
        return " ".join(words)
    shown = " ".join(words[:number])
    return shown if shown.endswith(" …") else f"{shown} …"


def listed_actions(actions):
    """`actions` (from `for_timeline()`, so with their place, participants and source count)
    as `ListedAction`s, in the same order."""
    action_url = SlugUrls("policies:action-detail")
    place_url = SlugUrls("policies:jurisdiction-detail")
    organisation_url = SlugUrls("policies:organisation-detail")
    listed = []
    for action in actions:
        place = action.jurisdiction
        status = action.shown_status
        listed.append(
            ListedAction(
                pk=action.pk,
                title=action.title,
                url=action_url(action.slug),
                action_type=action.action_type,
                type_label=_TYPE_LABELS.get(action.action_type, action.action_type),
                status=status,
                status_label=_STATUS_LABELS.get(status, status),
                date=action.date,
                date_precision=action.date_precision,
                iso_date=action.iso_date,
                display_date=action.display_date,
                place_url=place_url(place.slug) if place else "",
                place_name=place.qualified_name if place else "",
                extent_label=_EXTENT_LABELS.get(action.extent, action.extent),
                scope_label=_SCOPE_LABELS.get(action.scope, action.scope),
                summary=first_words(action.summary),
                organisations=[
                    (organisation_url(organisation.slug), organisation.name, roles)
                    for organisation, roles in taking_part(action)
                ],
                source_count=getattr(action, "source_count", None),
            )
        )
    return listed


def action_item_html(action, heading_level):
    """One action in a list, a `ListedAction`, as an <article>: written here, as the chart's
    segments are, rather than by a template included once an action, where its ~25 lookups
    and escapes each were 6 of the timeline's 37 ms CPU on SQLite (bench/profile_pages.py).
    Every text is escaped as the template escaped it (tests/policies/test_listing.py)."""
    pk, level = action.pk, heading_level
    if action.place_url:
        where = f'<a href="{escape(action.place_url)}">{escape(action.place_name)}</a>'
    else:
        where = f'<span class="extent">{escape(action.extent_label)}</span>'
    who = ""
    if action.organisations or action.source_count is not None:
        names = ", ".join(
            f'<a href="{escape(url)}">{escape(name)}</a> '
            f'<span class="role">({escape(roles)})</span>'
            for url, name, roles in action.organisations
        )
        sources = ""
        if action.source_count is not None:
            count = action.source_count
            sources = (
                f'{"· " if action.organisations else ""}<span class="sources">{count} '
                f"source{'' if count == 1 else 's'}</span>"
            )
        who = f'\n  <p class="who">\n    {names}\n    {sources}\n  </p>\n  '
    return mark_safe(  # noqa: S308 (every text escaped)
        f'<article class="action" aria-labelledby="action-{pk}">\n'
        '  <p class="action-meta">\n'
        f'    <span class="badge badge-{escape(action.action_type)}">'
        f"{escape(action.type_label)}</span>\n"
        f'    <time datetime="{escape(action.iso_date)}">{escape(action.display_date)}</time>\n'
        f'    <span class="status status-{escape(action.status)}">'
        f"{escape(action.status_label)}</span>\n"
        "  </p>\n"
        f'  <h{level} class="action-title" id="action-{pk}"><a href="{escape(action.url)}">'
        f"{escape(action.title)}</a></h{level}>\n"
        '  <p class="where">\n'
        f"    {where}\n"
        f"    · {escape(action.scope_label)}\n"
        "  </p>\n"
        f'  <p class="summary">{escape(action.summary)}</p>\n'
        f"  {who}\n</article>\n"
    )
