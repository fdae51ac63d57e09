"""What the reader needs from whoever recognises places and organisations in text.

The reader asks two questions of a text and gets spans back, each with a plain record:
`places(text)` and `organisations(text)`. Deciding which Portland is meant, or that "Michigan"
in "ACLU of Michigan" is no mention of the state, is the recogniser's job, not the reader's.

`AliasRecogniser` is a small recogniser over lists of names, enough for tests and for reading
with the directory as it is; the directory's own recogniser can stand in its place.
"""

import functools
import heapq
import re
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    pk: int
    name: str
    kind: str  # a directory.models.JurisdictionKind value
    parents: tuple = ()  # the names above it, parent first: ("Maine", "United States")
    ancestors: tuple = ()  # the pks above it, parent first


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    pk: int
    name: str
    kind: str  # a directory.models.OrganisationKind value; "" when not known
    place: PlaceRecord | None = None  # where it belongs: Portland City Council is Portland's


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    record: PlaceRecord | OrganisationRecord


class Recogniser(Protocol):
    def places(self, text: str) -> list[Found]:
        """The places `text` names, in order, not counting names inside organisations' names."""

    def organisations(self, text: str) -> list[Found]:
        """The organisations `text` names, in order, the longest name winning."""


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    case_sensitive: bool = False


_BEFORE_NAME = re.compile(r"[\w.]")  # a name does not begin after these


@functools.lru_cache(maxsize=4096)
def _name_pattern(text, case_sensitive):
    """One name's pattern, compiled once however many documents name it. The check before
    the name is left to `_name_matches`, so that the name's first letters lead the search."""
    body = re.escape(text).replace(r"\ ", r"\s+")
    return re.compile(rf"(?:{body})(?![\w])", 0 if case_sensitive else re.IGNORECASE)


def _name_matches(pattern, text, pos):
    """The first match of `pattern` at or after `pos` that no letter, digit or dot precedes."""
    match = pattern.search(text, pos)
    while match is not None and match.start() and _BEFORE_NAME.match(text, match.start() - 1):
        match = pattern.search(text, match.start() + 1)
    return match


def _leftmost_first(patterns, text):
    """The matches `finditer` gives for the alternation of `patterns`, in their order: at the
    first place any matches, the first that matches there; then on from its end. Each name's
    pattern is compiled once for all documents instead of a pattern of a document's names for
    each document, which cost 1.2 ms of CPU a document in an import."""
    heap = []
    for order, pattern in enumerate(patterns):
        match = _name_matches(pattern, text, 0)
        if match is not None:
            heap.append((match.start(), order, match))
    heapq.heapify(heap)
    position = 0
    while heap:
        start, order, match = heapq.heappop(heap)
        if start >= position:
            yield match
            position = match.end()
        match = _name_matches(patterns[order], text, position)
        if match is not None:
            heapq.heappush(heap, (match.start(), order, match))


@dataclass(frozen=True, slots=True)
class _NamePattern:
    pattern: re.Pattern
    part: str  # its longest run of characters without a space: a text without it lacks it
    ascii: bool


def _name(text, case_sensitive):
    part = max(text.split(" "), key=len)
    ascii_name = text.isascii()
    if not case_sensitive:
        part = part.lower() if ascii_name else ""
    return _NamePattern(_name_pattern(text, case_sensitive), part, ascii_name)


@dataclass
class _Names:
    """Many names, found as one alternation of them, longest first, would find them."""

    owners: dict = field(default_factory=dict)  # (folded text, case_sensitive) -> [records]
    names: tuple = ()
    sensitive_names: tuple = ()

    def add(self, record, names):
        for name in names:
            key = (name.text if name.case_sensitive else name.text.casefold(), name.case_sensitive)
            owners = self.owners.setdefault(key, [])
            if record not in owners:
                owners.append(record)

    def compile(self):
        def alternation(texts, case_sensitive):
            texts = sorted(texts, key=len, reverse=True)
            return tuple(_name(text, case_sensitive) for text in texts)

        self.names = alternation([t for t, sensitive in self.owners if not sensitive], False)
        self.sensitive_names = alternation([t for t, sensitive in self.owners if sensitive], True)

    def find(self, text):
        """(start, end, candidate records) for each name in `text`, longest first, no overlaps."""
        # Names the text cannot hold are left out: an alternation finds the same without them.
        # In ASCII, letters match ignoring case exactly when their lower cases are equal.
        lowered = text.lower() if text.isascii() else None
        cased = [n.pattern for n in self.sensitive_names if n.part in text]
        insensitive = [
            n.pattern for n in self.names if lowered is None or not n.ascii or n.part in lowered
        ]
        hits = []
        for patterns, sensitive in ((cased, True), (insensitive, False)):
            for match in _leftmost_first(patterns, text):
                found = " ".join(match.group().split())
                key = (found, True) if sensitive else (found.casefold(), False)
                if key in self.owners:
                    hits.append((match.start(), match.end(), self.owners[key]))
        hits.sort(key=lambda hit: (hit[0], -(hit[1] - hit[0])))
        kept = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept


class AliasRecogniser:
    """Recognises the names it is given; picks among places of the same name by context."""

    def __init__(self, places=(), organisations=()):
        self._places = _Names()
        self._organisations = _Names()
        for record, names in places:
            self._places.add(record, [Name(record.name), *names])
        for record, names in organisations:
            self._organisations.add(record, [Name(record.name), *names])
        self._places.compile()
        self._organisations.compile()
        self._last = (None, None)

    def organisations(self, text):
        return self._read(text)[1]

    def places(self, text):
        return self._read(text)[0]

    def _read(self, text):
        if self._last[0] == text:
            return self._last[1]
        place_hits = self._places.find(text)
        organisation_hits = self._organisations.find(text)
        context = self._context_names(place_hits, organisation_hits)
        organisations = [
            Found(start, end, _best(records, context, lambda r: r.place))
            for start, end, records in organisation_hits
        ]
        inside_names = [(f.start, f.end) for f in organisations]
        found = []
        for start, end, records in place_hits:
            if any(o_start <= start and end <= o_end for o_start, o_end in inside_names):
                continue
            # "Portland, Maine": the qualifier after a comma settles it.
            qualifier = text[end : end + 40]
            settled = [
                r for r in records
                if any(re.match(rf",?\s+{re.escape(p)}\b", qualifier) for p in r.parents[:1])
            ]  # fmt: skip
            record = settled[0] if settled else _best(records, context, lambda r: r)
            found.append(Found(start, end, record))
        self._last = (text, (found, organisations))
        return found, organisations

    @staticmethod
    def _context_names(place_hits, organisation_hits):
        """Names of every place the text mentions by an unambiguous name, and their parents."""
        names = set()
        for _start, _end, records in place_hits:
            if len(records) == 1:
                names.add(records[0].name)
                names.update(records[0].parents)
        for _start, _end, records in organisation_hits:
            if len(records) == 1 and records[0].place is not None:
                names.add(records[0].place.name)
                names.update(records[0].place.parents)
        return names


def _best(records, context, place_of):
    """The record whose place sits under a place named elsewhere in the text, else the first."""
    if len(records) == 1:
        return records[0]
    for record in records:
        place = place_of(record)
        if place is not None and any(parent in context for parent in place.parents[:1]):
            return record
    return records[0]
