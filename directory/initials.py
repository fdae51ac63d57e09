"""Initials that stand for a body the text names beside them. Pure: tokens and spans in, for
`recognition` and `organisation_spans`.

- After a name, in brackets, spelling it: "the Immigration and Checkpoints Authority (ICA)".
  They are that body's initials even where a place is spelt the same ("Ica", a city in Peru),
  there and wherever the text uses them after ("the data would stay with the ICA").
- After a body described in lower case, as ", the CNDP," or "(CNDP)": "Morocco's data
  protection commission, the CNDP, announced ..." names the commission.
"""

from .name_words import HEADS
from .place_bodies import OrgSpan

_SMALL_WORDS = {"and", "of", "for", "the", "on", "in", "&", "de", "du", "des", "la"}
# Words that say what kind of body the description is; "commission" and "authority" name
# regulators most often where a text gives the initials after them.
_BODY_NOUNS = {
    "commission": "regulator", "authority": "regulator", "regulator": "regulator",
    "watchdog": "regulator", "agency": "regulator", "board": "government",
    "ministry": "government", "council": "government", "court": "court",
    "group": "civil_society", "organisation": "civil_society", "organization": "civil_society",
}  # fmt: skip


def bracketed_initials(tokens, spans):
    """Positions of " (ABC)" right after an organisation span whose capitalised words' first
    letters are A, B, C in order (small joining words may be skipped or counted), and of every
    later "ABC" of the text."""
    positions = set()
    for span in spans:
        at = span.end + 1
        if not (_bracketed(tokens, span.end) and _looks_like_initials(tokens[at].text)):
            continue
        initials = tokens[at].text
        words = [token.text for token in tokens[span.start : span.end] if token.is_word]
        every = "".join(word[0] for word in words).upper()
        capitals = "".join(word[0] for word in words if word.casefold() not in _SMALL_WORDS)
        if initials in (every, capitals.upper()):
            positions.add(at)
            positions.update(
                later for later in range(at + 1, len(tokens)) if tokens[later].text == initials
            )
    return positions


def acronyms_apposed(text, tokens, place_at):
    """The initials set beside a body word in lower case, as ", the CNDP," or "(CNDP)"."""
    for position, token in enumerate(tokens):
        kind = _BODY_NOUNS.get(token.folded)
        if kind is None or token.capitalised:
            continue
        initials = _initials_after(tokens, position)
        if initials is not None and initials not in place_at:
            found = tokens[initials]
            yield OrgSpan(initials, initials + 1, found.text, HEADS.get(token.folded, kind))


def _initials_after(tokens, position):
    """The position of ", the ABC," or " (ABC)" right after `position`, or None."""
    following = [token.text for token in tokens[position + 1 : position + 5]]
    if following[:2] == [",", "the"] and len(following) >= 4 and following[3] in (",", ")"):
        at = position + 3
    elif _bracketed(tokens, position + 1):
        at = position + 2
    else:
        return None
    return at if _looks_like_initials(tokens[at].text) else None


def _bracketed(tokens, position):
    """Whether one token in brackets opens at `position`: "(", then a token, then ")"."""
    return (
        position + 2 < len(tokens)
        and tokens[position].text == "("
        and tokens[position + 2].text == ")"
    )


def _looks_like_initials(text):
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()
