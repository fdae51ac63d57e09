"""Where suggestions meet the rest of the tracker: imports are read as they are stored, and an
action saved on record becomes the match of the waiting suggestions that report it."""

import functools

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from articles.signals import articles_imported
from policies import merging
from policies.models import PolicyAction

from . import reader
from .models import SuggestedParticipant
from .storing import link_waiting_suggestions, store_suggestions


@receiver(articles_imported, dispatch_uid="suggestions.store_imported")
def store_imported(sender, article_ids, **kwargs):
    """Read the documents a batch of the importer has just committed, and store suggestions."""
    store_suggestions(
        article_ids, reader=reader.current_reader(), match_existing=reader.match_existing
    )


@receiver(post_save, sender=PolicyAction, dispatch_uid="suggestions.match_saved_action")
def match_saved_action(sender, instance, created, raw=False, **kwargs):
    """A new action (a curated record loaded after its articles, one drafted from another
    suggestion) is what waiting suggestions of the same event should now point at. Matching
    needs who took it and what it quotes, saved after the action itself (the admin's inlines,
    the curated loader's rows), so it waits for the transaction to commit. Only new ones:
    saving an action again (publishing it, say) costs no query here."""
    if created and not raw:
        transaction.on_commit(
            functools.partial(
                link_waiting_suggestions, instance.pk, match_existing=reader.match_existing
            )
        )


# The organisation's relations that `move_suggested_parts` moves when organisations merge.
merging.MERGED_BY_RECEIVERS.update({"suggestions", "suggested_parts"})


@receiver(merging.organisation_merging, dispatch_uid="suggestions.move_suggested_parts")
def move_suggested_parts(sender, duplicate, keep, **kwargs):
    """A merged organisation's parts in suggestions become the kept one's (a part it already
    has in the same suggestion and role is not doubled)."""
    held = set(
        SuggestedParticipant.objects.filter(organisation=keep).values_list("suggestion", "role")
    )
    parts = SuggestedParticipant.objects.filter(organisation=duplicate)
    parts.filter(pk__in=[p.pk for p in parts if (p.suggestion_id, p.role) in held]).delete()
    parts.update(organisation=keep)
