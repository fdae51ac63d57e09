"""What tips does when records it points at change elsewhere: organisations merged."""

from django.dispatch import receiver

from policies import merging

from .models import OrganisationChange

# The organisation's relation that `move_proposed_changes` moves when organisations merge.
merging.MERGED_BY_RECEIVERS.add("proposed_changes")


@receiver(merging.organisation_merging, dispatch_uid="tips.move_proposed_changes")
def move_proposed_changes(sender, duplicate, keep, **kwargs):
    """Changes proposed to a merged organisation are kept, as proposals for the one kept:
    deleting the duplicate would otherwise delete them. An editor still decides each; one
    whose fields the merge changed is refused on acceptance, naming the field."""
    OrganisationChange.objects.filter(organisation=duplicate).update(organisation=keep)
