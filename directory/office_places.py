"""Towns named like an office: "the President" advises, though a village of Pennsylvania is
called President. Pure.

A capitalised title after "the" ("the President and Congress", "the Governor") is the office
its holder fills, not a small town of that name; read as a town it would also be context for
its state, and draw other names there (Oakland, Pennsylvania, for Oakland beside San Francisco).
"""

import dataclasses

from .name_index import without_places
from .place_neighbours import is_small_town
from .text import TITLES

# Titles that name an office alone ("the President"); "Justice" is a field as much ("the Justice
# and Home Affairs Committee", "Ministry of Justice and Human Rights").
OFFICE_TITLES = TITLES - {"justice"}


def without_offices(tokens, matches, name_index):
    """`matches` less the small towns of a one-word name in `OFFICE_TITLES` after "the", and
    less a state's abbreviation that is a person's title before the person's name."""
    matches = without_places(
        matches,
        lambda m: m.places and _an_office(tokens, m),
        lambda pk: is_small_town(name_index.places[pk]),
    )
    return [m for m in matches if not (m.places and _a_title_abbreviated(tokens, m))]


# State abbreviations that are also a title: "Del. Mark Fisher" is a member of Maryland's or
# Virginia's House of Delegates, not Delaware, which news writes "Del." only after a place or
# a party ("Dover, Del.", "Sen. Chris Coons, D-Del.").
_TITLE_ABBREVIATIONS = frozenset({"del"})


def _a_title_abbreviated(tokens, match):
    end = match.end
    return (
        tokens[match.start].folded in _TITLE_ABBREVIATIONS
        and end - match.start == 2
        and tokens[end - 1].text == "."
        and end + 1 < len(tokens)
        and tokens[end].capitalised
        and tokens[end + 1].capitalised  # a first name and a surname
        and not (match.start > 0 and tokens[match.start - 1].text in (",", "-", "(", "\u2013"))
    )


def _an_office(tokens, match):
    return (
        match.end - match.start == 1
        and match.start > 0
        and tokens[match.start - 1].folded == "the"
        and tokens[match.start].folded in OFFICE_TITLES
        # not "the Justice Sub-Committee", nor "the King's Cross estate": part of a longer name
        and not (
            match.end < len(tokens)
            and (tokens[match.end].capitalised or tokens[match.end].text in ("'s", "\u2019s"))
        )
    )


# The officers a known body's name may stand before ("the IRS Commissioner, Charles Rettig").
_OFFICERS = frozenset(
    {"commissioner", "director", "secretary", "administrator", "chief", "chair", "chairman",
     "chairwoman", "president", "spokesperson", "spokesman", "spokeswoman"}
)  # fmt: skip


def officers_as_their_bodies(tokens, spans, matches, name_index):
    """`spans` with a body the directory does not know, named as a known body and one of its
    officers ("the IRS Commissioner", "the FBI Director"), read as the known body: the officer
    is a person's office, not another organisation. The office may be a high one and carry its
    portfolio and holder ("the UN High Commissioner for Human Rights, Michelle Bachelet")."""
    known_at = {}
    for m in matches:
        if len(m.organisations) == 1:
            known_at.setdefault(m.start, []).append((m.end, m.organisations[0], m.places))
    out = []
    for span in spans:
        if span.known is None:
            owner = _owner_of_office(tokens, span, known_at.get(span.start, ()))
            if owner is not None:
                end, pk, places = owner
                record = name_index.organisations[pk]
                span = dataclasses.replace(
                    span, end=end, name=record.name, kind=record.kind, known=pk, rank=0
                )
                # as the known body's own span: "the UN High Commissioner" still names the UN
                span.suppresses_places = record.jurisdiction not in places
        out.append(span)
    return out


# Words an office's title may start with ("High Commissioner", "Deputy Director").
_RANKS = frozenset({"high", "deputy", "acting", "special", "assistant", "associate", "vice"})


def _owner_of_office(tokens, span, owners):
    """The (end, pk, places) of the known body `span` opens with when the rest is one of its
    officers: the officer's title last ("the IRS Commissioner"), or a high rank's title followed
    by its portfolio ("UN High Commissioner for Human Rights")."""
    for end, pk, places in sorted(owners, key=lambda owner: -owner[0]):
        if end >= span.end:
            continue
        if end == span.end - 1 and tokens[end].folded in _OFFICERS:
            return end, pk, places
        if (
            end + 2 < span.end
            and tokens[end].folded in _RANKS
            and tokens[end + 1].folded in _OFFICERS
            and tokens[end + 2].folded in ("for", "on", "of")
        ):
            return end, pk, places
    return None
