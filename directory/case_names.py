"""Parties a text names by a case's name: "Gregg v. Central Transport", "Schwartz v. Supply
Network". Pure: tokens in, `OrgSpan`s out, for `organisation_spans`.
"""

from .place_bodies import OrgSpan, text_of
from .text import TITLES


def parties_sued(text, tokens, place_at, known_starts):
    """The party after "v." in a case's name, when two capitalised words or more name it and
    no place does ("Carpenter v. United States"): a surname alone may be a person's ("State v.
    Arteaga"), and a title opens an officer's ("v. Chief Constable of ..."). A party the
    directory knows (`known_starts`: where its names begin) is read as it knows it ("Cothron
    v. White Castle System" is White Castle)."""
    for position in range(len(tokens) - 3):
        if tokens[position].text != "v" or tokens[position + 1].text != ".":
            continue
        start = position + 2
        end = start + 1  # (the tokens take "v." for a sentence's end: the name opens one)
        while end < len(tokens) and _a_name_word(tokens[end]):
            end += 1
        place = place_at.get(start)
        if end - start < 2 or not _a_name_word(tokens[start], opening=True):
            continue
        if tokens[start].folded in TITLES or start in known_starts:
            continue
        if place is not None and place.end >= end:
            continue
        yield OrgSpan(start, end, text_of(text, tokens, start, end), "company")


def _a_name_word(token, *, opening=False):
    return token.is_word and token.capitalised and (opening or not token.sentence_start)
