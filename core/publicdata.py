"""The public data version: a token that changes whenever anything the public site shows
changes, and the time it last did.

Cached public pages (`tracker.public_cache`) are keyed on the token, so invalidating every one
of them is replacing it: there is no list of pages to purge, and a page of an old token is
never read again. The token is a row in the database (`core.models.PublicDataVersion`), not a
cache entry, so every process sees the same one without any shared cache: the import command,
each gunicorn worker, each app server.

A bump is an UPDATE in the caller's transaction: it commits with the change it announces, or
rolls back with it. A page is keyed on the token read before it is rendered, so a page that
might show data older than a token is never stored under that token.

With a cache every process shares (Redis or Memcached), the version is also kept there as a
generation number (`current_version`), so a page served from the cache reads nothing from the
database: reading the row cost every cached page its own connection and query, about half of
its time (bench/web). A bump advances the generation once its transaction has committed
(`on_commit`, an atomic INCR): a reader that meets the new generation reads the data after the
commit. Lost (evicted, flushed, a restarted Redis), it starts again at a random 62-bit number,
so no page kept under an earlier generation is ever met again. The page cache keeps each page's
Last-Modified with it, read from the row when the page was rendered. A process-local cache
cannot see other processes' bumps: there, the row is read on every request, as before.

Aggregates that scan every matching record (the timeline's chart and count) are kept the same
way, per filter: `kept_until_changed`.

Changes reach it two ways:
- signals: each app names the models its public pages show (`watch`, in its `ready()`), and
  every save and delete of one, and every change to their many-to-many links, bumps it;
- explicit calls to `bump_public_version()` where records are written in bulk without signals
  (`bulk_create`, `QuerySet.update`, `executemany`): the importer's batches, loading the
  directory and the reference records, indexing place names, curated records, merging.
"""

import hashlib
import logging
import secrets
from functools import cached_property

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.memcached import BaseMemcachedCache
from django.core.cache.backends.redis import RedisCache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from .models import PublicDataVersion
from .sql_once import SqlOnce

THE_ROW = 1
# The cache the public pages are kept in (tracker.public_cache) holds the generation too: a
# page cache that is emptied takes the generation its pages were kept under with it.
VERSION_CACHE = "public_pages"
GENERATION_KEY = "public-data-generation"
SHARED_BACKENDS = (RedisCache, BaseMemcachedCache)  # atomic add and incr, seen by every process
logger = logging.getLogger(__name__)
M2M_CHANGES = {"post_add", "post_remove", "post_clear"}
# The models `watch` was given, so a test can check that every public model is among them.
WATCHED_MODELS = set()
# What the cache answers for a key it does not hold: kept aggregates may be None (the newest
# date of an empty list), which must read as kept, not as missing.
NOT_KEPT = object()


def bump_public_version():
    """Say that public data changed: a new token, and now as the time of the change."""
    token, now = secrets.token_hex(16), timezone.now()
    if not PublicDataVersion.objects.filter(pk=THE_ROW).update(token=token, changed_at=now):
        # A database made by migrate has no row until the first change (or first read).
        PublicDataVersion.objects.update_or_create(
            pk=THE_ROW, defaults={"token": token, "changed_at": now}
        )
    if shared_cache() is not None:
        transaction.on_commit(_advance_generation)


def shared_cache():
    """The cache holding the generation, or None when it is this process's own."""
    store = caches[VERSION_CACHE]
    return store if isinstance(store, SHARED_BACKENDS) else None


def _advance_generation():
    try:
        caches[VERSION_CACHE].incr(GENERATION_KEY)
    except ValueError:
        pass  # none kept: the next reader starts one afresh
    except Exception:
        # The change is committed but cached pages cannot hear of it: say so loudly.
        logger.exception("public data changed but the cached generation could not advance")


# Read by every page rendered without a shared cache: through the ORM its building took 0.43 of
# the 0.44 ms it cost (bench/web's data), 4-10% of a page (an action's 4.3 ms).
_THE_VERSION = SqlOnce(
    lambda: PublicDataVersion.objects.filter(pk=THE_ROW).values_list("token", "changed_at")
)


def public_version():
    """`(token, changed_at)` of the public data as it stands."""
    row = next(iter(_THE_VERSION.rows()), None)
    if row is None:
        # Nothing recorded when the data last changed: say it changed now, which is never too
        # early for Last-Modified.
        bump_public_version()
        row = PublicDataVersion.objects.values_list("token", "changed_at").get(pk=THE_ROW)
    return row


def current_version():
    """`(token, changed_at)` to key cached pages and aggregates on: the shared cache's
    generation and None (no query: the caller reads `public_version()` if it needs the
    time), or, without a shared cache, the row's. The token holds today's date too: what is
    in force changes the day an expiry date passes (`policies.choices.shown_status`) with no
    record changed, so each page and aggregate is kept for one day of the data at most."""
    token, changed = _stored_version()
    return f"{token}@{timezone.localdate().isoformat()}", changed


def _stored_version():
    store = shared_cache()
    if store is not None:
        generation = store.get(GENERATION_KEY)
        if generation is None:
            # Whoever adds first wins the race; everyone then uses the number that won.
            store.add(GENERATION_KEY, secrets.randbits(62), timeout=None)
            generation = store.get(GENERATION_KEY)
        if generation is not None:
            return f"g{generation}", None
    return public_version()


def token_for(request):
    """The public data version's token for `request`: the one the page cache read before the
    page was rendered (`request.public_data_token`), or read now and kept on the request, so
    that every aggregate of one page is of one version, read once."""
    token = getattr(request, "public_data_token", None)
    if token is None:
        token = current_version()[0]
        if request is not None:
            request.public_data_token = token
    return token


def aggregates_version(request):
    """The data version `request`'s page keeps its aggregates under (`token_for`), for code
    below the views to key what it keeps on (`PolicyActionQuerySet.within`) without being
    handed the request; None when aggregates are not kept, so nothing is read for it."""
    return token_for(request) if settings.PUBLIC_AGGREGATES_KEPT else None


def kept_until_changed(request, name, key, compute, *, version=None):
    """`compute()`, kept in the page cache ("public_pages") until public data changes: under
    the version's token, so the first request after any change computes it afresh and nothing
    is purged.
    `request` may be None where no request is at hand: the version is then `version`, a token
    the caller read (`token_for`), or read each call.
    `name` says what it is, `key` (text) which one. Kept whether or not the page cache is on;
    computed every time when settings.PUBLIC_AGGREGATES_KEPT is off (tests, and DEBUG under
    runserver)."""
    if not settings.PUBLIC_AGGREGATES_KEPT:
        return compute()
    cache_key = _kept_key(version or token_for(request), name, key)
    # Beside the pages, under the same generation, never beside the rate limits' counts: in a
    # process's own memory a full cache drops a third of its entries, counts included.
    store = caches[VERSION_CACHE]
    value = store.get(cache_key, NOT_KEPT)
    if value is NOT_KEPT:
        value = compute()
        store.set(cache_key, value, settings.PUBLIC_CACHE_TIMEOUT)
    return value


def kept_already(request, name, key):
    """What `kept_until_changed(request, name, key, …)` keeps for the data as it stands, or
    NOT_KEPT while nothing is kept (and whenever aggregates are not kept)."""
    if not settings.PUBLIC_AGGREGATES_KEPT:
        return NOT_KEPT
    return caches[VERSION_CACHE].get(_kept_key(token_for(request), name, key), NOT_KEPT)


class KeptCountPaginator(Paginator):
    """A paginator whose count of every match is kept until public data changes
    (`kept_until_changed`) under `name` and `key`: the filters that chose the list, never its
    order or page. Counting every match took 0.1 to 0.3 s for a filtered timeline at 20,000
    actions on SQLite, 0.17 s for the 100,000 articles on PostgreSQL, 48 ms for the
    organisations listed (bench/web)."""

    def __init__(self, object_list, per_page, *, request, name, key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.request, self.name, self.key = request, name, key

    @cached_property
    def count(self):
        return kept_until_changed(
            self.request, self.name, self.key, lambda: Paginator.count.func(self)
        )


def _kept_key(version, name, key):
    digest = hashlib.sha256(key.encode()).hexdigest()
    return f"{name}:{version}:{digest}"


def _saved_or_deleted(sender, **kwargs):
    bump_public_version()


def _links_changed(sender, action, **kwargs):
    if action in M2M_CHANGES:
        bump_public_version()


def watch(*models):
    """Bump the version on every save or delete of `models`, and on every change to their
    many-to-many links made through Django's related managers."""
    for model in models:
        WATCHED_MODELS.add(model)
        uid = f"public-data-{model._meta.label_lower}"
        post_save.connect(_saved_or_deleted, sender=model, dispatch_uid=uid)
        post_delete.connect(_saved_or_deleted, sender=model, dispatch_uid=uid)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"{uid}-{field.name}")
