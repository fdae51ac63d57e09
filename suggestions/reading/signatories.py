"""Those who signed or organised a letter, told in a sentence of their own after it.

News of a joint letter or statement often reports the call first and who stands behind it
next: "The joint statement was organised by Big Brother Watch", "It was signed by the ACLU and
EPIC", "Amnesty International, Liberty and Access Now are among the organisations that put
their names to it", "Signatories include Access Now and EDRi". A careful reader counts them as
the letter's senders, as the corpus key does, though the call's own sentence names none of
them. Only the letter or call reported last before such a sentence takes them, and only the
organisations the sentence lists as signing or organising (not those it addresses).
"""

import re

from policies.models import ActionType

T = ActionType
_CALLS = (T.LETTER, T.CAMPAIGN)
_WHAT_IS_SIGNED = r"(?:letter|statement|petition|appeal|declaration|call|it)"
# "The joint statement was organised by X", "It was signed by X and Y", "..., drafted by X".
_SIGNED_BY = re.compile(
    rf"\b{_WHAT_IS_SIGNED}\b[^.;]{{0,60}}?\b(?:was|were|is|has been)\s+(?:also\s+)?"
    r"(?:signed|co-signed|organi[sz]ed|co-ordinated|coordinated|drafted|written|led)\s+by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# "X, Y and Z are among the organisations that put their names to it" / "... that signed it".
_AMONG_SIGNERS = re.compile(
    r"\s+(?:are|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:\d+\s+|[\w-]+\s+){0,2}"
    r"(?:organi[sz]ations|groups|signatories|signers|charities|bodies)\b"
    r"(?:\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:signed|co-signed|backed|"
    r"put\s+their\s+names?\s+to))?",
    re.IGNORECASE,
)
# "Signatories include X and Y", "Its signatories included X".
_SIGNERS_INCLUDE = re.compile(
    r"\b(?:signatories|signers|co-signers|backers)\s+(?:include|included|are|were)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_LIST = re.compile(r"\s*(?:,|,?\s+and|,?\s+&|,?\s+as well as)\s+(?:the\s+)?", re.IGNORECASE)


def add_signatories(events, organisations, sentences):
    """Give the letter or call reported last before a sentence that says who signed or
    organised it those the sentence lists as doing so."""
    calls = [e for e in events if e.action_type in _CALLS]
    if not calls:
        return
    for sentence in sentences:
        earlier = [e for e in calls if e.sentence.start < sentence.start]
        if not earlier:
            continue
        signers = _signers(sentence, organisations)
        if not signers:
            continue
        call = earlier[-1]
        known = {org for org, _role in call.organisations}
        for record in signers:
            if record not in known:
                call.organisations.append((record, "signatory"))
                known.add(record)


def _signers(sentence, organisations):
    """The organisations `sentence` lists as a letter's signers or organisers."""
    named = [f for f in organisations if sentence.start <= f.start and f.end <= sentence.end]
    text, offset = sentence.text, sentence.start
    found = []
    for match in _SIGNED_BY.finditer(text):
        found += _listed_after(text, offset, offset + match.end(), named)
    for match in _SIGNERS_INCLUDE.finditer(text):
        found += _listed_after(text, offset, offset + match.end(), named)
    for match in _AMONG_SIGNERS.finditer(text):
        found += _listed_before(text, offset, offset + match.start(), named)
    return list(dict.fromkeys(found))


def _listed_after(text, offset, position, named):
    """The organisations listed from `position` on ("by A, B and C")."""
    listed, end = [], position
    for found in (f for f in named if f.start >= position):
        between = text[end - offset : found.start - offset]
        if not (between == "" if not listed else _LIST.fullmatch(between)):
            break
        listed.append(found.record)
        end = found.end
    return listed


def _listed_before(text, offset, position, named):
    """The organisations listed right before `position` ("A, B and C are among ...")."""
    listed, end = [], position
    for found in reversed([f for f in named if f.end <= position]):
        between = text[found.end - offset : end - offset]
        if not (between.strip() == "" if not listed else _LIST.fullmatch(between)):
            break
        listed.insert(0, found.record)
        end = found.start
    return listed
