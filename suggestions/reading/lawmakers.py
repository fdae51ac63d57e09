"""Places named beside a lawmaker. A sponsor's home says who acts, not where a measure goes:
"sponsored by Sen. Rodger Smitherman of Birmingham" puts nothing in Birmingham. A member of
Congress is named with a state ("Senator Edward Markey of Massachusetts"), and what such a
lawmaker does is done in the United States: the country stands for the state.
"""

import re

from .recognition import PlaceRecord

# "sponsored by Sen. Rodger Smitherman of Birmingham", "(D-Birmingham)", "senators Jeff
# Merkley of Oregon and John Kennedy of Louisiana": a legislator's home, which says who
# sponsored a measure, not where it applies.
HOMETOWN = re.compile(
    r"\b(?:Sen\.|Senator|Rep\.|Representative|Del\.|Delegate|Assembly(?:man|woman|member)|"
    r"[Ss]tate (?:Sen\.|Senator|Rep\.|Representative))\s+(?:[A-Z][\w.'-]*\s+){1,3}of\s+$|"
    r"\b(?:[Ss]enators|[Rr]epresentatives|[Ll]awmakers|[Ll]egislators|[Cc]ongress(?:wo)?men|"
    r"MEPs|MPs|Democrats|Republicans)\b[^.;:]*?\b[A-Z][\w'-]+\.? [A-Z][\w'.-]+ of\s+$|"
    r"\((?:D|R|I)-$"
)
_STATE_LAWMAKER = re.compile(
    r"\b[Ss]tate (?:Sen\.|Senator|Rep\.|Representative)\s+(?:[A-Z][\w.'-]*\s+){1,3}of\s+$"
)
_NATION = "United States"


def beside_lawmakers(text, named):
    """`named` ((start, end, place) in `text`) without the places that only say where a
    lawmaker is from, a US state after a member of Congress giving the United States instead
    ("Senator Edward Markey of Massachusetts on Thursday sent a letter ...")."""
    kept = []
    for start, end, place in named:
        if not HOMETOWN.search(text, 0, start):
            kept.append((start, end, place))
        elif (
            place.kind == "state"
            and place.parents[-1:] == (_NATION,)
            and not _STATE_LAWMAKER.search(text, 0, start)
        ):
            kept.append((start, end, PlaceRecord(place.ancestors[-1], _NATION, "country")))
    return kept
