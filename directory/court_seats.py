"""A country's court named bare with the place that says whose it is, other than by the
country's "'s" (`recognition` reads "Kenya's High Court"): by its seat ("the High Court in
Kampala" is the High Court of Uganda) or by the country the clause is about ("in Kenya, where
the High Court ruled") or, failing both, by the one country abroad all the text's places lie in
("In 2018 the Supreme Court struck down ..." in a text about India). At home ("the High Court
in London", "the Supreme Court in Manhattan") a bare court keeps its name: the directory and the
news name them so.
"""

import re

from .name_index import HOME_COUNTRIES

# The courts every country of the common law has one of, named bare.
COURTS_OF_A_COUNTRY = re.compile(r"(?:Supreme|High|Constitutional|Federal) Court$")

# The words between a country and its court: "in Kenya, where the High Court ruled".
_CLAUSE_WORDS = frozenset(("where", "when", "whose"))


def courts_by_their_country(tokens, spans, matches, name_index, places):
    """Name each bare court of `spans` after the country its seat or its clause gives, as
    "<Court> of <Country>"; the place stays a place the text names."""
    starting = {m.start: m for m in matches if m.places}
    ending = {m.end: m for m in matches if m.places}
    for span in spans:
        if span.known is not None or span.place is not None:
            continue
        if not COURTS_OF_A_COUNTRY.match(span.name or ""):
            continue
        country = _country_of_seat(tokens, span, starting, name_index, places)
        if country is None:
            country = _country_of_clause(tokens, span, ending, name_index, places)
        if country is None:
            # "In September 2018 the Supreme Court struck down ..." in a text whose places all
            # lie in India: India's court, as a bare "Congress" abroad is its country's.
            country = _abroad(sole_country(spans, name_index, places), name_index)
        if country is not None:
            span.name = f"{span.name} of {name_index.places[country].name}"
    return spans


def sole_country(spans, name_index, places):
    """The one country all the places a text names for sure lie in, else None; places inside
    organisations' names are not named as such ("Lula" and "Congress" are towns somewhere)."""
    taken = {p for span in spans if span.suppresses_places for p in range(span.start, span.end)}
    # (the places the reader names in the end: "the Union and state governments" of India
    # names no town called Union)
    countries = {name_index.country_of(pk) for _, pk in places.named_places(taken)}
    countries.discard(None)
    return next(iter(countries)) if len(countries) == 1 else None


def _country_of_seat(tokens, span, starting, name_index, places):
    """ "the High Court in Kampala": the country of the city after "in", if abroad."""
    if span.end >= len(tokens) or tokens[span.end].folded != "in":
        return None
    match = starting.get(span.end + 1)
    if match is None:
        return None
    pk = places.resolve(match)[0]
    if pk is None or name_index.places[pk].kind != "city":
        return None
    return _abroad(name_index.country_of(pk), name_index)


def _country_of_clause(tokens, span, ending, name_index, places):
    """ "point to Kenya, where the High Court ruled", "In Kenya, the High Court ruled": the
    country a "where" clause is about, or the one the sentence opens "in"."""
    at = span.start - 1
    if at < 0 or tokens[at].folded != "the":
        return None
    at -= 1
    clause = at >= 0 and tokens[at].folded in _CLAUSE_WORDS
    at -= 1 if clause else 0
    if at < 0 or tokens[at].folded != ",":
        return None
    match = ending.get(at)
    if match is None or match.start < 1:
        return None
    if not clause and tokens[match.start - 1].folded != "in":
        return None
    pk = places.resolve(match)[0]
    if pk is None or name_index.places[pk].kind != "country":
        return None
    return _abroad(pk, name_index)


def _abroad(country, name_index):
    if country is None or name_index.places[country].iso_code in HOME_COUNTRIES:
        return None
    return country
