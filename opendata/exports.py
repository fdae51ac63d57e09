"""The published record as data: one action becomes one record, shared by every export.

`record.action_record` turns an action (fetched with `for_export()`) into a dict of stable
fields, as `record.MEMBERS` states them: slugs and URLs as identifiers, dates at their
precision, the place with its Open Civic Data ID, organisations with roles, and the sources.
CSV rows, the JSON export, TimelineJS events and the API's actions are all built from it, so
every format says the same thing. Here: what a record is read from (`ActionRow`), its links,
times and labels, and TimelineJS's form of it. Pure functions: no queries here.

News articles belong to their publishers, so a record carries a source's headline, URL,
publisher, date and the sentence quoted as evidence, never the article's text.
"""

import datetime
from html import escape  # Django's, without its wrapper for lazy text: records hold str
from typing import NamedTuple

from core.links import link
from policies.choices import ActionStatus, ActionType
from policies.dates import DatePrecision

SITE_NAME = "Policy Tracker"

# The curated records are CC BY 4.0 (see the about page, #licence). Exports say so in the
# file itself, since a downloaded file travels without the page it came from.
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International",
    "spdx": "CC-BY-4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}

# A spreadsheet runs a cell that starts with one of these as a formula, so a title such as
# =HYPERLINK("https://evil.example", "Click") would be live in Excel or LibreOffice (OWASP,
# "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def iso_time(value):
    """A date or time as ISO 8601 (times in UTC, ending in "Z"); None as None."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value.isoformat()


class SiteLinks:
    """The full URLs of the pages a record links to: its action, place, organisations and
    sources. Each kind of page is resolved once, into the text before and after its slug or
    id, and each link is joined from those: resolving every link anew (Django's `reverse`,
    then `build_absolute_uri`) was 36% of a 20,000-row export's time (bench/bench_export.py).
    Slugs and ids need no quoting in a path, so the join is the URL `reverse` would give. Each
    kind is found by `core.links.link`, reversed once a process, not by `reverse` once a
    request (five a read API page, ~25 µs each)."""

    _MARKER = "0123456789"

    def __init__(self, absolute):
        self.absolute = absolute
        # (before, after) of each kind of page, as the CSV's SQL joins them (`csv_sql.link`).
        self.parts = {
            "action": self._parts(absolute, "policies:action-detail"),
            "place": self._parts(absolute, "policies:jurisdiction-detail"),
            "organisation": self._parts(absolute, "policies:organisation-detail"),
            "article": self._parts(absolute, "news:article-detail"),
        }
        self.action = self._link(*self.parts["action"])
        self.place = self._link(*self.parts["place"])
        self.organisation = self._link(*self.parts["organisation"])
        self.article = self._link(*self.parts["article"])

    @classmethod
    def _parts(cls, absolute, name):
        before, marker, after = absolute(link(name, cls._MARKER)).rpartition(cls._MARKER)
        assert marker, name  # noqa: S101 (the URL pattern holds the value it is given)
        return before, after

    @staticmethod
    def _link(before, after):
        return lambda value: f"{before}{value}{after}"


TYPE_LABELS = dict(ActionType.choices)
STATUS_LABELS = dict(ActionStatus.choices)


# What a record is built from, read as plain rows (`values_list`) by the streamed downloads:
# building records from model instances was ~80% of a 20,000-row download's CPU time
# (bench/bench_export.py). `record.action_record` gives the same tuples from model instances.
class ActionRow(NamedTuple):
    """An action as the downloads read it, field by field (`ACTION_FIELDS` reads each)."""

    pk: int
    slug: str
    title: str
    action_type: str
    status: str
    extent: str
    scope: str
    # Dates and times as ISO 8601 text (`iso_time`), or None: the downloads read them so,
    # written by the database (`ISO_TEXT`).
    date: str | None
    date_precision: str
    effective_date: str | None
    expiry_date: str | None
    summary: str
    published_at: str | None
    updated_at: str | None
    # The place, all None for an action without one.
    place_id: int | None = None
    place_slug: str | None = None
    place_name: str | None = None
    qualified_name: str | None = None
    kind: str | None = None
    ocd_id: str | None = None
    iso_code: str | None = None


# What `values_list` reads into each field of ActionRow, in its order.
ACTION_FIELDS = tuple(
    {
        "place_id": "jurisdiction_id",
        "place_slug": "jurisdiction__slug",
        "place_name": "jurisdiction__name",
        "qualified_name": "jurisdiction__qualified_name",
        "kind": "jurisdiction__kind",
        "ocd_id": "jurisdiction__ocd_id",
        "iso_code": "jurisdiction__iso_code",
    }.get(name, name)
    for name in ActionRow._fields
)
# The fields read from the action itself, before its place's.
ACTION_OWN_FIELDS = ActionRow._fields[: ActionRow._fields.index("place_id")]
# The fields of ActionRow and CITATION_FIELDS that hold ISO 8601 text (`iso_time`).
ISO_TEXT = (
    "date",
    "effective_date",
    "expiry_date",
    "published_at",
    "updated_at",
    "article__published_at",
)
# Each led by the action's id, which the downloads group them by.
PARTICIPANT_FIELDS = ("action_id", "organisation__slug", "organisation__name", "role")
CITATION_FIELDS = (
    "action_id",
    "article_id",
    "article__title",
    "article__url",
    "article__provider__name",
    "article__published_at",
    "quote",
)


def defuse_formula(text):
    """`text` as a spreadsheet shows it but never runs it: after a single quote, as OWASP advises.

    Only the CSV needs this; the JSON keeps the exact text.
    """
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


def citation_text(*, url, retrieved):
    return (
        f"{SITE_NAME}, published actions on facial recognition, {url} "
        f"(retrieved {retrieved:%d %B %Y}). Licensed under CC BY 4.0."
    )


def _timelinejs_date(record_date, precision):
    year, _, rest = record_date.partition("-")
    date = {"year": year}
    if precision in (DatePrecision.MONTH, DatePrecision.DAY):
        month, _, day = rest.partition("-")
        date["month"] = str(int(month))
        if precision == DatePrecision.DAY:
            date["day"] = str(int(day))
    return date


def timelinejs_event(record):
    """A record as a Knight Lab TimelineJS slide.

    TimelineJS renders `headline` and `text` as HTML, so everything taken from the record is
    escaped here; only the markup written in this function is HTML.
    """
    where = record["jurisdiction"]["qualified_name"] if record["jurisdiction"] else "Company-wide"
    organisations = ", ".join(
        f"{escape(o['name'])} ({escape(o['role'])})" for o in record["organisations"]
    )
    text = [
        f"<p>{escape(record['summary'])}</p>",
        f"<p>{escape(record['type_label'])} · {escape(record['status_label'])} · "
        f"{escape(where)}</p>",
    ]
    if organisations:
        text.append(f"<p>{organisations}</p>")
    text.append(
        f'<p><a href="{escape(record["url"])}">The record and its sources on {SITE_NAME}</a> '
        f'(<a href="{LICENCE["url"]}">CC BY 4.0</a>)</p>'
    )
    return {
        "unique_id": record["slug"],
        "start_date": _timelinejs_date(record["date"], record["date_precision"]),
        "display_date": record["date_display"],
        "group": record["type_label"],
        "text": {"headline": escape(record["title"]), "text": "".join(text)},
    }


def timelinejs_title(*, url, about_url):
    return {
        "text": {
            "headline": f"{SITE_NAME}: actions on facial recognition",
            "text": (
                f'<p>Published records from <a href="{escape(url)}">{SITE_NAME}</a>, '
                f'under <a href="{LICENCE["url"]}">CC BY 4.0</a>. '
                f'<a href="{escape(about_url)}">How to cite</a>.</p>'
            ),
        }
    }
