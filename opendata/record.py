"""The published record: its members stated once, in `MEMBERS`, and `plain_record` built from it.

Each `Member` states a member once: its key, its value as a Python expression of the action's
plain row (the fields of `ActionRow`, by name) and of the request's `links` and the places'
`paths`, how JSON writes it (`TEXT`, `TEXT_OR_NULL`, `VERBATIM`, `VERBATIM_OR_NULL`, an
`Object` or a list of `Entries`), and, where the value is not a field, the same value in SQL
(`sql`, for the JSON download). A verbatim value is a code from a fixed list (a database
constraint each) or an ISO 8601 date or time: it holds no character JSON escapes, so the JSON
download writes it between quotes as it is.

`plain_record`, the record as a dict (the API, TimelineJS and the tests build theirs with
it), is generated from the table when this module is imported: one function with the table's
expressions written into it, as a hand-written one would be, rather than a loop over the table
for each record, which would add Python work for each of a record's 40-odd members and
entries' members. The JSON download's text is written from the same table by the database
(`json_download`). Adding, renaming, reordering or removing a member is one edit of the table;
tests/opendata/test_export_rows.py holds both to a changed table. Measured on the 20,000
records of bench-web's SQLite data, rows already read: `plain_record` 0.28-0.32 s of CPU, the
hand-written one it replaces 0.35-0.36 s (its dates are now cached). `plain_record.source`
holds the code generated.
"""

import datetime
import linecache
from functools import lru_cache
from itertools import count
from typing import NamedTuple

from articles.models import is_web_url
from policies.dates import format_partial_date, iso_partial_date

from .csv_sql import PartialDate, WebUrl
from .exports import (
    ACTION_OWN_FIELDS,
    ISO_TEXT,
    STATUS_LABELS,
    TYPE_LABELS,
    ActionRow,
    iso_time,
)
from .json_sql import DateDisplay, Labelled, empty_as_null, link_to


class Object(NamedTuple):
    """An object of `members`, read from the same row, when the member's value is true; null
    otherwise."""

    members: tuple


class Entries(NamedTuple):
    """A list of objects of `members`, one for each entry of the member's value (a list of
    tuples): each entry's values are named `fields`, and its members read those, `links` and
    `paths` (not the action's own fields)."""

    fields: tuple
    members: tuple


# How a value that is not an object or a list is written.
TEXT = "text"  # any text, never None
TEXT_OR_NULL = "text or null"
VERBATIM = "verbatim"  # between quotes as it is, never None
VERBATIM_OR_NULL = "verbatim or null"


class Member(NamedTuple):
    key: str
    value: str  # a Python expression of the row's fields, `links` and `paths` (see NAMES)
    written: object  # TEXT, TEXT_OR_NULL, VERBATIM, VERBATIM_OR_NULL, an Object or Entries
    # The same value as the JSON download's SQL reads it (`json_download`): an expression, or a
    # function of the request's `SiteLinks` giving one; None where `value` names a field, read
    # as it is (or as its ISO 8601 text). Not for an object's or a list's own member.
    sql: object = None


# A record's date is one of a few thousand days, and writing "17 February 2021" is slow (%B).
# It is read as its ISO 8601 text, as the other dates and times are (`ActionRow`): as a date,
# Python's driver and Django's converters read every row's through Python on SQLite.
@lru_cache(maxsize=4096)
def partial_date(date, precision):
    """`iso_partial_date` of a date given as its ISO 8601 text, or None."""
    return iso_partial_date(_as_date(date), precision)


@lru_cache(maxsize=4096)
def date_display(date, precision):
    """`format_partial_date` of a date given as its ISO 8601 text, or None."""
    return format_partial_date(_as_date(date), precision)


def _as_date(text):
    return None if text is None else datetime.date.fromisoformat(text)


# The names the table's expressions may use besides the row's fields, `links` and `paths`.
NAMES = {
    "TYPE_LABELS": TYPE_LABELS,
    "STATUS_LABELS": STATUS_LABELS,
    "date_display": date_display,
    "is_web_url": is_web_url,
    "partial_date": partial_date,
}

PLACE = (
    Member("slug", "place_slug", TEXT),
    Member("name", "place_name", TEXT),
    Member("qualified_name", "qualified_name", TEXT_OR_NULL),
    Member("path", "paths.get(place_id, place_slug)", TEXT),
    Member("kind", "kind", VERBATIM),
    Member("ocd_id", "ocd_id", TEXT_OR_NULL),
    Member("iso_code", "iso_code or None", TEXT_OR_NULL),
    Member("url", "links.place(place_slug)", TEXT),
)
# Each entry as `export_views` reads it: exports.PARTICIPANT_FIELDS, exports.CITATION_FIELDS.
ORGANISATION = Entries(
    ("_action", "slug", "name", "role"),
    (
        Member("slug", "slug", TEXT),
        Member("name", "name", TEXT),
        Member("role", "role", VERBATIM),
        Member(
            "url", "links.organisation(slug)", TEXT, link_to("organisation", "organisation__slug")
        ),
    ),
)
SOURCE = Entries(
    ("_action", "article_id", "title", "url", "publisher", "published_at", "quote"),
    (
        Member("title", "title", TEXT),
        Member("url", "url if is_web_url(url) else None", TEXT_OR_NULL, WebUrl("article__url")),
        Member("publisher", "publisher", TEXT_OR_NULL),
        Member("published_at", "published_at", VERBATIM_OR_NULL),
        Member("quote", "quote or None", TEXT_OR_NULL, empty_as_null("quote")),
        Member("page", "links.article(article_id)", TEXT, link_to("article", "article_id")),
    ),
)
MEMBERS = (
    Member("slug", "slug", TEXT),
    Member("url", "links.action(slug)", TEXT, link_to("action", "slug")),
    Member("title", "title", TEXT),
    Member("type", "action_type", VERBATIM),
    Member(
        "type_label",
        "TYPE_LABELS.get(action_type, action_type)",
        TEXT,
        Labelled("action_type", TYPE_LABELS),
    ),
    Member("status", "status", VERBATIM),
    Member(
        "status_label", "STATUS_LABELS.get(status, status)", TEXT, Labelled("status", STATUS_LABELS)
    ),
    Member("extent", "extent", VERBATIM),
    Member("scope", "scope", VERBATIM),
    Member(
        "date",
        "partial_date(date, date_precision)",
        VERBATIM,
        PartialDate("date", "date_precision"),
    ),
    Member("date_precision", "date_precision", VERBATIM),
    Member(
        "date_display",
        "date_display(date, date_precision)",
        TEXT,
        DateDisplay("date", "date_precision"),
    ),
    Member("effective_date", "effective_date", VERBATIM_OR_NULL),
    Member("expiry_date", "expiry_date", VERBATIM_OR_NULL),
    Member("jurisdiction", "place_id", Object(PLACE)),
    Member("organisations", "organisations", ORGANISATION),
    Member("summary", "summary", TEXT),
    Member("sources", "sources", SOURCE),
    Member("published_at", "published_at", VERBATIM_OR_NULL),
    Member("updated_at", "updated_at", VERBATIM_OR_NULL),
)

SIGNATURE = "(row, organisations, sources, *, links, paths)"
UNPACK_ROW = f"({', '.join(ActionRow._fields)},) = row"


_GENERATIONS = count(1)


def generated(name, source, names):
    """The function `name` that `source` defines, its names looked up in `names`; the source
    is kept as `.source`, and shown in tracebacks."""
    filename = f"<{name}, generated #{next(_GENERATIONS)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = dict(names)
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 (our own table's code)
    function = namespace[name]
    function.source = source
    return function


def _plain_value(member, indent):
    written = member.written
    if isinstance(written, Object):
        return f"({_plain_object(written.members, indent)} if {member.value} else None)"
    if isinstance(written, Entries):
        fields = ", ".join(written.fields)
        return f"[{_plain_object(written.members, indent)} for ({fields},) in {member.value}]"
    return f"({member.value})"


def _plain_object(members, indent="\n    "):
    """A dict display of `members`, a member a line."""
    inner = indent + "    "
    lines = [f"{member.key!r}: {_plain_value(member, inner)}," for member in members]
    return "{" + "".join(inner + line for line in lines) + indent + "}"


def plain_record_from(members):
    """`plain_record` for a table of `members`."""
    source = (
        f"def plain_record{SIGNATURE}:\n"
        '    """The record of an action from plain rows: `row` of exports.ACTION_FIELDS, its\n'
        "    `organisations` of PARTICIPANT_FIELDS and its `sources` of CITATION_FIELDS, each in\n"
        '    its order."""\n'
        f"    {UNPACK_ROW}\n"
        f"    return {_plain_object(members)}\n"
    )
    return generated("plain_record", source, NAMES)


plain_record = plain_record_from(MEMBERS)


def action_record(action, *, links, paths, participants=None, citations=None):
    """One published action as stable, documented fields.

    `links` is the request's `SiteLinks`; `paths` maps jurisdiction ids to slug paths;
    `participants` (with organisations) and `citations` (with articles and publishers) are the
    action's own, prefetched ones when not given.
    """
    if participants is None:
        participants = action.participants.all()
    if citations is None:
        citations = action.citations.all()
    place = action.jurisdiction
    place_fields = {}
    if place:
        place_fields = {
            "place_id": place.pk,
            "place_slug": place.slug,
            "place_name": place.name,
            "qualified_name": place.qualified_name,
            "kind": place.kind,
            "ocd_id": place.ocd_id,
            "iso_code": place.iso_code,
        }
    own = {name: getattr(action, name) for name in ACTION_OWN_FIELDS}
    own |= {name: iso_time(own[name]) for name in ISO_TEXT if name in own}
    row = ActionRow(**own, **place_fields)
    organisations = [(None, p.organisation.slug, p.organisation.name, p.role) for p in participants]
    sources = [
        (
            None,
            c.article_id,
            c.article.title,
            c.article.url,
            c.article.provider and c.article.provider.name,
            iso_time(c.article.published_at),
            c.quote,
        )
        for c in citations
    ]
    return plain_record(row, organisations, sources, links=links, paths=paths)
