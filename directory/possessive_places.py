"""A place named before "'s" and the body it owns: "Ontario's Information and Privacy
Commissioner" names Ontario, and so does "New Zealand's Privacy Commissioner", a name the
directory knows whole. Each rule gives (start, end, place pk) of the place named, or None.
Moved out of `recognition` (which had reached 400 lines) with the second rule; and
`bare_apostrophe`, the possessive "Illinois'" that `recognition` reads as "Illinois's";
and `watchdog_of`, an inspector general's office named after the body it belongs to.
"""

import re

from .text import tokenize

# The offices that watch over the body they belong to and take its name: "the Department of
# Homeland Security's Office of Inspector General" is the DHS Office of Inspector General.
_WATCHDOG_OFFICE = re.compile(r"Office of (?:the )?Inspectors? General$")


def watchdog_of(span, owner, name_index):
    """The full name of the watchdog office `span` when its owner, before "'s", is a body the
    directory knows; None otherwise. An inspector general's office is no body of its own name:
    every department has one, so it is named with the department's name before it."""
    if owner is None or owner.known is None or not _WATCHDOG_OFFICE.match(span.name or ""):
        return None
    return f"{name_index.organisations[owner.known].name} {span.name}"


def possessive_place(span, key, tokens, name_index, named_pks):
    """The place a body's name opens with, before "'s", if the text names it there."""
    return _place_its_body_confirms(
        span, key, tokens, name_index, named_pks
    ) or _place_opening_its_name(span, key, tokens, name_index, named_pks)


def _place_its_body_confirms(span, key, tokens, name_index, named_pks):
    """ "Ontario's Information and Privacy Commissioner": the province is named, and the body
    the directory knows for it says which Ontario, with no country named."""
    place = span.place
    if key[0] != "organisation" or place is None or place.end >= span.start:
        return None
    if tokens[place.end].folded != "'s":
        return None
    pk = name_index.organisations[key[1]].jurisdiction
    if pk is None or pk not in place.places or not named_pks.keys().isdisjoint(place.places):
        return None  # (the text names the place already, as it reads the name)
    return tokens[place.start].start, tokens[place.end - 1].end, pk


def _place_opening_its_name(span, key, tokens, name_index, named_pks):
    """ "New Zealand's Privacy Commissioner", a name the directory knows whole: the country is
    named as it is in "Ontario's Information and Privacy Commissioner", which it knows only
    after the possessive (`_place_its_body_confirms`), when the body is that place's."""
    if key[0] != "organisation":
        return None
    pk = name_index.organisations[key[1]].jurisdiction
    if pk is None or pk in named_pks:
        return None
    own = [t.folded for t in tokens[span.start : span.end]]
    if "'s" not in own[1:-1]:
        return None
    end = span.start + own.index("'s")
    if own[: end - span.start] != [t.folded for t in tokenize(name_index.places[pk].name)]:
        return None
    return tokens[span.start].start, tokens[end - 1].end, pk


def bare_apostrophe(tokens, span, place):
    """ "Illinois' Supreme Court": a place whose name ends in "s" owns the body named after it
    with its apostrophe alone, as "Illinois's" does (a plural's apostrophe, in "European
    Citizens' Initiative", owns nothing: no place ends there)."""
    mark = tokens[span.start - 1]
    return (
        place is not None
        and mark.folded == "'"
        and tokens[place.end - 1].end == mark.start
        and tokens[place.end - 1].text[-1:] in ("s", "S")
    )
