"""The records an action's page and a place's page are about, read by SQL the ORM wrote once a
process (`core.sql_once`): an action with its place, participants and sources; a place, the
places above it, the newest of their own actions and its own standing.

Built through the ORM for every request, these queries cost an action's page 3.0 of its 5.1 ms
of CPU, and California's page about 3 ms, for 0.05-0.15 ms of SQLite each (bench/web, 20,000
actions). Each reads what the ORM's own query read, in the same order, into the same models.
"""

from functools import cache

from articles.models import Article, Provider
from core.sql_once import SqlOnce, loaded_fields, record
from directory.models import Jurisdiction, Organisation

from .models import ActionParticipant, Citation, PolicyAction

# Values no request passes, where each request's own go.
_SLUG, _ID = "\x00slug", -720_143

_ARTICLE_FIELDS = ("id", "url", "title", "provider_id", "published_at")  # what a source shows


@cache
def _fields():
    return {
        model: loaded_fields(model)
        for model in (PolicyAction, Jurisdiction, ActionParticipant, Organisation, Citation)
    }


def _related(prefix, names):
    return [f"{prefix}__{name}" for name in names]


def _split(row, *models_and_names):
    """`row` cut into a record (or None) of each (model, field names), in turn."""
    records, start = [], 0
    for model, names in models_and_names:
        records.append(record(model, names, row[start : start + len(names)]))
        start += len(names)
    return records


_ACTION = SqlOnce(
    lambda slug: (
        PolicyAction.objects.published()
        .filter(slug=slug)
        .values_list(*_fields()[PolicyAction], *_related("jurisdiction", _fields()[Jurisdiction]))
    ),
    _SLUG,
)
_PARTICIPANTS = SqlOnce(
    lambda action_id: ActionParticipant.objects.filter(action_id=action_id).values_list(
        *_fields()[ActionParticipant], *_related("organisation", _fields()[Organisation])
    ),
    _ID,
)
_CITATIONS = SqlOnce(
    lambda action_id: Citation.objects.filter(action_id=action_id).values_list(
        *_fields()[Citation],
        *_related("article", _ARTICLE_FIELDS),
        *_related("article__provider", ("id", "name")),
    ),
    _ID,
)


def published_action(slug):
    """(the published action at `slug` with its place, its participants with their
    organisations, its citations with their articles and publishers), or None."""
    fields = _fields()
    rows = _ACTION.rows(slug)
    if not rows:
        return None
    action, place = _split(
        rows[0], (PolicyAction, fields[PolicyAction]), (Jurisdiction, fields[Jurisdiction])
    )
    if place is not None:
        action.jurisdiction = place
    participants = []
    for row in _PARTICIPANTS.rows(action.pk):
        participant, organisation = _split(
            row,
            (ActionParticipant, fields[ActionParticipant]),
            (Organisation, fields[Organisation]),
        )
        participant.organisation = organisation
        participants.append(participant)
    citations = []
    for row in _CITATIONS.rows(action.pk):
        citation, article, provider = _split(
            row,
            (Citation, fields[Citation]),
            (Article, _ARTICLE_FIELDS),
            (Provider, ("id", "name")),
        )
        article.provider = provider
        citation.article = article
        citations.append(citation)
    return action, participants, citations
