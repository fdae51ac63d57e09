"""The places a sentence names, narrowed to those an act belongs to: the most specific of
them, the first named, and those a relative clause just before a cue is about. Pure functions
of the text and the places found in it, for `places.PlaceChooser`."""

import re

from . import cue_context as around

_NEXT_TO = 30  # characters between two places that name one ("Massachusetts' city of Boston")


_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:\w+\s+)?$")


def antecedents(text, start, places):
    """ "San Francisco and Oakland, which banned city use last year": the places a relative
    clause opening just before the cue at `start` is about, as listed before its comma."""
    relative = _RELATIVE_BEFORE.search(text, 0, start)
    if relative is None:
        return []
    found, edge = [], relative.start()
    for s, e, record in sorted(places, key=lambda place: place[0], reverse=True):
        if e > edge:
            continue
        if e != edge and not around.LISTED_PLACES.fullmatch(text, e, edge):
            break
        found.insert(0, record)
        edge = s
    return most_specific(found)


def most_specific(records):
    """Drop places that only qualify another ("Somerville, Massachusetts": Somerville)."""
    records = list(dict.fromkeys(records))
    return [r for r in records if not any(r.pk in other.ancestors for other in records)]


def first_named(places):
    """[the first of `places` (start, end, record)], or the place right after it that it
    contains ("the state's largest city, Boston"); a place inside it named further on is
    another mention ("the decision of the Provence region ... one in Nice")."""
    if not places:
        return []
    (_start, end, first), *rest = places
    if rest and rest[0][0] - end <= _NEXT_TO and first.pk in rest[0][2].ancestors:
        return [rest[0][2]]
    return [first]


def related(first, second):
    """Whether one place is the other or lies inside it."""
    return first.pk == second.pk or first.pk in second.ancestors or second.pk in first.ancestors


def a_seat_abroad(court, places, start):
    """ "The Strasbourg court found on Thursday that the United Kingdom had violated ...": a
    city whose court rules on a country named after the cue at `start`, not the city's own, is
    the court's seat, named for the court, not the place the ruling belongs to."""
    return court.kind == "city" and any(
        record.kind == "country" and record.name not in court.parents
        for s, _e, record in places
        if s > start
    )
