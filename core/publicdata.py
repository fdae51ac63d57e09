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
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from .models import PublicDataVersion

THE_ROW = 1
M2M_CHANGES = {"post_add", "post_remove", "post_clear"}
# The models `watch` was given, so a test can check that every public model is among them.
WATCHED_MODELS = set()


def bump_public_version():
    """Say that public data changed: a new token, and now as the time of the change."""
    token, now = secrets.token_hex(16), timezone.now()
    if not PublicDataVersion.objects.filter(pk=THE_ROW).update(token=token, changed_at=now):
        # A database made by migrate has no row until the first change (or first read).
        PublicDataVersion.objects.update_or_create(
            pk=THE_ROW, defaults={"token": token, "changed_at": now}
        )


def public_version():
    """`(token, changed_at)` of the public data as it stands."""
    row = PublicDataVersion.objects.filter(pk=THE_ROW).values_list("token", "changed_at").first()
    if row is None:
        # Nothing recorded when the data last changed: say it changed now, which is never too
        # early for Last-Modified.
        bump_public_version()
        row = PublicDataVersion.objects.values_list("token", "changed_at").get(pk=THE_ROW)
    return row


def token_for(request):
    """The public data version's token for `request`: the one the page cache read before the
    page was rendered (`request.public_data_token`, no second query), or read now."""
    return getattr(request, "public_data_token", None) or public_version()[0]


def kept_until_changed(request, name, key, compute):
    """`compute()`, kept in the default cache until public data changes: under the version's
    token, so the first request after any change computes it afresh and nothing is purged.
    `name` says what it is, `key` (text) which one. Computed every time when the page cache
    is off (settings.PUBLIC_CACHE_ENABLED: tests, and DEBUG under runserver)."""
    if not settings.PUBLIC_CACHE_ENABLED:
        return compute()
    digest = hashlib.sha256(key.encode()).hexdigest()
    cache_key = f"{name}:{token_for(request)}:{digest}"
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, settings.PUBLIC_CACHE_TIMEOUT)
    return value


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
