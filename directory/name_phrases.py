"""Runs of capitalised words in a text that may be names, with the small words names hold.

Pure: tokens in, (start, end) token ranges out. `organisation_spans` reads each run for the
organisations it names.
"""

from .name_words import hyphened_into_name, is_name_word
from .text import CONNECTORS, FUNCTION_WORDS, WEEKDAYS_AND_MONTHS, words

# Before "on", these make a name of what follows ("Committee on the Judiciary", "Community
# Alliance on Prisons", "National Alliance on Mental Illness", "Coalition on Homelessness").
_ON_HEADS = words(
    "committee subcommittee commission council center centre board conference alliance "
    "coalition institute"
)
# Words whose "'s" a name goes on through: "Sheriff's Office", and the common nouns of names
# such as "People's Court", "Queen's University", "Children's Hospital".
_POSSESSIVE_TITLES = words(
    "sheriff sheriffs governor mayor commissioner president defender people queen king women "
    "children citizens veterans"
)


def name_phrases(tokens):
    """Runs of capitalised words, with the small words names hold ("of the", "and", "de")."""
    position, count = 0, len(tokens)
    while position < count:
        if not is_name_word(tokens[position]):
            position += 1
            continue
        start = end = position
        cursor = position + 1
        end = cursor
        while cursor < count:
            token = tokens[cursor]
            if token.sentence_start:
                break
            if token.folded in WEEKDAYS_AND_MONTHS:
                break
            if is_name_word(token):
                cursor += 1
                end = cursor
                continue
            matters = _matters_end(tokens, start, cursor)
            if matters:
                cursor = end = matters  # "Court of Appeals in Administrative and Tax Matters"
                continue
            joiner = _joiner_length(tokens, cursor)
            if joiner and cursor + joiner < count and _continues_name(tokens[cursor + joiner]):
                cursor += joiner
                continue
            if hyphened_into_name(tokens, cursor):
                cursor += 2  # "the First-tier Tribunal": one word of the name, hyphen and all
                continue
            break
        yield start, end
        position = end


# A court named for the cases it hears: "the Court of Appeals in Administrative and Tax
# Matters", "the Chamber in Criminal Matters" (as courts of Spanish- and French-speaking
# countries are named in English); "in" joins nothing else ("the Court of Appeals in Boston").
_COURT_WORDS = words("court courts chamber tribunal appeals")
_CASES = words("matters cases")


def _matters_end(tokens, start, cursor):
    """Where a court's "in ... Matters" ends, if `cursor` opens one after a court's name."""
    if tokens[cursor].folded != "in" or _COURT_WORDS.isdisjoint(
        t.folded for t in tokens[start:cursor]
    ):
        return None
    for position in range(cursor + 1, min(cursor + 10, len(tokens))):
        token = tokens[position]
        if token.folded in _CASES and is_name_word(token):
            return position + 1
        if not (is_name_word(token) or token.folded in ("and", ",")):
            return None
    return None


def _continues_name(token):
    return (
        is_name_word(token)
        and token.folded not in WEEKDAYS_AND_MONTHS
        and token.folded not in FUNCTION_WORDS
    )


# The articles a name's small word may take before its next word: "Committee on the
# Judiciary", "Asociación por los Derechos Civiles".
_ARTICLES = ("the", "la", "le", "les", "l", "los", "las", "el")


def _joiner_length(tokens, position):
    token = tokens[position]
    if token.folded == "'s":
        return 1 if tokens[position - 1].folded in _POSSESSIVE_TITLES else 0
    if token.text == "-" and _unspaced(tokens, position):
        return 1  # "the Justice Sub-Committee on Policing"
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if (
        token.folded in ("a", "à")
        and not token.capitalised
        and following is not None
        and following.folded in ("la", "las", "los")
        and not following.capitalised  # "sued a Los Angeles firm": an English "a"
    ):
        return 2  # "Unidad de Inteligencia Artificial Aplicada a la Seguridad": "to the"
    if token.folded not in CONNECTORS or token.capitalised:
        return 0
    if token.folded == "on" and tokens[position - 1].folded not in _ON_HEADS:
        return 0  # "Committee on the Judiciary", but not "Metropolitan Police on London streets"
    if following is not None and following.folded in _ARTICLES:
        return 2 if token.folded in ("of", "on", "for", "de", "to", "por", "para") else 0
    return 0 if token.folded == "the" else 1


def _unspaced(tokens, position):
    after = position + 1
    return (
        position > 0
        and after < len(tokens)
        and tokens[position - 1].end == tokens[position].start
        and tokens[position].end == tokens[after].start
    )
