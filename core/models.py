"""Former slugs: every address a public record has had, so that none of them ever dies; and
the version of the public data, which every cached public page is keyed on."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class FormerSlugQuerySet(models.QuerySet):
    def of_model(self, model):
        return self.filter(content_type=ContentType.objects.get_for_model(model))


class FormerSlug(models.Model):
    """A slug a record no longer has: its old URL answers with a permanent redirect to the
    record's current one. A slug once used stays reserved for its record."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    slug = models.SlugField(max_length=200)
    object_id = models.PositiveBigIntegerField()
    retired_at = models.DateTimeField(auto_now_add=True)

    objects = FormerSlugQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "slug"], name="former_slug_unique_per_model"
            )
        ]

    def __str__(self):
        return f"{self.slug} → #{self.object_id}"


class PublicDataVersion(models.Model):
    """One row naming the current state of everything the public site shows.

    Any change to a public record replaces `token` in the same transaction
    (`core.publicdata.bump_public_version`), so a cached page keyed on the token is never
    served once the data under it has changed, by any process on any machine sharing the
    database. `changed_at` is when that happened: the public pages' Last-Modified.
    """

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="public_data_version_one_row")
        ]

    def __str__(self):
        return f"{self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
