"""Places a text seems to name only because of a capital it did not choose.

"Florida Appeals Court Says Man Named By Face Software ...": "Man" is a town of 240,000 in
Côte d'Ivoire (and a village in West Virginia), and the Title Case headline gives it the capital
any name has. "Opinion: Federal agencies have rules": a sentence's first word is capitalised
whatever it is, and Federal is a town in Argentina, which then drew "San Francisco" there. A
town abroad that is no major city is not read from such capitals alone. Pure.
"""

from .demonyms import NATIONALITY_WORDS, nationality_countries
from .name_index import HOME_COUNTRIES, match_words, without_places
from .place_neighbours import KNOWN_CITY_POPULATION
from .place_standing import MAJOR_CITY_POPULATION

# Under this many people every place of a name (the directory's cities from GeoNames have
# 15,000 at least; smaller US census places carry no population): villages only.
_VILLAGE_POPULATION = 15_000


def capitals_kept(tokens, matches, name_index):
    """The token positions whose capitals a Title Case sentence keeps as a name's: those of
    names the directory knows, less names of villages only, which the capital alone does not
    make names ("Spain's Data Protection Agency Fines ...": Protection, Kansas, and Agency,
    Iowa, would leave "Protection Agency" a body of its own) unless their state follows
    ("Police In Will, Illinois, Drop ...")."""
    places = name_index.places
    regions_at = {
        m.start
        for m in matches
        if any(places[pk].kind in ("state", "country", "county") for pk in m.places)
    }
    return {
        position
        for match in matches
        if match.organisations
        or not all(
            places[pk].kind == "city" and (places[pk].population or 0) < _VILLAGE_POPULATION
            for pk in match.places
        )
        or (
            match.end + 1 < len(tokens)
            and tokens[match.end].text == ","
            and match.end + 1 in regions_at
        )
        for position in range(match.start, match.end)
    }


def without_headline_towns(tokens, cased, matches, name_index):
    """`matches` less the small towns abroad that only Title Case sentences name (those where
    `sentence_cased` took a capital off some word: `cased` against `tokens`); a name left with
    no place nor organisation is no match. Other places of the name stay, to be read as any
    place is (a village at home still needs its state named)."""
    if cased is tokens:
        return matches
    in_headlines = _title_case_positions(tokens, cased)
    if not in_headlines:
        return matches
    named_elsewhere = {match_words(tokens, m) for m in matches if m.start not in in_headlines}
    return without_places(
        matches,
        lambda m: m.start in in_headlines and match_words(tokens, m) not in named_elsewhere,
        lambda pk: _small_town_abroad(pk, name_index),
    )


def _title_case_positions(tokens, cased):
    positions = set()
    start = 0
    for end in [*(p for p, t in enumerate(tokens) if t.sentence_start and p), len(tokens)]:
        if any(tokens[p].capitalised and not cased[p].capitalised for p in range(start, end)):
            positions.update(range(start, end))
        start = end
    return positions


def _small_town_abroad(pk, name_index, below=MAJOR_CITY_POPULATION):
    place = name_index.places[pk]
    if place.kind != "city" or (place.population or 0) >= below:
        return False
    country = name_index.country_of(pk)
    return country is not None and name_index.places[country].iso_code not in HOME_COUNTRIES


def without_opening_towns(tokens, matches, name_index):
    """`matches` less the towns abroad of under 100,000 whose one-word name only opens a
    sentence (or follows a colon) before a word that is not "'s" ("Zurich's city parliament"
    is a name), in a text that names nothing else of their country: no place in it and no
    nationality. Other places of the name stay."""
    opening = {
        m.start
        for m in matches
        if m.places and m.end - m.start == 1 and _opens(tokens, m.start) and _not_owning(tokens, m)
    }
    if not opening:
        return matches
    named_elsewhere = {match_words(tokens, m) for m in matches if m.start not in opening}
    countries_named = set()
    for m in matches:  # a name of places all in one country names it ("San Francisco" does not)
        countries = {name_index.country_of(pk) or pk for pk in m.places}
        if m.start not in opening and len(countries) == 1:
            countries_named |= countries
    for token in tokens:
        if token.capitalised and token.text in NATIONALITY_WORDS:
            countries_named.update(nationality_countries(name_index, token.text, plural=True))
    return without_places(
        matches,
        lambda m: m.start in opening and match_words(tokens, m) not in named_elsewhere,
        lambda pk: (
            _small_town_abroad(pk, name_index, KNOWN_CITY_POPULATION)
            and name_index.country_of(pk) not in countries_named
        ),
    )


def _opens(tokens, position):
    return tokens[position].sentence_start or (position > 0 and tokens[position - 1].text == ":")


def _not_owning(tokens, match):
    following = match.end < len(tokens) and tokens[match.end].text
    return following not in ("'s", "\u2019s")
