"""What every download and feed answers with besides its content: the licence in its headers,
and a 400 naming each filter that could not be applied.

`rejects_bad_filters` is the one statement of that 400: every download view and every feed
wears it, and reads the timeline's filters through `policies.filters.filtered_actions`.
"""

import functools

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone

from policies.filters import InvalidFilters

from .exports import LICENCE


def about_licence_url(request):
    return request.build_absolute_uri(reverse("policies:about") + "#licence")


def with_open_data_headers(response, request, download_as=None):
    """The licence travels with every download, in its headers as well as in the file.

    `download_as` ("csv" or "json") makes it an attachment named after the day it was taken.
    """
    response["Link"] = (
        f'<{LICENCE["url"]}>; rel="license", <{about_licence_url(request)}>; rel="describedby"'
    )
    # Public, read-only data without cookies: any site may fetch it (TimelineJS embeds do).
    response["Access-Control-Allow-Origin"] = "*"
    if download_as:
        filename = f"policy-tracker-actions-{timezone.now().date().isoformat()}.{download_as}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def bad_filters(request, errors, *, as_json):
    """A 400 that lists each rejected filter with what is wrong with it."""
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
    return with_open_data_headers(response, request)


def rejects_bad_filters(*, as_json):
    """Make a download or feed view answer filters that name nothing with a 400 saying which
    and why: a JSON object of errors (`as_json`) or plain text. The view reads its filters
    before it starts streaming, so the error comes before any row."""

    def decorate(view):
        @functools.wraps(view)
        def answering_bad_filters(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except InvalidFilters as invalid:
                return bad_filters(request, invalid.errors, as_json=as_json)

        return answering_bad_filters

    return decorate
