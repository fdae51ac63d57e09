"""Where a body of a region's governments is filed: under the county named like the city
at its centre ("San Diego Association of Governments" is San Diego County's), not the city.
Moved out of `recognition`, which had reached 400 lines.
"""

import re

from .text import tokenize

# A body of the governments of a region ("San Diego Association of Governments", "Atlanta
# Regional Commission") is named after the region, not the city at its centre.
REGIONAL = re.compile(r"\b(?:(?:Association|Council)s? of Governments|Regional)\b")


def region_of(place_pk, name_index):
    """The county named like the city `place_pk` in the same state, if one, else the city."""
    if place_pk is None or name_index.places[place_pk].kind != "city":
        return place_pk
    city = name_index.places[place_pk]
    if city.parent is None or name_index.places[city.parent].kind != "state":
        return place_pk  # a city that is its own region: "Metropolitan Washington" is D.C.'s
    tokens = tokenize(f"{city.name} County")
    for match in name_index.matches(tokens):
        if (match.start, match.end) != (0, len(tokens)):
            continue
        for pk in match.places:
            if name_index.places[pk].kind == "county" and city.parent in name_index.ancestors(pk):
                return pk
    return place_pk
