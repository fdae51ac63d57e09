"""A bare "Congress" in a text about one country other than the United States: that country's
congress ("BRASÍLIA — ... Congress approved the bill in August" is the National Congress of
Brazil), not the United States Congress the directory knows by the bare word. Read before the
bare chambers are given to a congress (`chambers.legislatures_named`), so that "the Senate" of
such a text is no chamber of the United States Congress either.
"""

from .chambers import CONGRESS
from .court_seats import sole_country
from .demonyms import ADJECTIVE_OF
from .text import span_text

_BARE = "Congress"


def congresses_abroad(text, tokens, spans, matches, name_index, places):
    """`spans` with each bare "Congress" of a text whose places all lie in one country
    abroad made that country's, where the directory knows it ("Brazilian Congress")."""
    congress = name_index.organisation_named(CONGRESS)
    if congress is None:
        return spans
    bare = [
        span
        for span in spans
        if span.known == congress.pk and span_text(text, tokens, span.start, span.end) == _BARE
    ]
    if not bare:
        return spans
    country = sole_country(spans, name_index, places)
    if country is None:
        return spans
    place = name_index.places[country]
    if place.iso_code == "US":
        return spans
    known = _congress_of(place.name, name_index)
    if known is None:
        return spans  # (a country with no congress the directory knows: the reader's doubt)
    for span in bare:
        span.known, span.name = known.pk, known.name
    return spans


def _congress_of(country, name_index):
    adjective = ADJECTIVE_OF.get(country)
    for full in (
        f"{adjective} Congress" if adjective else None,
        f"Congress of {country}",
        f"National Congress of {country}",
    ):
        known = full and name_index.organisation_named(full)
        if known:
            return known
    return None
