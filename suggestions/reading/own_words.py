"""Quotes that report the speaker's own act.

What a text quotes is mostly opinion ("'This is a victory for privacy,' the ACLU said"), so the
reader leaves quoted words alone. A speaker telling what its own body has done is the other
kind: "'We have paused the program,' the chief said", "'Since Wednesday, fifty of our officers
have been wearing the cameras,' a police spokesperson told reporters". The quote says "we" or
"our" and is put, in the same sentence, in the mouth of an organisation or of someone who
speaks for one; such a quote is read as the sentence's own words.
"""

import re

_FIRST_PERSON = re.compile(r"\b(?:we|we've|our|us)\b", re.IGNORECASE)
# After the closing quote: "," then who said it ("the chief said", "an Edmonton Police Service
# spokesperson told reporters", "said a spokeswoman for the council").
_ATTRIBUTION = re.compile(
    r"^[,\s]*(?:(?:said|says|told \w+)\s+)?(?P<speaker>[^,.;\"]{0,80}?)\s*"
    r"\b(?:said|says|told|added|announced|confirmed|explained|wrote)\b"
    r"|^[,\s]*(?:said|says|added|confirmed|wrote)\s+(?P<speaker_after>[^,.;\"]{0,80})"
)
# Someone who speaks for a body: its spokesperson, its head.
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:person|man|woman)|chief|commissioner|director|superintendent|president|"
    r"chair(?:man|woman|person)?|chief executive|minister|mayor|head)\b",
    re.IGNORECASE,
)


def speaker_quotes(text, quotes, organisations):
    """The spans of `quotes` (in `text`) that tell the act of an organisation speaking of itself:
    first person plural, attributed right after the quote to a body named or to its spokesperson,
    chief or head. `organisations` are (start, end, record) of the sentence."""
    own = []
    for start, end in quotes:
        if end >= len(text) and not text.endswith('"'):
            continue  # a quote left open: no one is named as saying it
        if not _FIRST_PERSON.search(text, start, end):
            continue
        attribution = _ATTRIBUTION.match(text[end : end + 120])
        if attribution is None:
            continue
        speaker = attribution["speaker"] or attribution["speaker_after"] or ""
        at = end + attribution.start("speaker" if attribution["speaker"] is not None else 0)
        names_body = any(at <= s < end + attribution.end() for s, _e, _r in organisations)
        if names_body or _SPEAKS_FOR.search(speaker):
            own.append((start, end))
    return own
