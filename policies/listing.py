"""What a list of actions shows of each one, worked out once per page in Python.

The timeline and a place's page show 40 actions each. Asked of the template, each action's labels
(`get_FOO_display` builds a dict of the field's choices on every call), summary, organisations
and links (four `reverse()` calls an action) took most of the time spent drawing the timeline.
Pure functions over prefetched actions, no queries; except `listed_page`, which reads a page of
actions itself, as plain values.
"""

from collections import namedtuple
from dataclasses import dataclass
from functools import lru_cache

from django.db import connections
from django.db.models import F, QuerySet
from django.utils.safestring import mark_safe

from core.links import linker
from core.queries import IDS_LATER, AmongIds, ForEachIds, ids_parameter
from core.sql_once import SqlOnce

from .charts import html_text as escape
from .choices import ActionExtent, ActionScope, ActionStatus, ActionType, shown_status
from .dates import format_partial_date, iso_partial_date
from .models import ActionParticipant, PolicyAction
from .roles import roles_in_words, taking_part

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


# The URL of a page named by a slug, its parts looked up once a list (`core.links.linker`, kept
# once a process) rather than reversed for every row: 50 actions' links took 21.5-24.5 ms with
# `reverse()`, 4.6-5.4 ms so, of the timeline's ~145 (bench/web, in-process on a loaded
# machine). A slug the URL pattern would not take is left to `reverse()`, which says so.
SlugUrls = linker


def first_words(text, number=SUMMARY_WORDS):
    """What `{{ text|truncatewords:number }}` prints: the words joined by single spaces, and
    " …" after them when some were left out."""
    words = text.split()
    if len(words) <= number:
        return " ".join(words)
    shown = " ".join(words[:number])
    return shown if shown.endswith(" …") else f"{shown} …"


class _ListUrls:
    """The links a list of actions holds, each kind looked up once for the list."""

    def __init__(self):
        self.action = SlugUrls("policies:action-detail")
        self.place = SlugUrls("policies:jurisdiction-detail")
        self.organisation = SlugUrls("policies:organisation-detail")

    def listed(self, *, place, organisations, **fields):
        """A `ListedAction` of an action's `fields` as stored, its `place` (slug, qualified
        name) or None, and its `organisations` as `roles_in_words()` gives them."""
        status = shown_status(fields["status"], fields["expiry_date"])
        date, precision = fields["date"], fields["date_precision"]
        return ListedAction(
            pk=fields["pk"],
            title=fields["title"],
            url=self.action(fields["slug"]),
            action_type=fields["action_type"],
            type_label=_TYPE_LABELS.get(fields["action_type"], fields["action_type"]),
            status=status,
            status_label=_STATUS_LABELS.get(status, status),
            date=date,
            date_precision=precision,
            iso_date=iso_partial_date(date, precision),
            display_date=format_partial_date(date, precision),
            place_url=self.place(place[0]) if place else "",
            place_name=place[1] if place else "",
            extent_label=_EXTENT_LABELS.get(fields["extent"], fields["extent"]),
            scope_label=_SCOPE_LABELS.get(fields["scope"], fields["scope"]),
            summary=first_words(fields["summary"]),
            organisations=[
                (self.organisation(organisation.slug), organisation.name, roles)
                for organisation, roles in organisations
            ],
            source_count=fields["source_count"],
        )


# What a list shows of an action, as `_ListUrls.listed` takes it.
_STORED = (
    "pk",
    "title",
    "slug",
    "action_type",
    "status",
    "expiry_date",
    "date",
    "date_precision",
    "extent",
    "scope",
    "summary",
)


def listed_actions(actions):
    """`actions` (from `for_timeline()`, so with their place, participants and source count)
    as `ListedAction`s, in the same order."""
    urls = _ListUrls()
    listed = []
    for action in actions:
        place = action.jurisdiction
        listed.append(
            urls.listed(
                **{name: getattr(action, name) for name in _STORED},
                source_count=getattr(action, "source_count", None),
                place=(place.slug, place.qualified_name) if place else None,
                organisations=taking_part(action),
            )
        )
    return listed


_Participant = namedtuple("_Participant", "organisation_id organisation role")
_Organisation = namedtuple("_Organisation", "slug name")


@lru_cache(maxsize=4)
def _participants_query(alias):
    """The query reading the participants of a list of actions, in the order they are listed
    (by action, then `ActionParticipant`'s own ordering), compiled once a process
    (`ForEachIds`). Built and compiled for each page, with an `__in` of 40 parameters, it made
    `/` cost 13.2 ms of CPU where it now costs 11.35 (medians, alternated runs, SQLite,
    bench/web)."""
    return ForEachIds(
        ActionParticipant.objects.using(alias)
        .filter(AmongIds(F("action_id"), IDS_LATER))
        .order_by("action_id", *ActionParticipant._meta.ordering)
        .values_list(
            "action_id", "organisation_id", "organisation__slug", "organisation__name", "role"
        )
    )


def participants_of(action_ids, alias):
    """`{action id: [_Participant, ...]}` of the actions `action_ids`, in order."""
    participants = {}
    for action_id, organisation_id, slug, name, role in _participants_query(alias).rows(action_ids):
        participants.setdefault(action_id, []).append(
            _Participant(organisation_id, _Organisation(slug, name), role)
        )
    return participants


# What `listed_page` reads of each action.
_READ = (*_STORED, "source_count", "jurisdiction__slug", "jurisdiction__qualified_name")
LISTED_FIELDS = _READ


def listed_page(actions):
    """`listed_actions()` of `actions` (a page of `for_timeline()`, filtered, ordered and
    sliced), read as plain values in the same two queries: a page's 50 actions and their
    organisations made into model instances, then read, took 12-15 of the timeline's ~45 ms
    CPU, the values 3.6 ms (SQLite, 20,000 actions, bench/web)."""
    if not isinstance(actions, QuerySet):  # already read (a slice of a list read before)
        return listed_actions(actions)
    return _listed_rows(list(actions.prefetch_related(None).values(*_READ)), actions.db)


@lru_cache(maxsize=1)
def _by_ids_query():
    """The query of `listed_by_ids`, its SQL written once a process (`SqlOnce`)."""
    return SqlOnce(
        lambda ids: (
            PolicyAction.objects.filter(AmongIds(F("pk"), ids))
            .for_timeline()
            .prefetch_related(None)
            .values_list(*_READ)
        ),
        IDS_LATER,
    )


def listed_by_ids(ids, alias):
    """`listed_page()` of the actions `ids` (published or not), in `for_timeline()`'s order,
    in the same two queries, the first one's SQL written once a process: built for each page
    through the ORM, it took 1.2-1.9 ms; read so, the CPU of a place's page with actions
    from above went down 11-17% for California, 16-20% for Oakland (in-process A/B,
    medians, SQLite, bench/web)."""
    return listed_rows(rows_by_ids(ids, alias), alias)


def rows_by_ids(ids, alias):
    """The rows of `LISTED_FIELDS` of the actions `ids`, as `listed_by_ids` reads them."""
    if not ids:
        return []
    vendor = connections[alias].vendor
    return _by_ids_query().rows(ids_parameter(ids, vendor), using=alias)


def listed_rows(rows, alias):
    """`ListedAction`s of `rows` of `LISTED_FIELDS` values, in order, their participants read
    now."""
    return _listed_rows([dict(zip(_READ, row, strict=True)) for row in rows], alias)


def _listed_rows(rows, alias):
    """`ListedAction`s of `rows`, dicts of `_READ`, and their participants read now."""
    participants = participants_of([row["pk"] for row in rows], alias) if rows else {}
    urls = _ListUrls()
    listed = []
    for row in rows:
        place_slug = row.pop("jurisdiction__slug")
        place_name = row.pop("jurisdiction__qualified_name")
        organisations = roles_in_words(row["action_type"], participants.get(row["pk"], ()))
        listed.append(
            urls.listed(
                **row,
                place=(place_slug, place_name) if place_slug is not None else None,
                organisations=organisations,
            )
        )
    return listed


def action_item_html(action, heading_level):
    """One action in a list, a `ListedAction`, as an <article>: written here, as the chart's
    segments are, rather than by a template included once an action, where its ~25 lookups
    and escapes each were 6 of the timeline's 37 ms CPU on SQLite (bench/profile_pages.py).
    Every text is escaped as the template escaped it (tests/policies/test_listing.py).

    No indentation or line breaks inside: a browser shows the same for one space between words
    and none between blocks, and the template's layout was ~70 of each action's ~1,170 bytes,
    3.5 KB of a timeline page of 50 (bench/web, 20,000 actions)."""
    pk, level = action.pk, heading_level
    if action.place_url:
        where = f'<a href="{escape(action.place_url)}">{escape(action.place_name)}</a>'
    else:
        where = f'<span class="extent">{escape(action.extent_label)}</span>'
    who = ""
    if action.organisations or action.source_count is not None:
        parts = [
            ", ".join(
                f'<a href="{escape(url)}">{escape(name)}</a> '
                f'<span class="role">({escape(roles)})</span>'
                for url, name, roles in action.organisations
            )
        ]
        if action.source_count is not None:
            count = action.source_count
            parts.append(
                f'{"· " if action.organisations else ""}<span class="sources">{count} '
                f"source{'' if count == 1 else 's'}</span>"
            )
        who = f'<p class="who">{" ".join(part for part in parts if part)}</p>'
    return mark_safe(  # noqa: S308 (every text escaped)
        f'<article class="action" aria-labelledby="action-{pk}"><p class="action-meta">'
        f'<span class="badge badge-{escape(action.action_type)}">{escape(action.type_label)}'
        f'</span> <time datetime="{escape(action.iso_date)}">{escape(action.display_date)}'
        f'</time> <span class="status status-{escape(action.status)}">'
        f"{escape(action.status_label)}</span></p>"
        f'<h{level} class="action-title" id="action-{pk}"><a href="{escape(action.url)}">'
        f"{escape(action.title)}</a></h{level}>"
        f'<p class="where">{where} · {escape(action.scope_label)}</p>'
        f'<p class="summary">{escape(action.summary)}</p>{who}</article>\n'
    )
