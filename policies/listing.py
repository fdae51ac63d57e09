"""What a list of actions shows of each one, worked out once per page in Python.

The timeline and a place's page show 40 actions each. Asked of the template, each action's labels
(`get_FOO_display` builds a dict of the field's choices on every call), summary, organisations
and links (four `reverse()` calls an action) took most of the time spent drawing the timeline.
Each item is written as HTML in one pass from the values read (`_ListWriter`), and the month
groups of a list too (`grouped_html`). Pure functions over prefetched actions, no queries; except
`listed_page`, `listed_by_ids` and `listed_rows`, which read a page of actions or their
organisations themselves, as plain values.
"""

import datetime
from collections import namedtuple
from dataclasses import dataclass
from functools import lru_cache

from django.db import connections
from django.db.models import F, QuerySet
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from core.links import linker
from core.queries import IDS_LATER, AmongIds, ForEachIds, ids_parameter
from core.sql_once import SqlOnce

from .charts import html_text as escape
from .choices import ActionExtent, ActionScope, ActionStatus, ActionType, shown_status
from .dates import DatePrecision
from .models import ActionParticipant, PolicyAction
from .roles import roles_in_words, taking_part

SUMMARY_WORDS = 40


@dataclass(slots=True)
class ListedAction:
    """One action as a list shows it: its item's HTML written (`_ListWriter`), and what the
    page groups and tests it by."""

    pk: int
    title: str
    url: str
    date: object  # datetime.date or None, for grouping by month
    date_precision: str
    html: str  # the <article>, its heading at the level the list asked for


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


def _fragments(choices, write):
    """`{value: write(value, label)}` of each choice, every text in it escaped."""
    return {value: write(escape(value), escape(label)) for value, label in choices}


# What an item prints of each type, status, extent and scope, written once a process.
_BADGES = _fragments(ActionType.choices, lambda v, label: f'<span class="badge badge-{v}">{label}')
_STATUSES = _fragments(
    ActionStatus.choices, lambda v, label: f'<span class="status status-{v}">{label}'
)
_EXTENTS = _fragments(ActionExtent.choices, lambda v, label: f'<span class="extent">{label}')
_SCOPES = _fragments(ActionScope.choices, lambda v, label: label)
# As `{date:%B}` names them (the process's locale, read once).
_MONTHS = ("", *(datetime.date(2000, month, 1).strftime("%B") for month in range(1, 13)))


def _dated(date, precision):
    """`<time>` of a partial date as `iso_partial_date` and `format_partial_date` write it:
    digits and month names, nothing to escape."""
    if date is None:
        return '<time datetime="">Date unknown</time>'
    if precision == DatePrecision.YEAR:
        return f'<time datetime="{date.year:04d}">{date.year}</time>'
    month = _MONTHS[date.month]
    if precision == DatePrecision.MONTH:
        return f'<time datetime="{date.year:04d}-{date.month:02d}">{month} {date.year}</time>'
    return f'<time datetime="{date.isoformat()}">{date.day} {month} {date.year}</time>'


def _unknown(kind, value):
    """The fragment of a type or status no choice names: the value as its label."""
    return f'<span class="{kind}-{escape(value)}">{escape(value)}'


class _ListWriter:
    """Each action of a list as a `ListedAction`, its item written in one pass from the values
    stored (`item`), the links of each kind looked up once for the list.

    The item was a template, then a dataclass of 18 texts and labels worked out per action
    and printed by a function, the groups by a template included (`grouped_html`): 40 rows
    to the grouped HTML took 2.35-2.48 ms, written so, with each type's, status's, extent's
    and scope's fragment written once a process, 1.54-1.57 (participants' query included).
    Pages' CPU went down 13-14% for `/`, 8-13% for `/?type=ban&sort=oldest`, 8-10% for
    `/?q=police`, 10-12% for California's page, 2-10% for `/?jurisdiction=california`
    (medians of 80 requests each, base and this alternated by batches of 5 in two processes,
    SQLite, bench/web, load average 0.1-1.8). Every text is escaped as the template escaped
    it (tests/policies/test_listing.py)."""

    def __init__(self, heading_level):
        self.action = SlugUrls("policies:action-detail")
        self.place = SlugUrls("policies:jurisdiction-detail")
        self.organisation = SlugUrls("policies:organisation-detail")
        self.level = heading_level

    def item(
        self, pk, title, slug, action_type, status, expiry_date, date, date_precision, extent,
        scope, summary, source_count, place_slug, place_name, organisations,
    ):  # fmt: skip
        """A `ListedAction` of an action's values of `LISTED_FIELDS`, in order, and its
        `organisations` as `roles_in_words()` gives them."""
        url = self.action(slug)
        status = shown_status(status, expiry_date)
        if place_slug is not None:
            where = f'<a href="{escape(self.place(place_slug))}">{escape(place_name)}</a>'
        else:
            where = _EXTENTS.get(extent) or f'<span class="extent">{escape(extent)}'
            where += "</span>"
        who = ""
        if organisations or source_count is not None:
            who = ", ".join(
                f'<a href="{escape(self.organisation(organisation.slug))}">'
                f'{escape(organisation.name)}</a> <span class="role">({escape(roles)})</span>'
                for organisation, roles in organisations
            )
            if source_count is not None:
                sources = (
                    f'<span class="sources">{source_count} '
                    f"source{'' if source_count == 1 else 's'}</span>"
                )
                who = f"{who} · {sources}" if who else sources
            who = f'<p class="who">{who}</p>'
        level = self.level
        badge = _BADGES.get(action_type) or _unknown("badge badge", action_type)
        shown = _STATUSES.get(status) or _unknown("status status", status)
        html = (
            f'<article class="action" aria-labelledby="action-{pk}"><p class="action-meta">'
            f"{badge}</span> {_dated(date, date_precision)} {shown}</span></p>"
            f'<h{level} class="action-title" id="action-{pk}"><a href="{escape(url)}">'
            f"{escape(title)}</a></h{level}>"
            f'<p class="where">{where} · {_SCOPES.get(scope) or escape(scope)}</p>'
            f'<p class="summary">{escape(first_words(summary))}</p>{who}</article>\n'
        )
        return ListedAction(pk, title, url, date, date_precision, mark_safe(html))  # noqa: S308


# What a list shows of an action, as stored.
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


def listed_actions(actions, heading_level=4):
    """`actions` (from `for_timeline()`, so with their place, participants and source count)
    as `ListedAction`s, in the same order, their headings at `heading_level`."""
    writer = _ListWriter(heading_level)
    listed = []
    for action in actions:
        place = action.jurisdiction
        listed.append(
            writer.item(
                *(getattr(action, name) for name in _STORED),
                getattr(action, "source_count", None),
                place.slug if place else None,
                place.qualified_name if place else None,
                taking_part(action),
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


# What `listed_page` reads of each action (a place's page reads the same: `record_reads`).
LISTED_FIELDS = (
    *_STORED,
    "source_count",
    "jurisdiction__slug",
    "jurisdiction__qualified_name",
)


# From this many actions in, a page's actions are found by their ids alone (`listed_page`),
# then read by id: in one query the database works out every skipped action's row (its
# place, its count of sources) to step over it. `/?page=last` (20,000 actions) cost 42.8 ms of
# CPU on SQLite, 16.7 with the index of the timeline's whole order (policies 0014), 4.7 so;
# `/?q=police&page=last` 77 -> 40-47, sorted by relevance 192 -> 53-55, an organisation's
# 25 -> 14, California's 12.4 -> 7.0-7.3, the United States' 12.9 -> 7.2-7.7.
DEEP_OFFSET = 1_000


def listed_page(actions, heading_level=4):
    """`listed_actions()` of `actions` (a page of `for_timeline()`, filtered, ordered and
    sliced), read as plain values in the same two queries: a page's 50 actions and their
    organisations made into model instances, then read, took 12-15 of the timeline's ~45 ms
    CPU, the values 3.6 ms (SQLite, 20,000 actions, bench/web). A deep page (`DEEP_OFFSET`)
    in three: its actions' ids, then the two."""
    if not isinstance(actions, QuerySet):  # already read (a slice of a list read before)
        return listed_actions(actions, heading_level)
    if actions.query.low_mark >= DEEP_OFFSET:
        ids = list(actions.prefetch_related(None).values_list("pk", flat=True))
        read = {row[0]: row for row in rows_by_ids(ids, actions.db)}
        # An action deleted (merged) between the two queries is left out, not an error.
        return listed_rows([read[pk] for pk in ids if pk in read], actions.db, heading_level)
    rows = actions.prefetch_related(None).values_list(*LISTED_FIELDS)
    return listed_rows(list(rows), actions.db, heading_level)


@lru_cache(maxsize=1)
def _by_ids_query():
    """The query of `listed_by_ids`, its SQL written once a process (`SqlOnce`)."""
    return SqlOnce(
        lambda ids: (
            PolicyAction.objects.filter(AmongIds(F("pk"), ids))
            .for_timeline()
            .prefetch_related(None)
            .values_list(*LISTED_FIELDS)
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


@lru_cache(maxsize=1)
def timeline_actions():
    """Every published action as the timeline lists them (`for_timeline()`), the query built
    once a process and cloned for each request (`.all()`, never read itself): building it
    (a filter, a join, a prefetch, a subquery) took 0.8 ms a request, and `/` cost 10.3-12.2
    ms of CPU where it now costs 8.9-11.4 (alternated runs, SQLite, bench/web)."""
    return PolicyAction.objects.published().for_timeline()


@lru_cache(maxsize=1)
def _newest_query():
    """`timeline_actions()`, newest first, as `listed_page` reads them, its SQL written once a
    process (`SqlOnce`)."""
    return SqlOnce(lambda: timeline_actions().prefetch_related(None).values_list(*LISTED_FIELDS))


def listed_unfiltered(actions, heading_level=4):
    """`listed_page()` of a page of the unfiltered timeline (`actions`: every published action
    as `for_timeline()` orders them, sliced), read by a query written once a process where the
    ORM built and compiled it for each request: `/` 4.01 -> 3.40 ms of CPU, `/?page=2` 4.86
    -> 3.91 (medians of 300, two processes alternated, SQLite, bench/web). A deep page
    (`DEEP_OFFSET`) is found by its ids, as `listed_page` finds it."""
    if not isinstance(actions, QuerySet) or actions.query.high_mark is None:
        return listed_page(actions, heading_level)
    query = actions.query
    if query.low_mark >= DEEP_OFFSET:
        return listed_page(actions, heading_level)
    size = query.high_mark - query.low_mark
    rows = _newest_query().rows(using=actions.db, limit=size, offset=query.low_mark)
    return listed_rows(rows, actions.db, heading_level)


def listed_rows(rows, alias, heading_level=4):
    """`ListedAction`s of `rows` of `LISTED_FIELDS` values, in order, their participants read
    now, their headings at `heading_level`."""
    rows = list(rows)
    participants = participants_of([row[0] for row in rows], alias) if rows else {}
    writer = _ListWriter(heading_level)
    return [
        # The action's type is its fourth value, its id its first.
        writer.item(*row, roles_in_words(row[3], participants.get(row[0], ())))
        for row in rows
    ]


def grouped_html(groups, id_suffix=""):
    """The actions of `groups` (`group_by_month`) under their years' and months' headings,
    written in Python where a template included for each list printed them (~0.6 ms of a
    page's template, its loops and lookups); tests/policies/test_listing.py holds the HTML."""
    parts = []
    for year in groups:
        label = escape(year.label)
        anchor = f"year-{slugify(year.label)}{escape(id_suffix)}"
        parts.append(
            f'<section class="year" aria-labelledby="{anchor}">\n<h2 id="{anchor}">{label}</h2>\n'
        )
        for month in year.months:
            label = escape(month.label)
            parts.append(
                f'<section class="month" aria-label="{label}"><h3 class="month-label">{label}'
                "</h3>\n"
            )
            parts.extend(action.html for action in month.actions)
            parts.append("</section>\n")
        parts.append("</section>\n")
    parts.append("\n")
    return mark_safe("".join(parts))  # noqa: S308 (every text escaped)
