"""What the reader needs from whoever recognises places and organisations in text.

The reader asks two questions of a text and gets spans back, each with a plain record:
`places(text)` and `organisations(text)`. Deciding which Portland is meant, or that "Michigan"
in "ACLU of Michigan" is no mention of the state, is the recogniser's job, not the reader's.

`AliasRecogniser` is a small recogniser over lists of names, enough for tests and for reading
with the directory as it is; the directory's own recogniser can stand in its place.
"""

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


@dataclass
class _Names:
    """Many names compiled into one alternation, longest first."""

    owners: dict = field(default_factory=dict)  # (folded text, case_sensitive) -> [records]
    pattern: re.Pattern | None = None
    sensitive_pattern: re.Pattern | None = None

    def add(self, record, names):
        for name in names:
            key = (name.text if name.case_sensitive else name.text.casefold(), name.case_sensitive)
            owners = self.owners.setdefault(key, [])
            if record not in owners:
                owners.append(record)

    def compile(self):
        def alternation(texts):
            texts = sorted(texts, key=len, reverse=True)
            body = "|".join(re.escape(text).replace(r"\ ", r"\s+") for text in texts)
            return rf"(?<![\w.])(?:{body})(?![\w])" if texts else None

        insensitive = alternation([text for text, sensitive in self.owners if not sensitive])
        sensitive = alternation([text for text, sensitive in self.owners if sensitive])
        self.pattern = re.compile(insensitive, re.IGNORECASE) if insensitive else None
        self.sensitive_pattern = re.compile(sensitive) if sensitive else None

    def find(self, text):
        """(start, end, candidate records) for each name in `text`, longest first, no overlaps."""
        hits = []
        for pattern, sensitive in ((self.sensitive_pattern, True), (self.pattern, False)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
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
