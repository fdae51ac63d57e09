"""Rate limits per client address: the read API, the downloads, searches and public forms.

Each request is counted in every group it belongs to (an API search counts as API and as a
search); over any group's limit it gets a 429 that says which limit and when to come back, in
JSON under /api/ and as text elsewhere, with a Retry-After header. Counting is django-ratelimit's,
in the default cache: shared by every app server when that is Redis (see the settings).
"""

import ipaddress
import math

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django_ratelimit.core import get_usage

DOWNLOAD_URL_NAMES = {"export-csv", "export-json", "export-timelinejs"}
# Where a request whose address cannot be read is counted: all such requests together.
UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 (a bucket name, nothing listens on it)


def client_address(request):
    """The address a request is counted under (RATELIMIT_IP_META_KEY).

    REMOTE_ADDR, or the header RATELIMIT_CLIENT_IP_HEADER names (the first address when a
    proxy lists several). A missing or malformed value is counted as UNKNOWN_ADDRESS instead of
    failing the request: a client can send any header, and a Unix socket has no address.
    """
    header = settings.RATELIMIT_CLIENT_IP_HEADER or "REMOTE_ADDR"
    value = request.META.get(header) or request.META.get("REMOTE_ADDR") or ""
    first = value.split(",")[0].strip()
    try:
        return str(ipaddress.ip_address(first))
    except ValueError:
        return UNKNOWN_ADDRESS


def limited_groups(request, resolver_match):
    """The rate-limit groups a request counts in; none for the admin."""
    namespaces = resolver_match.namespaces
    if "admin" in namespaces:
        return []
    groups = []
    if "api" in namespaces:
        groups.append("api")
    if "opendata" in namespaces and resolver_match.url_name in DOWNLOAD_URL_NAMES:
        groups.append("downloads")
    if request.method in {"GET", "HEAD"} and request.GET.get("q", "").strip():
        groups.append("search")
    if request.method == "POST":
        groups.append("forms")
    return groups


def too_many_requests(request, group, rate, seconds):
    message = (
        f"Too many requests: this address is limited to {rate} for {group}. "
        f"Try again in {seconds} seconds."
    )
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=429)
    else:
        response = HttpResponse(message + "\n", status=429, content_type="text/plain")
    response["Retry-After"] = str(seconds)
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.RATELIMIT_ENABLE:
            return None
        for group in limited_groups(request, request.resolver_match):
            rate = settings.RATELIMITS.get(group)
            if not rate:
                continue
            usage = get_usage(request, group=group, key="ip", rate=rate, increment=True)
            if usage and usage["should_limit"]:
                seconds = max(1, math.ceil(usage["time_left"]))
                return too_many_requests(request, group, rate, seconds)
        return None
