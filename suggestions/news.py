"""The actions `manage.py read_news` suggests for a document, in the shape it prints.

The reader is pure; this is the layer that fetches what it is compared with: the actions
already on record, so that a suggestion of an event the tracker has names that record instead
of proposing it again.
"""

from policies.choices import ParticipantRole
from policies.dates import iso_partial_date
from policies.models import ActionParticipant, Citation, PolicyAction

from .reading import ExistingAction, match_existing, read_document
from .reading.proposals import quote_key
from .text_recogniser import DirectoryRecogniser

_readers = {}


def existing_actions():
    """Every action on record, as much of it as matching needs, read in three queries."""
    actors, quotes = {}, {}
    for action_id, organisation_id in ActionParticipant.objects.filter(
        role=ParticipantRole.ACTOR
    ).values_list("action_id", "organisation_id"):
        actors.setdefault(action_id, set()).add(organisation_id)
    for action_id, quote in Citation.objects.exclude(quote="").values_list("action_id", "quote"):
        quotes.setdefault(action_id, set()).add(quote_key(quote))
    rows = PolicyAction.objects.order_by("pk").values_list(
        "pk", "slug", "action_type", "jurisdiction_id", "date", "date_precision"
    )
    return [
        ExistingAction(
            slug,
            kind,
            place,
            date,
            precision,
            frozenset(actors.get(pk, ())),
            frozenset(quotes.get(pk, ())),
        )
        for pk, slug, kind, place, date, precision in rows
    ]


def _reader_for(matcher):
    """(recogniser, existing actions), built once per matcher, that is once per run."""
    reader = _readers.get(id(matcher))
    if reader is None or reader[0] is not matcher:
        _readers.clear()
        reader = _readers[id(matcher)] = (matcher, DirectoryRecogniser(matcher), existing_actions())
    return reader[1], reader[2]


def suggestions_for(document, matcher, candidates=None):
    """The suggestions of `document` as `read_news --json` prints them."""
    recogniser, known = _reader_for(matcher)
    if candidates is None:
        candidates = known
    index = matcher.name_index
    out = []
    for proposal in read_document(document, recogniser):
        existing = match_existing(proposal, candidates)
        place = None
        if proposal.jurisdiction_id is not None:
            place = {
                "name": index.places[proposal.jurisdiction_id].name,
                "parent": index.parent_path(proposal.jurisdiction_id) or None,
            }
        out.append({
            "type": proposal.action_type,
            "status": proposal.status,
            "background": proposal.background,
            "date": iso_partial_date(proposal.date, proposal.date_precision) or None,
            "date_precision": proposal.date_precision,
            "jurisdiction": place,
            "organisations": [
                {"name": index.organisations[pk].name, "role": role}
                for pk, role in proposal.organisations
                if pk in index.organisations
            ] + [{"name": name, "role": role} for name, role in proposal.candidates],
            "evidence": proposal.evidence,
            "related_index": proposal.related_index,
            "confidence": proposal.confidence,
            "existing_action": existing.slug if existing else None,
        })  # fmt: skip
    return out
