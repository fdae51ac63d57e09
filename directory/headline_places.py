"""Places a Title Case headline seems to name only because it capitalises every word.

"Florida Appeals Court Says Man Named By Face Software ...": "Man" is a town of 240,000 in
Côte d'Ivoire (and a village in West Virginia), and the headline gives it the capital any name
has. A capital proves a name only where the text chose it: a town abroad that is no major city,
named nowhere else in the text, is not read from a headline's capitals. Pure.
"""

import dataclasses

from .name_index import HOME_COUNTRIES
from .place_resolution import MAJOR_CITY_POPULATION


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
    named_elsewhere = {_name(tokens, m) for m in matches if m.start not in in_headlines}
    kept = []
    for match in matches:
        if match.start in in_headlines and _name(tokens, match) not in named_elsewhere:
            places = tuple(pk for pk in match.places if not _small_town_abroad(pk, name_index))
            if not places and not match.organisations:
                continue
            match = dataclasses.replace(match, places=places)
        kept.append(match)
    return kept


def _title_case_positions(tokens, cased):
    positions = set()
    start = 0
    for end in [*(p for p, t in enumerate(tokens) if t.sentence_start and p), len(tokens)]:
        if any(tokens[p].capitalised and not cased[p].capitalised for p in range(start, end)):
            positions.update(range(start, end))
        start = end
    return positions


def _name(tokens, match):
    return " ".join(t.folded for t in tokens[match.start : match.end])


def _small_town_abroad(pk, name_index):
    place = name_index.places[pk]
    if place.kind != "city" or (place.population or 0) >= MAJOR_CITY_POPULATION:
        return False
    country = name_index.country_of(pk)
    return country is not None and name_index.places[country].iso_code not in HOME_COUNTRIES
