"""Names that stand for more than one thing, told apart by what else a text names: an
organisation whose name another shares ("House of Commons", the United Kingdom's and
Canada's), and a nationality that is also a town's name ("Canadian police", though Canadian,
Texas exists). Pure, for `organisation_spans`; the place reader takes the homes of bodies as
context by `homes_of_bodies` too.
"""

from .demonyms import nationality_countries, nationality_country
from .text import WEEKDAYS_AND_MONTHS


def places_about(tokens, matches, name_index):
    """The places a text is about, loosely: those it names (and the places above them), the
    homes of the organisations it names by one name, and the countries of its nationalities."""
    places = set()
    for match in matches:
        if match.end - match.start == 1 and tokens[match.start].folded in WEEKDAYS_AND_MONTHS:
            continue  # "until March 24": a date, not March, Cambridgeshire
        for pk in match.places:
            if pk in name_index.places:
                places.update((pk, *name_index.ancestors(pk)))
    for _match, home in homes_of_bodies(matches, name_index):
        places.update(home)
    for token in tokens:
        places.update(nationality_countries(name_index, token.text))
    return places


def homes_of_bodies(matches, name_index):
    """(match, its home and the places above it) for each match that names one organisation
    and no place, when the directory places the body ("the ICO": the United Kingdom and what
    holds it). What a text is about for `places_about` and the place reader alike."""
    for match in matches:
        if len(match.organisations) == 1 and not match.places:
            home = name_index.organisations[match.organisations[0]].jurisdiction
            if home in name_index.places:
                yield match, (home, *name_index.ancestors(home))


def a_nationality(tokens, match):
    """ "Canadian police": a nationality, though Canadian, Texas is a town of that name."""
    following = tokens[match.end] if match.end < len(tokens) else None
    return (
        match.end - match.start == 1
        and nationality_country(tokens[match.start].text) is not None
        and not (following is not None and following.text == ",")
    )


def likeliest(organisations, context, name_index):
    """Organisations of one name, the one whose home the text is about first: "House of
    Commons" beside "Canadian MPs" and the RCMP is Canada's; of two the text is about, the
    narrower place's ("the Department of Justice" in a text about Delaware's law is the
    state's, the United States holding Delaware)."""
    if len(organisations) < 2:
        return organisations

    def rank(pk):
        home = name_index.organisations[pk].jurisdiction
        depth = len(name_index.ancestors(home)) if home in name_index.places else 0
        return (home not in context, -depth)

    return sorted(organisations, key=rank)
