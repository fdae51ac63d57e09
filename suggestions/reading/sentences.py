"""Split text into paragraphs and sentences, keeping each one's offset in the text, and a
sentence into its clauses and quoted passages.

News abbreviates freely ("U.S.", "Gov.", "Jan. 1", "MADISON, Wis. --"), so a full stop ends a
sentence only when it is not the end of a known abbreviation or an initial and the next word
starts like a sentence.
"""

import itertools
import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "d.c", "u.a.e", "gov", "sen", "rep", "reps", "sens", "mr", "mrs",
    "ms", "dr", "st", "ste", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp", "no", "nos",
    "vs", "v", "e.g", "i.e", "etc", "approx", "dept", "gen", "lt", "col", "capt", "sgt", "prof",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mass", "wis", "calif", "ill", "mich", "minn", "penn", "pa", "wash", "ore", "conn", "fla",
    "ga", "ariz", "colo", "tenn", "tex", "va", "md", "mo", "n.y", "n.j", "n.h", "n.c", "s.c",
    "ala", "ark", "kan", "ky", "miss", "mont", "neb", "nev", "okla", "vt", "wyo", "assn",
}  # fmt: skip

# A candidate end: . ! ? or an ellipsis, perhaps closed by quotes or brackets, then space.
_END = re.compile(r"(?:\.\.\.|\u2026|[.!?])[\"')\]]*(?=\s+)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'(\[]?[A-Z0-9\u00c0-\u00dd\u0391-\u03a9]")
# Curly quotes read as straight ones: the same length, so offsets stay true.
STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")

# "Q: Does it ban facial recognition at protests?": a yes-or-no question asks whether something
# happened; it reports nothing (an interview's label, "Q:", or a headline's, "Q&A:", "Explainer:",
# may stand before it, and a connective: "So is face recognition in shops banned?").
_YES_OR_NO = re.compile(
    r"^(?:Q\s*[:.]\s*|[A-Z][\w&]*\s*:\s*)?(?:(?:So|And|But|Then|Now|Well|Yet),?\s+)?[\"']?"
    r"(?i:does|do|did|is|are|was|were|will|would|can|could|should|has|have|"
    r"had|may|might|must)\b[^?]*\?[\"')\]]*$"
)


def asks_yes_or_no(text):
    """Whether `text` is a question to be answered yes or no ("Does it ban ...?")."""
    return _YES_OR_NO.match(text.strip()) is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # 0 is the title, when the text begins with one


def _ends_in_abbreviation(text, dot):
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    word_start = dot
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("'
    ):
        word_start -= 1
    word = text[word_start:dot].casefold().strip("'\"(")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # A single capital initial ("J. Smith"), or dotted letters ("D.C", "U.S").
    return (len(word) == 1 and text[word_start].isupper()) or bool(
        re.fullmatch(r"(?:\w\.)+\w", word)
    )


def split_paragraphs(text):
    """(start, end) of each run of text between blank lines."""
    spans = []
    for match in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        chunk = match.group()
        if chunk.strip():
            leading = len(chunk) - len(chunk.lstrip())
            spans.append((match.start() + leading, match.start() + len(chunk.rstrip())))
    return spans


def split_sentences(text):
    """The sentences of `text`, in order, each with its offset and paragraph number."""
    original, text = text, text.translate(STRAIGHT_QUOTES)
    sentences = []
    for number, (p_start, p_end) in enumerate(split_paragraphs(text)):
        start = p_start
        for match in _END.finditer(text, p_start, p_end):
            end = match.end()
            if not _NEXT_STARTS_SENTENCE.match(text, end, p_end):
                continue
            full_stop = text[match.start()] == "." and match.group()[:3] != "..."
            if full_stop and _ends_in_abbreviation(text, match.start()):
                continue
            _add(sentences, text, start, end, number)
            start = end
        _add(sentences, text, start, p_end, number)
    return [Sentence(s.start, s.end, original[s.start : s.end], s.paragraph) for s in sentences]


def _add(sentences, text, start, end, paragraph):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph))


# (a spaced hyphen is a dash typed as one: "SEOUL (Wire) - The commission fined ...";
# "since" opens a clause only before a named subject and its verb: "Saxony is the latest state
# to expand police powers since Bavaria passed a police law", not "since 2019", "since Sunday")
_CLAUSE_BREAK = re.compile(
    r";|:|\s[\u2013\u2014-]\s|\s--\s|\sbecause\s|"
    r"\ssince\s(?=(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}(?:[a-z]+ed|began|became|was|were|had)\b)|"
    r",\s(?:and|but|while|after|when|replacing|settling|making|creating|reversing|overturning|"
    r"ending|under)\s|\s(?:after|when|while|whereas)\s|,\s(?:which|who|whose)\s"
)
_NAME_LIST = re.compile(r",\s+(?:[A-Z][\w.'-]*\s+)*[A-Z][\w.'-]*$")
_NAME_LIST_END = re.compile(r",\s+and\s+[A-Z]")
_RELATIVE_OPEN = re.compile(r",\s(?:which|who|whose)\s")


def clauses_of(text):
    """(start, end) spans of the clauses of a sentence; a relative clause ends at its comma."""
    cuts = {0, len(text)}
    for match in _CLAUSE_BREAK.finditer(text):
        if _NAME_LIST.search(text, 0, match.start()) and _NAME_LIST_END.match(text, match.start()):
            continue  # "Oakland, San Francisco, and Somerville": one list of names
        cuts.add(match.start())
    for match in _RELATIVE_OPEN.finditer(text):
        closing = text.find(",", match.end())
        if closing != -1:
            cuts.add(closing)
    ordered = sorted(cuts)
    return list(itertools.pairwise(ordered))


def quoted_spans(text):
    """(start, end) of each double-quoted passage, an unclosed one running to the end."""
    spans = []
    for match in re.finditer(r"\"[^\"]*\"?", text):
        spans.append(match.span())
    return spans


def within(position, spans):
    return any(start <= position < end for start, end in spans)


# A run-in heading: a paragraph opened by a label of up to three words and a full stop
# ("Colorado's moratorium. In June 2022, ...", "How it started. The district ..."), as
# explainers and newsletters break their text. It names a topic; it reports no act.
_RUN_IN_HEADING = re.compile(r"[A-Z][\w'.-]*(?:\s+[\w'-]+){0,2}\.")


def is_run_in_heading(sentence, sentences):
    """Whether `sentence` (one of `sentences`) is a run-in heading: the first of a paragraph
    after the title, a short label, and followed by more text in its paragraph."""
    index = sentences.index(sentence)
    return (
        sentence.paragraph > 0
        and (index == 0 or sentences[index - 1].paragraph != sentence.paragraph)
        and index + 1 < len(sentences)
        and sentences[index + 1].paragraph == sentence.paragraph
        and _RUN_IN_HEADING.fullmatch(sentence.text.translate(STRAIGHT_QUOTES)) is not None
    )
