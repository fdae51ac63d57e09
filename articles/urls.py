"""Web addresses of news articles: one spelling for each, and the page an AMP copy stands for.

Pure functions on text. An article is stored under its canonical address and known by every
other address it was given (`ArticleURL`), so `lookup_keys` says under which keys to look.
"""

import re
from urllib.parse import urlsplit, urlunsplit

from core.strict_yaml import DocumentError

# The width of the URL columns: refused here with the file's name, rather than by PostgreSQL
# mid-import with a raw "value too long" (SQLite would have stored them).
MAX_URL_LENGTH = 2000

_TRACKING_PARAMETERS = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"}
_AMP_PARAMETERS = {("amp", ""), ("amp", "1"), ("amp", "true"), ("outputtype", "amp")}
_AMP_PARAMETERS_BY_NAME = {"_amp"}


# An address already spelt the way `normalize_url` spells them (lower case, no port, user or
# fragment): the common case, recognised without the cost of taking it apart with urlsplit.
_NORMAL_WEB_URL = re.compile(r"(https?://[a-z0-9.-]+)(/[^?#\s]*)?(?:\?([^#\s]*))?")


def normalize_url(url):
    """A stable spelling of a web address: lower-case scheme and host, no fragment or tracking."""
    url = url.strip()
    normal = _NORMAL_WEB_URL.fullmatch(url)
    if normal:
        return _normal_url(normal)
    return _normalize_parts(urlsplit(url))


def _normal_url(normal):
    """`normalize_url` of an address that `_NORMAL_WEB_URL` matched, from the match."""
    origin, path, query = normal.groups()
    query = _filter_query(query, _is_tracking) if query else ""
    return f"{origin}{path or '/'}{'?' if query else ''}{query}"


def _normalize_parts(parts):
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = _filter_query(parts.query, _is_tracking)
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def _is_tracking(key, _value):
    return key.startswith("utm_") or key in _TRACKING_PARAMETERS


def _filter_query(query, drop):
    """Remove parameters for which `drop(lower-case key, lower-case value)` holds.

    The kept parameters keep their exact spelling and order (`?amp` stays `?amp`).
    """
    if not query:
        return query
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        key, _sep, value = piece.partition("=")
        if not drop(key.lower(), value.lower()):
            kept.append(piece)
    return "&".join(kept)


def strip_amp(url):
    """The article an AMP or AMP-cache address stands for (best effort, never a guess of a host).

    https://www-x-com.cdn.ampproject.org/c/s/www.x.com/story/amp/ -> https://www.x.com/story/
    """
    normal = _NORMAL_WEB_URL.fullmatch(url)
    if normal:  # the usual case: already normalised, so the parts are the regex's groups
        origin, path, query = normal.groups()
        scheme, host = origin.split("://")
        netloc, path, query = host, path or "", query or ""
    else:
        parts = urlsplit(url)
        scheme, netloc, host = parts.scheme, parts.netloc, parts.hostname or ""
        path, query = parts.path, parts.query
    if host.endswith(".cdn.ampproject.org"):
        match = _AMP_CACHE_PATH.match(path)
        if match:
            inner = f"{'https' if match.group(1) else 'http'}://{match.group(2)}"
            inner += match.group(3) or "/"
            if query:
                inner += f"?{query}"
            return strip_amp(normalize_url(inner))
        return url
    if query:
        query = _filter_query(query, _is_amp_parameter)
    if path.startswith("/google-amp/"):
        path = path[len("/google-amp") :]
    if path.endswith(("/amp", "/amp/")):  # one /amp at the end, as the AMP convention has it
        path = path[: path.rindex("/amp")]
    path = path.removesuffix(".amp") or "/"
    if normal:  # what urlunsplit gives for these parts, without its general-purpose checks
        return f"{scheme}://{netloc}{path}{'?' if query else ''}{query}"
    return urlunsplit((scheme, netloc, path, query, ""))


_AMP_CACHE_PATH = re.compile(r"^/(?:[a-z]/)*?c/(s/)?([^/]+)(/.*)?$")


def _is_amp_parameter(key, value):
    return (key, value) in _AMP_PARAMETERS or key in _AMP_PARAMETERS_BY_NAME


def not_too_long(value, limit, source, what):
    """`value`, or a `DocumentError` naming `source` when it is longer than `limit`."""
    if len(value) > limit:
        raise DocumentError(source, f"{what} is {len(value):,} characters, more than {limit:,}")
    return value


def web_url(value, source, field_name):
    """The normalised http(s) address in `value`, or a `DocumentError` naming the field."""
    if not isinstance(value, str) or not (value := value.strip()):
        raise DocumentError(source, f"'{field_name}' must be a web address")
    not_too_long(value, MAX_URL_LENGTH, source, f"'{field_name}'")
    normal = _NORMAL_WEB_URL.fullmatch(value)
    if normal:  # plainly http(s) with a host
        return _normal_url(normal)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise DocumentError(source, f"'{field_name}' is not an http(s) web address: {value!r}")
    return _normalize_parts(parts)


def domain_of(url):
    """The host of `url` without its `www.`: a publisher's domain when the feed names none."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def lookup_keys(urls):
    """Every URL under which an article may already be stored, AMP copies resolved.

    Each address is tried with and without a trailing slash too: sites and their AMP copies
    disagree about it, and a related item may give one spelling and the article the other.
    """
    keys = []
    for url, _kind in urls:
        # Every AMP form spells "amp" somewhere; `urls` are normalised already, so an address
        # without it is its own page and need not be taken apart again.
        unamped = strip_amp(url) if "amp" in url.lower() else url
        for key in (url, unamped) if unamped != url else (url,):
            keys.append(key)
            keys.append(key[:-1] if key.endswith("/") else key + "/")
    return tuple(dict.fromkeys(keys))
