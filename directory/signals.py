"""Keep a place's search keys in step with what staff edit in the admin.

Bulk loads bypass these (bulk_create sends no signals) and call `PlaceName.objects.sync()`
once at the end instead.
"""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Jurisdiction, JurisdictionAlias
from .place_names import PlaceName


def _index(jurisdiction_id):
    PlaceName.objects.sync(Jurisdiction.objects.filter(pk=jurisdiction_id))


@receiver(post_save, sender=Jurisdiction)
def index_saved_place(sender, instance, raw=False, **kwargs):
    if not raw:
        _index(instance.pk)


@receiver(post_save, sender=JurisdictionAlias)
def index_place_of_saved_alias(sender, instance, raw=False, **kwargs):
    if not raw:
        _index(instance.jurisdiction_id)


@receiver(post_delete, sender=JurisdictionAlias)
def index_place_of_deleted_alias(sender, instance, origin=None, **kwargs):
    # When the place itself is being deleted its aliases go with it: indexing it again then
    # would add keys for a place about to disappear.
    deleted = origin.model if isinstance(origin, QuerySet) else type(origin)
    if deleted is JurisdictionAlias:
        _index(instance.jurisdiction_id)
