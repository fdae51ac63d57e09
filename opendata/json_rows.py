"""The JSON download's records written as JSON text straight from plain rows.

`record_json` gives, byte for byte, `json.dumps(plain_record(...), ensure_ascii=False)`: the
same keys in the same order, the same values, the same separators. It writes each value with
the encoder `json.dumps` itself uses for text (`encode_basestring`) into a fixed frame, so no
dict is built per record and its keys are not encoded again for each. `exports.plain_record`
stays the one statement of a record (the API and TimelineJS build theirs with it);
tests/opendata/test_export_rows.py holds this text equal to `json.dumps` of it.

A 20,000-row JSON download of bench-web's SQLite data, records built as dicts and encoded with
`json.dumps`: 1.57-2.00 s of CPU (best of 5, three rounds alternated, load 1.9-2.9); written
this way: 1.19-1.40 s. Most of what is left is reading the rows (SQLite's own time) and
encoding the text values (`encode_basestring`, C).
"""

from functools import lru_cache
from json.encoder import encode_basestring as text

from articles.models import is_web_url
from policies.dates import format_partial_date, iso_partial_date

from .exports import STATUS_LABELS, TYPE_LABELS, iso_time

# Codes from a fixed list (a database constraint each: type, status, extent, scope, precision,
# role, place kind) and ISO 8601 dates and times hold no character JSON escapes, so they are
# written between quotes as they are (`"{code}"`), as `csv_rows.COLUMNS` writes them verbatim.
TYPE_LABEL_TEXTS = {code: text(label) for code, label in TYPE_LABELS.items()}
STATUS_LABEL_TEXTS = {code: text(label) for code, label in STATUS_LABELS.items()}


def _text(value):
    """A JSON string, or null for None (as `json.dumps` writes them), for the fields that may
    be empty; the others are written with `text` itself."""
    return "null" if value is None else text(value)


def _iso(value):
    """`iso_time` as JSON: null, or the ISO text between quotes."""
    return "null" if value is None else f'"{iso_time(value)}"'


@lru_cache(maxsize=1024)
def _dates(date, precision):
    """The record's "date", "date_precision" and "date_display" members: a record's date is
    one of a few thousand days, and writing "17 February 2021" from it is slow (`%B`)."""
    return (
        f'"date": "{iso_partial_date(date, precision)}", "date_precision": "{precision}", '
        f'"date_display": {text(format_partial_date(date, precision))}'
    )


def _organisation(links, organisation):
    _action, slug, name, role = organisation
    return (
        f'{{"slug": {text(slug)}, "name": {text(name)}, "role": "{role}", '
        f'"url": {text(links.organisation(slug))}}}'
    )


def _source(links, source):
    _action, article_id, title, url, publisher, published_at, quote = source
    return (
        f'{{"title": {text(title)}, "url": {text(url) if is_web_url(url) else "null"}, '
        f'"publisher": {_text(publisher)}, "published_at": {_iso(published_at)}, '
        f'"quote": {text(quote) if quote else "null"}, "page": {text(links.article(article_id))}}}'
    )


def _place(links, paths, place_id, slug, name, qualified_name, kind, ocd_id, iso_code):
    if not place_id:
        return "null"
    return (
        f'{{"slug": {text(slug)}, "name": {text(name)}, '
        f'"qualified_name": {_text(qualified_name)}, "path": {text(paths.get(place_id, slug))}, '
        f'"kind": "{kind}", "ocd_id": {_text(ocd_id)}, '
        f'"iso_code": {text(iso_code) if iso_code else "null"}, "url": {text(links.place(slug))}}}'
    )


def record_json(row, organisations, sources, *, links, paths):
    """`json.dumps(plain_record(row, organisations, sources, ...), ensure_ascii=False)`: the
    record of an action's plain row (`exports.ACTION_FIELDS`), its `organisations`
    (PARTICIPANT_FIELDS) and its `sources` (CITATION_FIELDS) as JSON text."""
    (
        _pk,
        slug,
        title,
        action_type,
        status,
        extent,
        scope,
        date,
        precision,
        effective_date,
        expiry_date,
        summary,
        published_at,
        updated_at,
        *place,
    ) = row
    organisations = ", ".join([_organisation(links, entry) for entry in organisations])
    sources = ", ".join([_source(links, entry) for entry in sources])
    type_label = TYPE_LABEL_TEXTS.get(action_type) or text(action_type)
    status_label = STATUS_LABEL_TEXTS.get(status) or text(status)
    return (
        f'{{"slug": {text(slug)}, "url": {text(links.action(slug))}, "title": {text(title)}, '
        f'"type": "{action_type}", "type_label": {type_label}, '
        f'"status": "{status}", "status_label": {status_label}, '
        f'"extent": "{extent}", "scope": "{scope}", {_dates(date, precision)}, '
        f'"effective_date": {_iso(effective_date)}, "expiry_date": {_iso(expiry_date)}, '
        f'"jurisdiction": {_place(links, paths, *place)}, "organisations": [{organisations}], '
        f'"summary": {text(summary)}, "sources": [{sources}], '
        f'"published_at": {_iso(published_at)}, "updated_at": {_iso(updated_at)}}}'
    )
