"""Downloads of any filtered view of the timeline: CSV, JSON and Knight Lab TimelineJS.

Each takes the timeline's own GET parameters through the same FilterSet, so a download holds
exactly the actions the page lists, on every page of it, in the same order. Rows are streamed:
the database is read in chunks (each chunk prefetches its organisations and sources in two
queries), so memory stays flat however many actions match.
"""

import csv
import json

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from directory.models import Jurisdiction
from policies.filters import ActionFilter
from policies.models import PolicyAction

from .exports import (
    CSV_COLUMNS,
    LICENCE,
    SITE_NAME,
    action_record,
    citation_text,
    csv_row,
    timelinejs_event,
    timelinejs_title,
)
from .streaming import CSV_BROKEN_OFF, JSON_BROKEN_OFF, ends_visibly

EXPORT_CHUNK_SIZE = 500


class InvalidFilters(Exception):
    def __init__(self, errors):
        super().__init__("Invalid filters")
        self.errors = errors


def filtered_actions(request, queryset=None):
    """Published actions narrowed and ordered by the timeline's filters in `request.GET`.

    Raises InvalidFilters, for a 400 that says what is wrong, when a filter names nothing.
    """
    if queryset is None:
        queryset = PolicyAction.objects.published().for_export()
    filterset = ActionFilter(request.GET or None, queryset=queryset, request=request)
    if filterset.is_bound and not filterset.is_valid():
        raise InvalidFilters(filterset.errors)
    return filterset.qs


def records(request, actions):
    """Stream `actions` as records; the jurisdiction tree is read once for their paths."""
    paths = Jurisdiction.objects.slug_paths()
    for action in actions.iterator(chunk_size=EXPORT_CHUNK_SIZE):
        yield action_record(action, absolute=request.build_absolute_uri, paths=paths)


def _about_licence_url(request):
    return request.build_absolute_uri(reverse("policies:about") + "#licence")


def _open_data_headers(response, request, download_as=None):
    """The licence travels with every download, in its headers as well as in the file.

    `download_as` ("csv" or "json") makes it an attachment named after the day it was taken.
    """
    response["Link"] = (
        f'<{LICENCE["url"]}>; rel="license", <{_about_licence_url(request)}>; rel="describedby"'
    )
    # Public, read-only data without cookies: any site may fetch it (TimelineJS embeds do).
    response["Access-Control-Allow-Origin"] = "*"
    if download_as:
        filename = f"policy-tracker-actions-{timezone.now().date().isoformat()}.{download_as}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def bad_filters(request, errors, *, as_json):
    messages = {field: [str(e) for e in field_errors] for field, field_errors in errors.items()}
    if as_json:
        response = JsonResponse({"errors": messages}, status=400)
    else:
        lines = [f"{field}: {message}" for field, items in messages.items() for message in items]
        response = HttpResponse(
            "The filters could not be applied:\n" + "\n".join(lines) + "\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return _open_data_headers(response, request)


class _Line:
    """A write-only buffer for csv.writer that hands each row back instead of storing it."""

    def write(self, value):
        return value


@require_safe
def actions_csv(request):
    try:
        actions = filtered_actions(request)
    except InvalidFilters as invalid:
        return bad_filters(request, invalid.errors, as_json=False)
    writer = csv.writer(_Line())

    def rows():
        yield writer.writerow(CSV_COLUMNS)
        for record in records(request, actions):
            yield writer.writerow(csv_row(record))

    body = ends_visibly(rows(), broken_off=CSV_BROKEN_OFF, what="CSV")
    response = StreamingHttpResponse(body, content_type="text/csv; charset=utf-8")
    return _open_data_headers(response, request, download_as="csv")


def _stream_json_object(head, key, items, tail=None):
    """Write `{...head, key: [items...], ...tail}` item by item, never holding the list."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield f'{opening}, "{key}": ['
    count = 0
    for item in items:
        yield ("," if count else "") + "\n" + json.dumps(item, ensure_ascii=False)
        count += 1
    closing = json.dumps({**(tail or {}), "count": count}, ensure_ascii=False)[1:]
    yield f"\n], {closing}\n"


def _provenance(request):
    url = request.build_absolute_uri()
    return {
        "source": url,
        "generated_at": timezone.now().isoformat(timespec="seconds").replace("+00:00", "Z"),
        "licence": {**LICENCE, "terms": _about_licence_url(request)},
        "citation": citation_text(url=url, retrieved=timezone.now()),
        "attribution": SITE_NAME,
        "note": (
            "News sources are given by headline, URL, publisher and the sentence quoted as "
            "evidence; their text belongs to their publishers and is not included."
        ),
    }


@require_safe
def actions_json(request):
    try:
        actions = filtered_actions(request)
    except InvalidFilters as invalid:
        return bad_filters(request, invalid.errors, as_json=True)
    body = _stream_json_object(_provenance(request), "actions", records(request, actions))
    body = ends_visibly(body, broken_off=JSON_BROKEN_OFF, what="JSON")
    response = StreamingHttpResponse(body, content_type="application/json; charset=utf-8")
    return _open_data_headers(response, request, download_as="json")


@require_safe
def actions_timelinejs(request):
    """The filtered actions, oldest first, as a TimelineJS source any newsroom can embed."""
    try:
        actions = filtered_actions(request)
    except InvalidFilters as invalid:
        return bad_filters(request, invalid.errors, as_json=True)
    # A timeline reads from left to right whatever order the list was in.
    actions = actions.order_by("date", "title", "pk")
    events = (timelinejs_event(record) for record in records(request, actions))
    head = {
        "title": timelinejs_title(
            url=request.build_absolute_uri("/"),
            about_url=_about_licence_url(request),
        ),
        **_provenance(request),
    }
    body = _stream_json_object(head, "events", events)
    body = ends_visibly(body, broken_off=JSON_BROKEN_OFF, what="TimelineJS")
    response = StreamingHttpResponse(body, content_type="application/json; charset=utf-8")
    return _open_data_headers(response, request)
