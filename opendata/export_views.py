"""Downloads of any filtered view of the timeline: CSV, JSON and Knight Lab TimelineJS.

Each takes the timeline's own GET parameters through the same FilterSet, so a download holds
exactly the actions the page lists, on every page of it, in the same order. Rows are streamed:
the database is read in chunks of 2,000 actions (each chunk reads its organisations and
sources in two queries), so memory stays flat however many actions match. The download of
every action (no filters) is kept as a file until public data changes (`stored_downloads`).
"""

import functools
import json
from collections import defaultdict
from itertools import islice

from django.db import DEFAULT_DB_ALIAS
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from core.queries import IDS_LATER, ForEachIds
from directory.models import Jurisdiction
from policies.citations import export_citations
from policies.filters import filtered_actions
from policies.models import PolicyAction
from policies.participants import export_participants

from . import record
from .csv_rows import CsvDownload
from .csv_sql import AS_ISO_TEXT
from .exports import (
    ACTION_FIELDS,
    CITATION_FIELDS,
    LICENCE,
    PARTICIPANT_FIELDS,
    SITE_NAME,
    SiteLinks,
    citation_text,
    timelinejs_event,
    timelinejs_title,
)
from .json_download import json_texts
from .record import plain_record
from .responses import about_licence_url, rejects_bad_filters, with_open_data_headers
from .stored_downloads import kept_as_streamed, stored_name, stored_response
from .streaming import CSV_BROKEN_OFF, JSON_BROKEN_OFF, ends_visibly

EXPORT_CHUNK_SIZE = 2000
CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"


def published_actions(request):
    """The published actions a filtered timeline lists, with their places."""
    return filtered_actions(
        request, PolicyAction.objects.published().select_related("jurisdiction")
    )


def _by_action(rows):
    grouped = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    return grouped


def _read(fields):
    """`fields` as `values_list` reads them, those of ISO_TEXT as their ISO 8601 text."""
    return [AS_ISO_TEXT[field](field) if field in AS_ISO_TEXT else field for field in fields]


_PLACE_ID = ACTION_FIELDS.index("jurisdiction_id")


def action_rows(actions):
    """`actions` as the plain rows a record is built from (`ActionRow`, ISO dates as text)."""
    return actions.prefetch_related(None).values_list(*_read(ACTION_FIELDS))


@functools.cache
def _parts_queries(alias):
    """The participants' and citations' queries of `_Parts` on the database `alias`, compiled
    once a process: the same SQL whatever the actions, and compiling both took ~1.9 of the
    read API's ~15 ms a page of 50 actions (bench/web, alternated in one process)."""
    participants = export_participants(IDS_LATER).using(alias)
    citations = export_citations(IDS_LATER).using(alias)
    return (
        ForEachIds(participants.values_list(*PARTICIPANT_FIELDS)),
        ForEachIds(citations.values_list(*_read(CITATION_FIELDS))),
    )


class _Parts:
    """The participants and citations of chunks of action rows, one query each a chunk
    (compiled once, `ForEachIds`), grouped by action: Django's own `prefetch_related` builds a
    queryset for every action it fills, which was a third of an export's time, and model
    instances most of the rest (bench/bench_export.py)."""

    def __init__(self, alias=DEFAULT_DB_ALIAS):
        self.participants_of, self.citations_of = _parts_queries(alias)

    def of(self, chunk, sources=True):
        """Each row of `chunk` with its participants and its citations (none read unless
        `sources`)."""
        ids = [row[0] for row in chunk]
        participants = _by_action(self.participants_of.rows(ids))
        citations = _by_action(self.citations_of.rows(ids) if sources else ())
        for row in chunk:
            yield row, participants[row[0]], citations[row[0]]


def _plain_rows(actions, sources=True):
    """Each of `actions` as its plain row, with its participants and its citations (unless
    not `sources`), read in chunks of EXPORT_CHUNK_SIZE actions."""
    parts = _Parts()
    rows = action_rows(actions).iterator(chunk_size=EXPORT_CHUNK_SIZE)
    while chunk := list(islice(rows, EXPORT_CHUNK_SIZE)):
        yield from parts.of(chunk, sources)


def records_of_rows(request, rows, build=plain_record, links_class=SiteLinks):
    """The records made by `build` (`plain_record`, the API's `action_json` or the like, with the
    request's `links_class`) of action rows already read (`action_rows`, a page of them), with
    their places' paths read from those places alone: the read API's list."""
    if not rows:
        return []
    paths = Jurisdiction.objects.slug_paths_of({row[_PLACE_ID] for row in rows} - {None})
    links = links_class(request.build_absolute_uri)
    return [
        build(row, participants, citations, links=links, paths=paths)
        for row, participants, citations in _Parts().of(rows)
    ]


def records(request, actions, sources=True):
    """Stream `actions` as records (`plain_record`), their sources empty unless `sources`;
    the paths of their places are read once, from those places and the ones above them (a
    tenth of the world's 75,000: 0.06 s, not 0.2 s)."""
    paths = Jurisdiction.objects.slug_paths_of(actions.values("jurisdiction_id"))
    links = SiteLinks(request.build_absolute_uri)
    for row, participants, citations in _plain_rows(actions, sources):
        yield plain_record(row, participants, citations, links=links, paths=paths)


# Rows sent together: a piece of text a row made the response encode and hand on each row
# alone, 10% of a download's time (bench/bench_export.py).
ROWS_A_PIECE = 200


def _in_pieces(texts):
    """`texts` in lists of ROWS_A_PIECE."""
    while piece := list(islice(texts, ROWS_A_PIECE)):
        yield piece


def csv_text(request, actions):
    """The CSV of `actions` as UTF-8 bytes, a piece for each chunk of EXPORT_CHUNK_SIZE
    actions, each line written by the database but for its place's path, organisations and
    sources (`csv_rows`). Read in chunks as `records`."""
    links = SiteLinks(request.build_absolute_uri)
    csv = CsvDownload(links, actions.values("jurisdiction_id"))
    rows = actions.values_list(*csv.reads).iterator(chunk_size=EXPORT_CHUNK_SIZE)
    yield csv.header
    while chunk := list(islice(rows, EXPORT_CHUNK_SIZE)):
        yield csv(chunk)


@require_safe
@rejects_bad_filters(as_json=False)
def actions_csv(request):
    name = stored_name(request, "csv")
    response = stored_response(name, CSV_TYPE)
    if response is None:
        body = kept_as_streamed(csv_text(request, published_actions(request)), name)
        body = ends_visibly(body, broken_off=CSV_BROKEN_OFF, what="CSV")
        response = StreamingHttpResponse(body, content_type=CSV_TYPE)
    return with_open_data_headers(response, request, download_as="csv")


def _as_json(items):
    """The JSON texts of `items`, in UTF-8 (as the JSON download's records come)."""
    return (json.dumps(item, ensure_ascii=False).encode() for item in items)


def _stream_json_object(head, key, pieces, tail=None):
    """Write `{...head, key: [items...], ...tail}` in UTF-8 a piece at a time, never holding
    the list, from `pieces`, lists of the JSON texts of the items in UTF-8."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield f'{opening}, "{key}": ['.encode()
    count = 0
    for texts in pieces:
        if texts:
            yield (b",\n" if count else b"\n") + b",\n".join(texts)
            count += len(texts)
    closing = json.dumps({**(tail or {}), "count": count}, ensure_ascii=False)[1:]
    yield f"\n], {closing}\n".encode()


def _provenance(request):
    url = request.build_absolute_uri()
    return {
        "source": url,
        "generated_at": timezone.now().isoformat(timespec="seconds").replace("+00:00", "Z"),
        "licence": {**LICENCE, "terms": about_licence_url(request)},
        "citation": citation_text(url=url, retrieved=timezone.now()),
        "attribution": SITE_NAME,
        "note": (
            "News sources are given by headline, URL, publisher and the sentence quoted as "
            "evidence; their text belongs to their publishers and is not included."
        ),
    }


@require_safe
@rejects_bad_filters(as_json=True)
def actions_json(request):
    name = stored_name(request, "json")
    response = stored_response(name, JSON_TYPE)
    if response is None:
        links = SiteLinks(request.build_absolute_uri)
        actions = published_actions(request)
        pieces = json_texts(record.MEMBERS, links, actions, chunk_size=EXPORT_CHUNK_SIZE)
        body = _stream_json_object(_provenance(request), "actions", pieces)
        body = ends_visibly(kept_as_streamed(body, name), broken_off=JSON_BROKEN_OFF, what="JSON")
        response = StreamingHttpResponse(body, content_type=JSON_TYPE)
    return with_open_data_headers(response, request, download_as="json")


@require_safe
@rejects_bad_filters(as_json=True)
def actions_timelinejs(request):
    """The filtered actions, oldest first, as a TimelineJS source any newsroom can embed."""
    name = stored_name(request, "timelinejs.json")
    response = stored_response(name, JSON_TYPE)
    if response is None:
        # A timeline reads from left to right whatever order the list was in.
        actions = published_actions(request).order_by("date", "title", "pk")
        # An event shows no sources: reading them was a fifth of the download's time.
        events = map(timelinejs_event, records(request, actions, False))
        head = {
            "title": timelinejs_title(
                url=request.build_absolute_uri("/"),
                about_url=about_licence_url(request),
            ),
            **_provenance(request),
        }
        body = _stream_json_object(head, "events", _in_pieces(_as_json(events)))
        body = kept_as_streamed(body, name)
        body = ends_visibly(body, broken_off=JSON_BROKEN_OFF, what="TimelineJS")
        response = StreamingHttpResponse(body, content_type=JSON_TYPE)
    return with_open_data_headers(response, request)
