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


# A lawmaker described by home and party: "Sen. Jeff Merkley, an Oregon Democrat". The text
# before the place, then the party after it.
DESCRIBED = re.compile(
    r"\b(?:Sen\.|Senator|Rep\.|Representative|Del\.|Delegate|Assembly(?:man|woman|member))"
    r"\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*,\s+an?\s+$"
)
PARTY_AFTER = re.compile(r"(?:[A-Z][\w.'-]*\s+){1,3}(?:Democrat|Republican)\b")
STATE_DESCRIBED = re.compile(r"\b[Ss]tate (?:Sen\.|Senator|Rep\.|Representative)\s[^,]*,\s+an?\s+$")


def a_lawmakers_home(text, start):
    """Whether the place at character `start` of `text` is named as a lawmaker's home."""
    if _described_by_party(text, start):
        return True
    return _ends_as_a_home(text, start) and HOMETOWN.search(text, 0, start) is not None


def _described_by_party(text, start):
    """Whether the place at `start` gives a lawmaker's home with a party after it ("Sen. John
    Kennedy, a Louisiana Republican")."""
    return (
        PARTY_AFTER.match(text, start) is not None
        and DESCRIBED.search(text, max(0, start - 80), start) is not None
    )


def _ends_as_a_home(text, start):
    """False where `HOMETOWN` cannot match before `start`: each of its branches ends in "of"
    and white space, or in "(D-" ("$" may stand before a last line break). The search reads
    the text from its first character to `start` for every state a lawmaker may be from; this
    look at the characters just before `start` spares most of those searches."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    if end == start or text[end - 1] == "-":  # "(D-" or "(D-\n"
        return text.endswith(("(D-", "(R-", "(I-"), 0, end)
    return end >= 3 and text.endswith("of", 0, end) and text[end - 3].isspace()


def a_member_of_congress_home(text, start):
    """Whether the place at `start`, if a US state, is a member of Congress's."""
    if _described_by_party(text, start):
        return not STATE_DESCRIBED.search(text, max(0, start - 80), start)
    return a_lawmakers_home(text, start) and not STATE_LAWMAKER.search(text, 0, start)
