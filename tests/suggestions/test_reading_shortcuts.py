"""The reader's shortcuts find exactly what the slow way finds: names one pattern at a time as
one alternation of them would, and no sentence skipped that holds a cue or a date."""

import random
import re

import pytest

from suggestions.reading import cues, dates
from suggestions.reading.events import _first_cue
from suggestions.reading.recognition import AliasRecogniser, Name, PlaceRecord, _Names

NAMES = [
    "US", "U.S.", "United States", "United States Senate", "Portland", "Portland Police",
    "Maine", "ME", "St. Paul", "Paul", "EU", "Über", "Straße", "New York", "York",
]  # fmt: skip
WORDS = [
    "the", "in", "us", "U.S.", "United", "States", "Senate", "portland", "Portland", "Police",
    "MAINE", "ME", "me", "St.", "Paul", "eu", "EU", "über", "STRASSE", "Straße", "New",
    "york", "York", ".", ",", "x", "focus", "a.US", "bUS",
]  # fmt: skip


def _one_alternation(names, text):
    """The hits of one alternation of every name, the way names were read before."""

    def pattern(texts, flags):
        texts = sorted(texts, key=len, reverse=True)
        body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in texts)
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags) if texts else None

    hits = []
    for sensitive, flags in ((True, 0), (False, re.IGNORECASE)):
        compiled = pattern([t for t, s in names.owners if s == sensitive], flags)
        for match in compiled.finditer(text) if compiled else ():
            found = " ".join(match.group().split())
            key = (found, True) if sensitive else (found.casefold(), False)
            if key in names.owners:
                hits.append((match.start(), match.end(), names.owners[key]))
    hits.sort(key=lambda hit: (hit[0], -(hit[1] - hit[0])))
    kept = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def test_names_found_one_by_one_are_those_one_alternation_of_them_finds():
    chooser = random.Random(12)  # noqa: S311 - a fixed seed: the same texts every run
    for _round in range(300):
        names = _Names()
        for pk, text in enumerate(chooser.sample(NAMES, chooser.randint(1, len(NAMES)))):
            case_sensitive = chooser.random() < 0.3
            names.add(PlaceRecord(pk, text, "city"), [Name(text, case_sensitive)])
        names.compile()
        spaces = [" ", "  ", "\n", ", "]
        text = "".join(
            chooser.choice(WORDS) + chooser.choice(spaces) for _ in range(chooser.randint(0, 30))
        )
        assert names.find(text) == _one_alternation(names, text), text


def test_a_name_inside_a_word_or_after_a_dot_is_no_name():
    recogniser = AliasRecogniser(places=[(PlaceRecord(1, "US", "country"), [])])
    assert recogniser.places("focus on a.US and bUS") == []
    assert [f.start for f in recogniser.places("in the US.")] == [7]


SENTENCES = [
    "The council voted 8-1 to ban the technology on Tuesday.",
    "The regulator fines Clearview AI 20 million euros.",
    "It was a sunny day in the city.",
    "Lawmakers introduced a bill that would bar police use.",
    "ÉTAT: the authority has fined the company.",
    "İstanbul officials said nothing.",
    "Nothing happened here, said the mayor last week.",
    "The ban took effect in June 2020 and was repealed in 2023.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_no_cue_begins_before_where_the_one_scan_of_all_cues_begins(sentence):
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        lowered = None
    first = _first_cue(sentence, lowered)
    starts = [
        match.start()
        for cue in cues.CUES
        for match in (
            cue.pattern.finditer(sentence)
            if cue.cased or lowered is None
            else cue.pattern.finditer(lowered)
        )
    ]
    if first is None:
        assert starts == []
    elif lowered is not None:  # else the scan is not made: every cue reads the whole sentence
        lower_case = [
            m.start() for c in cues.CUES if not c.cased for m in c.pattern.finditer(lowered)
        ]
        assert starts and (not lower_case or min(lower_case) == first)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_the_one_scan_of_date_patterns_skips_holds_no_date(sentence):
    lowered = sentence.lower()
    skipped = not dates._ANY_WRITTEN.search(sentence) and not dates._ANY_LOWER_CASE.search(lowered)
    any_date = any(
        pattern.search(lowered if kind in dates._LOWER_CASE_KINDS else sentence)
        for kind, pattern in dates._PATTERNS
    )
    assert skipped == (not any_date)
