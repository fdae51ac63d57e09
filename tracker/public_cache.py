"""The public site served from a cache that is never stale, and revalidated by browsers and CDNs.

Anonymous GETs of the public pages, the feeds, the read API and the sitemap are kept whole in the
"public_pages" cache (Redis when REDIS_URL is set, shared by every app server; this process's
memory otherwise), keyed on the request's full URL with its query string in a normal order, on
the request headers the response varies on (the API's Accept), on the code serving it, and on
the public data version (`core.publicdata`). Any change to public data replaces that version
as it commits, so the next request after it misses and renders afresh: nothing is ever purged,
and nothing is served that the data has changed under. With Redis the version is read from the
cache too, and each process keeps copies of the pages it served last (`RecentPages`): a page
served from the cache touches no database, and costs one small read of Redis.

Every such response (downloads too) carries validators and a Cache-Control that make browsers
and CDNs ask again before reusing it: a weak ETag (the cache key) and Last-Modified (when public
data last changed, kept with the page: read from the database when it was rendered), answered
with 304 Not Modified, the page never rendered, while they still hold.

Downloads are streamed and can be tens of megabytes: they get validators and 304s, but their
bodies are never kept (one full export would crowd every page out of the cache, and a stream
that broke off half-way cannot be told from a whole one here).

Left live, as they are: anyone signed in (staff carry the session cookie), or holding a
message not yet shown; any response that sets a cookie, varies on cookies, is private, or
carries a CSP nonce (the API's docs and browsable pages); anything but a 200. Served from the
cache, a request skips everything inside this middleware: sessions, CSRF, rate limits.
"""

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import cc_delim_re, get_conditional_response, has_vary_header
from django.utils.http import http_date, urlencode

from core.publicdata import VERSION_CACHE, current_version, public_version, shared_cache

from .ratelimits import DOWNLOAD_URL_NAMES

CACHE_ALIAS = VERSION_CACHE
KEPT, VALIDATED = "kept whole", "validated only"
# By URL namespace, then by view name over it; None is live.
RULES = {
    "policies": KEPT,
    "news": KEPT,
    "maps": KEPT,
    "opendata": KEPT,
    "api": KEPT,
    "sitemap": KEPT,
    "sitemap-section": KEPT,
    # The schema and its docs pages describe the code, not the data; the docs carry nonces.
    "api:schema": None,
    "api:docs": None,
    "api:redoc": None,
    **{f"opendata:{name}": VALIDATED for name in DOWNLOAD_URL_NAMES},
}
# Set on each answer here, never kept with a stored response.
VALIDATOR_HEADERS = ("ETag", "Last-Modified", "Cache-Control")
PROJECT_FOLDERS = ("templates", "static", "core", "directory", "articles", "policies")
PROJECT_FOLDERS += ("suggestions", "maps", "opendata", "tracker")
CODE_SUFFIXES = {".py", ".html", ".css", ".js", ".json", ".txt", ".xml", ".svg"}


@functools.cache
def code_fingerprint():
    """A digest of the project's code, templates and static files: pages rendered by other code
    (before a deploy, or by another server in the middle of one) are never served. Read once a
    process (about 70 ms)."""
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    for folder in PROJECT_FOLDERS:
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in CODE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def rule_for(request):
    """KEPT, VALIDATED or None (live) for `request`."""
    if not settings.PUBLIC_CACHE_ENABLED or request.method not in {"GET", "HEAD"}:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    return RULES.get(match.view_name, RULES.get(match.namespace))


def normalised_url(request):
    """The URL as the cache knows it: parameters sorted by name, each name's values in order."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    return f"{request.scheme}://{request.get_host()}{request.path}?{query}"


def varied_on(response):
    """The request headers `response` varies on, or None for `Vary: *` (never kept)."""
    names = [] if not response.has_header("Vary") else cc_delim_re.split(response["Vary"])
    if "*" in names:
        return None
    return sorted({name.lower() for name in names if name})


def is_public(request, response):
    """Whether `response` is the same for every anonymous reader, so may be reused."""
    return (
        response.status_code == 200
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and not {"private", "no-store"} & set(cc_delim_re.split(response.get("Cache-Control", "")))
        and getattr(request, "_csp_nonce", None) is None
        and not any(name.startswith("_csp") for name in vars(response))
    )


class Answer:
    """What one URL, in one version of the data and the code, is answered with for one request
    (by the values of the headers it varies on): the key it is kept under when it varies, and
    the validators and Cache-Control of its responses."""

    def __init__(self, request, token, code, url, headers):
        values = [request.headers.get(name, "") for name in headers]
        identity = "\n".join([code, token, url, *headers, *values])
        self.key = "page:" + hashlib.sha256(identity.encode()).hexdigest()
        self.etag = f'W/"{self.key[5:37]}"'
        self.vary = ", ".join(headers)
        self.last_modified = None

    def changed(self, changed_at):
        """Say when public data last changed. Last-Modified has whole seconds: sent only once
        the second of the last change is over, so that a second change within that second can
        never be answered with a 304."""
        changed = int(changed_at)
        self.last_modified = changed if int(time.time()) > changed else None
        return self

    def dress(self, response):
        for name in VALIDATOR_HEADERS:
            if response.has_header(name):
                del response[name]
        response["ETag"] = self.etag
        if self.last_modified is not None:
            response["Last-Modified"] = http_date(self.last_modified)
        age = settings.PUBLIC_CACHE_MAX_AGE
        response["Cache-Control"] = (
            f"public, max-age={age}, stale-while-revalidate={age}" if age else "public, no-cache"
        )
        if self.vary:
            response["Vary"] = self.vary
        return response

    def conditional(self, request, response=None):
        """A 304 (or 412) when the request's validators say so; None to answer in full."""
        response = response or self.dress(HttpResponse())
        answer = get_conditional_response(
            request, etag=self.etag, last_modified=self.last_modified, response=response
        )
        return None if answer is response else answer


class Kept(NamedTuple):
    """What the cache holds for a URL: the data version and the headers the answer varies on,
    and, unless it varies (then it is kept apart, under its `Answer.key`, as a Kept too),
    when public data had last changed as it was rendered and the response itself (None when
    it is only validated: a download, or over the size limit)."""

    token: str
    vary: list
    changed_at: float | None
    response: tuple | None


def frozen(response):
    headers = [(k, v) for k, v in response.items() if k not in VALIDATOR_HEADERS]
    return response.status_code, response.content, headers


def thawed(stored):
    status, content, headers = stored
    return HttpResponse(content, status=status, headers=dict(headers))


def changed_at(version):
    """When public data last changed, as a timestamp: from `version` when it was read from the
    database, else read now."""
    return (version[1] or public_version()[1]).timestamp()


class RecentPages:
    """This process's own copies of the entries it read from a shared cache last, by key and
    data version, up to `budget` bytes of pages: the version is still read from the shared
    cache on every request (one small round trip), but a page served again is not fetched
    again. In-process on the bench data (SQLite, load average 5), a hit on /jurisdictions/
    (587 KB) took 2.9-4.0 ms with the page read from Redis and 0.45-0.64 ms without, /api/actions/
    0.91-0.94 and 0.60 ms, / (114 KB) 0.58-0.81 and 0.51-0.65 ms; robots.txt 0.36-0.41 ms."""

    def __init__(self, budget):
        self.budget, self.size = budget, 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    @staticmethod
    def size_of(kept):
        return 200 + (len(kept.response[1]) if kept.response else 0)

    def get(self, store, key, token):
        """The entry under `key` of data version `token`, kept here or read from `store`."""
        with self.lock:
            kept = self.entries.get((key, token))
            if kept is not None:
                self.entries.move_to_end((key, token))
                return kept
        kept = store.get(key)
        if kept is None or kept.token != token:
            return None
        return self.remember(key, kept)

    def remember(self, key, kept):
        with self.lock:
            if (key, kept.token) not in self.entries:
                self.entries[key, kept.token] = kept
                self.size += self.size_of(kept)
            while self.size > self.budget:
                self.size -= self.size_of(self.entries.popitem(last=False)[1])
        return kept


RECENT_PAGES = RecentPages(budget=32 * 1024 * 1024)


class PublicCacheMiddleware:
    """Served from the cache, a page costs one small round trip for the data version and a
    look in this process's recent pages; a page not among them costs one more (two for the
    API's, which vary on Accept)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rule = rule_for(request)
        if rule is None:
            return self.get_response(request)
        store = caches[CACHE_ALIAS]
        url = normalised_url(request)
        url_key = "url:" + hashlib.sha256(f"{code_fingerprint()}\n{url}".encode()).hexdigest()
        # Before rendering: a page never outdates its key.
        version = current_version()
        # The page's aggregates are kept under the same token (`core.publicdata`).
        token = request.public_data_token = version[0]
        shared = shared_cache() is not None
        read = RECENT_PAGES.get if shared else lambda store, key, token: store.get(key)
        entry = read(store, url_key, token)
        answer = None
        if entry is not None and entry.token == token:
            answer = Answer(request, token, code_fingerprint(), url, entry.vary)
            kept = read(store, answer.key, token) if entry.vary else entry
            if kept is not None and kept.token == token:
                answer.changed(kept.changed_at)
                if not_modified := answer.conditional(request):
                    return not_modified
                if rule is KEPT and kept.response is not None:
                    return answer.dress(thawed(kept.response))
        # Read before rendering, so the page shows data at least as new as its Last-Modified.
        changed = changed_at(version)
        if answer and (not_modified := answer.changed(changed).conditional(request)):
            return not_modified

        response = self.get_response(request)
        headers = varied_on(response)
        if headers is None or not is_public(request, response):
            return response
        answer = Answer(request, token, code_fingerprint(), url, headers).changed(changed)
        keep = rule is KEPT and request.method == "GET" and not response.streaming
        if keep and len(response.content) > settings.PUBLIC_CACHE_MAX_BYTES:
            keep = False
        kept = Kept(token, headers, changed, frozen(response) if keep else None)
        entries = {url_key: Kept(token, headers, None, None), answer.key: kept}
        if not headers:
            entries = {url_key: kept}
        store.set_many(entries, settings.PUBLIC_CACHE_TIMEOUT)
        for key, entry in entries.items() if shared else ():
            RECENT_PAGES.remember(key, entry)
        answer.dress(response)
        return answer.conditional(request, response) or response
