"""Former slugs: every address a public record has had, so that none of them ever dies."""

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
