"""The directory's reader of names over any text, answering the questions the suggestion reader
asks (for `read_news`, which reads documents nothing has stored).

`directory.recognition.MentionMatcher` reads a text for the places and organisations it names
and gives keys; the suggestion reader also needs where in the text each was named, so this
adapter runs the same steps and keeps the spans. Pure, like the matcher it wraps.
"""

from directory.organisation_spans import find_organisation_spans
from directory.place_resolution import PlaceReader
from directory.recognition import (
    _join_possessives,
    _organisation_key,
    _text,
    _without_repeats,
)
from directory.text import tokenize

from .reading.recognition import Found, OrganisationRecord, PlaceRecord


class DirectoryRecogniser:
    """`places(text)` and `organisations(text)` over a `MentionMatcher`'s name index."""

    def __init__(self, matcher):
        self.index = matcher.name_index
        self._places = {}
        self._last = (None, None)

    def places(self, text):
        return self._read(text)[0]

    def organisations(self, text):
        return self._read(text)[1]

    def place(self, pk):
        """The record of place `pk`, with the names and pks above it."""
        record = self._places.get(pk)
        if record is None:
            place = self.index.places[pk]
            ancestors = self.index.ancestors(pk)
            record = PlaceRecord(
                pk=pk,
                name=place.name,
                kind=place.kind,
                parents=tuple(self.index.places[a].name for a in ancestors),
                ancestors=ancestors,
            )
            self._places[pk] = record
        return record

    def _read(self, text):
        if self._last[0] == text:
            return self._last[1]
        index = self.index
        tokens = tokenize(text)
        matches = index.matches(tokens)
        spans = find_organisation_spans(text, tokens, matches, index)
        reader = PlaceReader(tokens, matches, index)
        spans = _join_possessives(text, tokens, spans, matches, index)
        hidden = {
            p for span in spans if span.suppresses_places for p in range(span.start, span.end)
        }
        places = [
            Found(tokens[match.start].start, tokens[match.end - 1].end, self.place(pk))
            for match, pk in reader.named_places(hidden)
        ]
        place_texts = {_text(text, tokens, m.start, m.end) for m in matches if m.places}
        organisations = []
        for span in _without_repeats(spans):
            key = _organisation_key(span, reader, index, place_texts)
            if key is None:
                continue
            owner = reader.resolve(span.place)[0] if span.place is not None else None
            record = self._organisation(key, owner)
            if record.pk is None:
                record = _placed_by_text(record, text[tokens[span.start].start :], places)
            organisations.append(Found(tokens[span.start].start, tokens[span.end - 1].end, record))
        result = (places, organisations)
        self._last = (text, result)
        return result

    def _organisation(self, key, owner=None):
        kind, value = key
        if kind == "candidate":  # not in the directory yet: no pk, but its kind and place
            place = self.place(value.jurisdiction) if value.jurisdiction else None
            return OrganisationRecord(None, value.name, value.kind, place)
        known = self.index.organisations[value]
        place = self.place(known.jurisdiction) if known.jurisdiction else None
        if place is None and owner is not None:
            place = self.place(owner)  # "Hungary's governing Fidesz party"
        return OrganisationRecord(known.pk, known.name, known.kind, place)


def _placed_by_text(candidate, named_from, places):
    """A candidate organisation's place, checked against the places the text names: the one
    its name begins with ("Cambridge City Council" in a text about Cambridge, Massachusetts),
    else its own if the text names it or a place inside it, else none (a guess from its name
    alone is often a small town: "Centro", "University")."""
    for found in places:
        if named_from.startswith(found.record.name + " "):
            return OrganisationRecord(None, candidate.name, candidate.kind, found.record)
    home = candidate.place
    if home is not None and any(
        f.record.pk == home.pk or home.pk in f.record.ancestors for f in places
    ):
        return candidate
    return OrganisationRecord(None, candidate.name, candidate.kind, None)
