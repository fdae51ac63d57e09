"""Record URLs that never die: a record's former slugs redirect (301) to its current URL.

A model opts in with `keep_former_slugs(Model)` (from its app's `ready()`): whatever saves a
new slug (the admin, code, a merge) retires the old one, and the old one stays reserved so no
other record can take it. Detail views mix in `FormerSlugRedirectMixin`; any other view whose
URL carries a record's slug (a record's correction form, its feeds) answers a miss with
`former_slug_redirect`.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models.signals import post_init, pre_save
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse


def retire_slug(instance, slug, *, owner=None):
    """Keep `slug` as a former slug of `owner` (default: `instance`), which now answers for it."""
    from .models import FormerSlug

    owner = owner or instance
    content_type = ContentType.objects.get_for_model(type(instance))
    FormerSlug.objects.update_or_create(
        content_type=content_type, slug=slug, defaults={"object_id": owner.pk}
    )


def move_former_slugs(model, from_pk, to_pk):
    """A record folded into another (a merge): its old addresses answer for the one kept."""
    from .models import FormerSlug
    from .publicdata import bump_public_version

    FormerSlug.objects.of_model(model).filter(object_id=from_pk).update(object_id=to_pk)
    bump_public_version()  # QuerySet.update sends no signals


def _remember_loaded_slug(sender, instance, **kwargs):
    # The slug as the instance was built (from the database, for a stored record), so a save
    # can tell it changed without reading the row again.
    instance._slug_as_loaded = instance.__dict__.get("slug")


def _retire_changed_slug(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    loaded = getattr(instance, "_slug_as_loaded", None)
    if loaded is None:  # the slug was deferred when the record was read
        manager = sender._default_manager
        loaded = manager.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if loaded and loaded != instance.slug:
        retire_slug(instance, loaded)
    instance._slug_as_loaded = instance.slug


def keep_former_slugs(model):
    uid = f"former-slugs-{model._meta.label}"
    post_init.connect(_remember_loaded_slug, sender=model, dispatch_uid=uid)
    pre_save.connect(_retire_changed_slug, sender=model, dispatch_uid=uid)


def check_slug_not_retired(instance):
    """Raise a ValidationError on `slug` when another record of the model once had it."""
    from .models import FormerSlug

    taken = (
        FormerSlug.objects.of_model(type(instance))
        .filter(slug=instance.slug)
        .exclude(object_id=instance.pk or 0)
    )
    if instance.slug and taken.exists():
        raise ValidationError(
            {"slug": "This slug was another record's address and stays reserved for it."}
        )


def record_formerly_at(queryset, slug):
    """The record of `queryset` that once had `slug`, or None."""
    from .models import FormerSlug

    if not slug:
        return None
    former = FormerSlug.objects.of_model(queryset.model).filter(slug=slug).first()
    if former is None:
        return None
    return queryset.filter(pk=former.object_id).first()


def former_slug_redirect(request, queryset, slug):
    """A 301 to the URL asked for, with the current slug of the record of `queryset` that once
    had `slug` (the query string kept), or None when no such record is there to show."""
    current = record_formerly_at(queryset, slug)
    if current is None:
        return None
    match = request.resolver_match
    url = reverse(match.view_name, args=match.args, kwargs={**match.kwargs, "slug": current.slug})
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


class FormerSlugRedirectMixin:
    """For a DetailView looked up by slug: a former slug redirects permanently to the current
    URL of its record, if that record is still one this view shows."""

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            current = record_formerly_at(self.get_queryset(), kwargs.get(self.slug_url_kwarg))
            if current is None:
                raise
            return HttpResponsePermanentRedirect(current.get_absolute_url())
