"""How news names a lawmaker with a home: "Sen. Rodger Smitherman of Birmingham", "Senators
Jeff Merkley of Oregon and ...", "Three House Democrats, Yvette Clarke of New York", "(D-". The
place after such a name says where the lawmaker is from; a US state there names a member of
Congress, unless the lawmaker is a state one ("State Senator Jane Doe of ..."). Patterns only,
read up to the place's first character: `directory.chambers` asks them which legislature a text
speaks of, `suggestions.reading.lawmakers` which places say nothing of where a measure goes.
"""

import re

# Text just before a lawmaker's home.
HOMETOWN = re.compile(
    r"\b(?:Sen\.|Senator|Rep\.|Representative|Del\.|Delegate|Assembly(?:man|woman|member)|"
    r"[Ss]tate (?:Sen\.|Senator|Rep\.|Representative))\s+(?:[A-Z][\w.'-]*\s+){1,3}of\s+$|"
    r"\b(?:[Ss]enators|[Rr]epresentatives|[Ll]awmakers|[Ll]egislators|[Cc]ongress(?:wo)?men|"
    r"MEPs|MPs|Democrats|Republicans)\b[^.;:]*?\b[A-Z][\w'-]+\.? [A-Z][\w'.-]+ of\s+$|"
    r"\((?:D|R|I)-$"
)
# Text just before a state lawmaker's home, whose state is no member of Congress's.
STATE_LAWMAKER = re.compile(
    r"\b[Ss]tate (?:Sen\.|Senator|Rep\.|Representative)\s+(?:[A-Z][\w.'-]*\s+){1,3}of\s+$"
)


def a_lawmakers_home(text, start):
    """Whether the place at character `start` of `text` is named as a lawmaker's home."""
    return HOMETOWN.search(text, 0, start) is not None


def a_member_of_congress_home(text, start):
    """Whether the place at `start`, if a US state, is a member of Congress's."""
    return a_lawmakers_home(text, start) and not STATE_LAWMAKER.search(text, 0, start)
