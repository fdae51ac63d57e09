"""Firms named after their partners, the names set off by commas before the last one: "Becton,
Dickinson and Company" is one company, not "Dickinson and Company" after a word "Becton".
Pure: spans in, spans out, for `organisation_spans`.
"""

from dataclasses import replace

from .name_words import is_name_word
from .place_bodies import text_of
from .text import FUNCTION_WORDS, words

_AND = words("and &")
_FIRM_WORDS = words("company co")


def with_partners(text, tokens, spans, places_at):
    """`spans` with each "Dickinson and Company" that partners' names precede, each followed by
    a comma ("Becton, "), grown to take them in."""
    return [_with_partners(text, tokens, span, places_at) for span in spans]


def _with_partners(text, tokens, span, places_at):
    if span.known is not None or not _a_partners_firm(tokens, span):
        return span
    start = span.start
    while (
        start >= 2
        and tokens[start - 1].text == ","
        and is_name_word(tokens[start - 2])
        and start - 2 not in places_at
        and tokens[start - 2].folded not in FUNCTION_WORDS
        and (start < 3 or not is_name_word(tokens[start - 3]))  # one word: a surname
    ):
        start -= 2
    if start == span.start:
        return span
    return replace(span, start=start, name=text_of(text, tokens, start, span.end))


def _a_partners_firm(tokens, span):
    """ "Dickinson and Company", "Smith & Co": a surname, "and", the word for a firm."""
    if span.end - span.start < 3:
        return False
    first, joint, firm = tokens[span.start : span.start + 3]
    return (
        is_name_word(first)
        and joint.folded in _AND
        and firm.folded in _FIRM_WORDS
        and span.end - span.start <= 4  # "Smith & Co." with its dot at most
    )
