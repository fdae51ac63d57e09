"""The records an action's page and a place's page are about, read by SQL the ORM wrote once a
process (`core.sql_once`): an action with its place, participants and sources; a place, the
places above it, the newest of their own actions, its own standing and a page of its actions
and those of the places inside it (`page_of_place`).

Built through the ORM for every request, these queries cost an action's page 3.0 of its 5.1 ms
of CPU, and California's page about 3 ms, for 0.05-0.15 ms of SQLite each: read so, the
action's page took 2.7 ms instead of 6.0, California's 17.4 instead of 19.9 (bench/web, 20,000
actions, bench/profile_pages.py). Each reads what the ORM's own query read, in the same order,
into the same models (tests/policies/test_record_reads.py), but of a source's article only
what the page shows, not its text.
"""

from functools import cache, lru_cache

from django.db import connections
from django.db.models import F

from articles.models import Article, Provider
from core.queries import IDS_LATER, AmongIds, ids_parameter
from core.sql_once import SqlOnce, loaded_fields, record, records_of, related
from directory.models import Jurisdiction, Organisation

from .listing import LISTED_FIELDS
from .models import ActionParticipant, Citation, PolicyAction
from .presentation import STANDING_TYPES

# Values no request passes, where each request's own go.
_SLUG, _ID = "\x00slug", -720_143


@cache
def _fields():
    """The fields read of each model: all its manager reads; of an article, what a source
    shows; of its publisher, its name; of an action in a place's standing, what its sentence
    says (`presentation.standing_sentence`) and its link."""
    fields = {
        model: loaded_fields(model)
        for model in (PolicyAction, Jurisdiction, ActionParticipant, Organisation, Citation)
    }
    fields[Article] = loaded_fields(Article, ("id", "url", "title", "provider_id", "published_at"))
    fields[Provider] = loaded_fields(Provider, ("id", "name"))
    fields["standing"] = loaded_fields(
        PolicyAction,
        (
            "id",
            "slug",
            "action_type",
            "scope",
            "status",
            "date",
            "date_precision",
            "effective_date",
            "expiry_date",
        ),
    )
    return fields


_ACTION = SqlOnce(
    lambda slug: (
        PolicyAction.objects.published()
        .filter(slug=slug)
        .values_list(*_fields()[PolicyAction], *related("jurisdiction", _fields()[Jurisdiction]))
    ),
    _SLUG,
)
_PARTICIPANTS = SqlOnce(
    lambda action_id: ActionParticipant.objects.filter(action_id=action_id).values_list(
        *_fields()[ActionParticipant], *related("organisation", _fields()[Organisation])
    ),
    _ID,
)
_CITATIONS = SqlOnce(
    lambda action_id: Citation.objects.filter(action_id=action_id).values_list(
        *_fields()[Citation],
        *related("article", _fields()[Article]),
        *related("article__provider", _fields()[Provider]),
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
    action, place = records_of(
        rows[0], (PolicyAction, fields[PolicyAction]), (Jurisdiction, fields[Jurisdiction])
    )
    if place is not None:
        action.jurisdiction = place
    participants = []
    for row in _PARTICIPANTS.rows(action.pk):
        participant, organisation = records_of(
            row,
            (ActionParticipant, fields[ActionParticipant]),
            (Organisation, fields[Organisation]),
        )
        participant.organisation = organisation
        participants.append(participant)
    citations = []
    for row in _CITATIONS.rows(action.pk):
        citation, article, provider = records_of(
            row,
            (Citation, fields[Citation]),
            (Article, fields[Article]),
            (Provider, fields[Provider]),
        )
        article.provider = provider
        citation.article = article
        citations.append(citation)
    return action, participants, citations


_PLACE = SqlOnce(
    lambda slug: Jurisdiction.objects.filter(slug=slug).values_list(*_fields()[Jurisdiction]),
    _SLUG,
)
_ABOVE = SqlOnce(
    lambda parent_id: (
        Jurisdiction.objects.containing_any(Jurisdiction.objects.filter(pk=parent_id).values("pk"))
        .in_tree_order()
        .values_list(*_fields()[Jurisdiction])
    ),
    _ID,
)


def place_at(slug):
    """The place at `slug`, or None."""
    rows = _PLACE.rows(slug)
    return record(Jurisdiction, _fields()[Jurisdiction], rows[0]) if rows else None


def places_above(place):
    """The places `place` is inside, the outermost first."""
    if place.parent_id is None:
        return []
    names = _fields()[Jurisdiction]
    return [record(Jurisdiction, names, row) for row in _ABOVE.rows(place.parent_id)]


def own_standing(place, shown):
    """The newest `shown` of `place`'s own published actions of the types that change what is
    allowed there (`STANDING_TYPES`), newest first: by its own id rather than through
    `within`'s list of the places inside (California's 299: 1.0 -> 0.75 ms, bench/web)."""
    names = _fields()["standing"]
    return [record(PolicyAction, names, row) for row in _standing(shown).rows(place.pk)]


@cache
def _standing(shown):
    return SqlOnce(
        lambda place_id: (
            PolicyAction.objects.published()
            .filter(jurisdiction=place_id, action_type__in=STANDING_TYPES)
            .order_by("-date", "title")
            .values_list(*_fields()["standing"])[:shown]
        ),
        _ID,
    )


def page_of_place(acted_in, walking_dates, offset, limit, alias):
    """The rows of `LISTED_FIELDS` of a page of a place's published actions (`offset`, `limit`)
    in `for_timeline()`'s order, its place and those inside it that hold an action given by
    their ids (`acted_in`: `places_acting_in()`), as `within()` reads them."""
    ids = ids_parameter(acted_in, connections[alias].vendor)
    return _page_of_place(walking_dates, offset, limit).rows(ids, using=alias)


@lru_cache(maxsize=64)
def _page_of_place(walking_dates, offset, limit):
    """Written once a process for each page asked (its OFFSET and LIMIT are in its text): the
    first pages of the places asked most."""
    place = F("jurisdiction_id") + 0 if walking_dates else F("jurisdiction_id")
    return SqlOnce(
        lambda ids: (
            PolicyAction.objects.published()
            .filter(AmongIds(place, ids))
            .for_timeline()
            .prefetch_related(None)
            .values_list(*LISTED_FIELDS)[offset : offset + limit]
        ),
        IDS_LATER,
    )
