"""Merge organisations that are the same (a company renamed, a duplicate typed twice).

Every link to a duplicate moves to the organisation kept: its parts in actions, the articles that
mention it and its aliases. The duplicate's name becomes an alias of the one kept, so articles
that use the old name still link to it on the next import. Rows are moved one `save()` at a time
so the history records each move.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils.text import Truncator

from articles.models import Article
from core.publicdata import bump_public_version
from core.slugs import move_former_slugs, retire_slug
from directory.models import Organisation, OrganisationAlias

from .models import ActionParticipant

# The relations merge_organisations moves; a test fails if Organisation gains one not listed.
MERGED_RELATIONS = {"participations", "articles", "aliases"}
# Sent before each duplicate is deleted, with `duplicate`, `keep` and `user`: apps above this one
# move their own links to it, and name the relations they move in MERGED_BY_RECEIVERS.
organisation_merging = Signal()
MERGED_BY_RECEIVERS = set()


# django-simple-history keeps a change reason in 100 characters.
REASON_LENGTH = 100


def _reason(template, organisation):
    """`template` with the organisation's name, shortened if the whole would not fit."""
    room = REASON_LENGTH - len(template.format(""))
    return template.format(Truncator(organisation.name).chars(room))


@transaction.atomic
def merge_organisations(keep, duplicates, user=None):
    """Fold `duplicates` into `keep` and delete them; returns the number merged."""
    duplicates = [org for org in duplicates if org.pk != keep.pk]
    if not duplicates:
        raise ValidationError("Choose at least one other organisation to merge into the one kept.")
    reason = _reason("Merged into “{}”", keep)
    # The kept organisation's history records it as stored, not as the caller's copy has it.
    stored = Organisation.objects.get(pk=keep.pk)
    for duplicate in duplicates:
        _move_participations(duplicate, keep, user, reason)
        _move_article_mentions(duplicate, keep)
        _move_aliases(duplicate, keep, user, reason)
        organisation_merging.send(Organisation, duplicate=duplicate, keep=keep, user=user)
        _record_merge_on(stored, duplicate, user)
        # The duplicate's addresses, old and current, now answer for the organisation kept.
        move_former_slugs(Organisation, duplicate.pk, keep.pk)
        retire_slug(duplicate, duplicate.slug, owner=keep)
        duplicate._history_user = user
        duplicate._change_reason = reason
        duplicate.delete()
    return len(duplicates)


def _record_merge_on(keep, duplicate, user):
    """A row in the kept organisation's history naming what was merged into it.

    Nothing of its own changes, so it is not saved (which could also overwrite an edit made
    since the merge form was shown); the history row is written directly.
    """
    Organisation.history.bulk_history_create(
        [keep],
        update=True,
        default_user=user,
        default_change_reason=_reason("Merged “{}” into this organisation", duplicate),
    )


def _move_participations(duplicate, keep, user, reason):
    held = set(ActionParticipant.objects.filter(organisation=keep).values_list("action_id", "role"))
    for participant in ActionParticipant.objects.filter(organisation=duplicate):
        participant._history_user = user
        participant._change_reason = reason
        if (participant.action_id, participant.role) in held:
            participant.delete()  # the same part is already recorded for `keep`
            continue
        participant.organisation = keep
        participant.save()
        held.add((participant.action_id, participant.role))


def _move_article_mentions(duplicate, keep):
    Link = Article.organisations.through
    article_ids = list(
        Link.objects.filter(organisation=duplicate).values_list("article_id", flat=True)
    )
    Link.objects.bulk_create(
        [Link(article_id=article_id, organisation=keep) for article_id in article_ids],
        ignore_conflicts=True,
    )
    Link.objects.filter(organisation=duplicate).delete()
    bump_public_version()  # links moved in bulk, without signals


def _move_aliases(duplicate, keep, user, reason):
    taken = {text.casefold() for text in keep.aliases.values_list("text", flat=True)}
    taken.add(keep.name.casefold())
    for alias in OrganisationAlias.objects.filter(organisation=duplicate):
        alias._history_user = user
        alias._change_reason = reason
        if alias.text.casefold() in taken:
            alias.delete()
            continue
        alias.organisation = keep
        alias.save()
        taken.add(alias.text.casefold())
    if duplicate.name.casefold() not in taken:
        alias = OrganisationAlias(organisation=keep, text=duplicate.name)
        alias._history_user = user
        alias._change_reason = reason
        alias.save()
