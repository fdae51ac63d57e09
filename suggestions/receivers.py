"""Where suggestions meet the rest of the tracker: imports are read as they are stored, and an
action saved on record becomes the match of the waiting suggestions that report it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from articles.signals import articles_imported
from policies.models import PolicyAction

from . import reader
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
    suggestion) is what waiting suggestions of the same event should now point at. Only new
    ones: saving an action again (publishing it, say) costs no query here."""
    if created and not raw:
        link_waiting_suggestions(instance, match_existing=reader.match_existing)
