"""A body described in lower case and then named by its initials beside it: "Morocco's data
protection commission, the CNDP, announced ...", "the country's data protection authority
(CNDP)". Pure: tokens in, `OrgSpan`s out, for `organisation_spans`."""

from .name_words import HEADS
from .place_bodies import OrgSpan

# Words that say what kind of body the description is; "commission" and "authority" name
# regulators most often where a text gives the initials after them.
_BODY_NOUNS = {
    "commission": "regulator", "authority": "regulator", "regulator": "regulator",
    "watchdog": "regulator", "agency": "regulator", "board": "government",
    "ministry": "government", "council": "government", "court": "court",
    "group": "civil_society", "organisation": "civil_society", "organization": "civil_society",
}  # fmt: skip


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
    elif following[:1] == ["("] and len(following) >= 3 and following[2] == ")":
        at = position + 2
    else:
        return None
    text = tokens[at].text
    return at if 2 <= len(text) <= 8 and text.isupper() and text.isalpha() else None
