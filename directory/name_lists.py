"""Names listed with organisations: "signed by Big Brother Watch, Liberty, the Runnymede
Trust, Race on the Agenda, StopWatch and Access Now". In a list of names set off by commas
where half or more are organisations the reader already found, the others are organisations too,
though no word of theirs says so. Pure: tokens and spans in, `OrgSpan`s out, for
`organisation_spans`.
"""

import re
from collections import Counter

from .name_words import is_name_word
from .place_bodies import OrgSpan, text_of
from .text import TITLES

# The small words a listed name may hold between its capitalised ones ("Race on the Agenda").
_INSIDE_A_NAME = frozenset(("of", "on", "the", "for", "in", "to", "de", "du", "des", "la"))
_DOTTED = re.compile(r"[a-z]{3,}\.[a-z]{2,}")  # "epicenter.works", a group's web address
_MOST_ITEMS = 4  # a list this long at least, so that a pair ("Smith and Jones") is no list


def listed_with_organisations(text, tokens, spans):
    """The names of a comma list of four or more, half of them or more organisations already
    found, that no span covers yet."""
    if len(spans) < 2:
        return  # two of the list's names must be found already
    found = {(span.start, span.end): span for span in spans}
    position = 0
    for start in _list_openings(tokens):
        if start < position:
            continue  # inside the list before
        items, after = _list_at(tokens, start)
        if len(items) >= _MOST_ITEMS:
            yield from _unknown_names(text, tokens, items, found, spans)
        position = max(after, start + 1)


def _unknown_names(text, tokens, items, found, spans):
    """The names of a list's `items` that no span covers, if half of them or more are
    organisations already `found`: organisations of the kind most of those are."""
    known = [found[item] for item in items if item in found]
    if len(known) < 2 or 2 * len(known) < len(items):
        return
    kind = Counter(span.kind for span in known).most_common(1)[0][0]
    for start, end in items:
        if (start, end) not in found and not _covered(start, end, spans):
            yield OrgSpan(start, end, text_of(text, tokens, start, end), kind)


def _list_openings(tokens):
    """Where a listed name may begin (see `_list_at` and `_name_end`): asking `_list_at` at
    every token was most of this rule's cost."""
    return [
        position
        for position, token in enumerate(tokens)
        if (token.is_word and token.capitalised)
        or token.folded == "the"
        or ("." in token.text and _DOTTED.fullmatch(token.text))
    ]


def _list_at(tokens, position):
    """The items of a list of names that begins at `position` ("A, the B, C and D"), and
    where it ends."""
    items = []
    at = position
    while True:
        if at < len(tokens) and tokens[at].folded == "the" and not tokens[at].capitalised:
            at += 1  # "the Runnymede Trust": the article is no part of the name
        end = _name_end(tokens, at)
        if end is None:
            return items, at
        items.append((at, end))
        if end < len(tokens) and tokens[end].text == ",":
            at = end + 1
            if at < len(tokens) and tokens[at].folded == "and":
                at += 1
            continue
        if end < len(tokens) and tokens[end].folded == "and" and items:
            at = end + 1
            continue
        return items, end


def _name_end(tokens, start):
    """Where a listed name that begins at `start` ends: capitalised words, with small words
    between them, or one written like a web address ("epicenter.works"); None if no name
    begins there."""
    if start < len(tokens) and _DOTTED.fullmatch(tokens[start].text):
        return start + 1
    if start >= len(tokens) or not is_name_word(tokens[start]):
        return None
    if tokens[start].folded in TITLES:
        return None  # "Senator Ed Markey": a person
    end = start + 1
    while end < len(tokens) and not tokens[end].sentence_start:
        if is_name_word(tokens[end]):
            end += 1
            continue
        small = end
        while small < len(tokens) and tokens[small].folded in _INSIDE_A_NAME:
            small += 1
        if small > end and small < len(tokens) and is_name_word(tokens[small]):
            end = small
            continue
        break
    return end


def _covered(start, end, spans):
    return any(span.start < end and start < span.end for span in spans)
