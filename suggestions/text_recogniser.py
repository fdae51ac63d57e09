"""The directory's reader of names over any text, answering the questions the suggestion reader
asks (for `read_news`, which reads documents nothing has stored).

`directory.recognition.MentionMatcher.spans` reads a text for the places and organisations it
names and where; this adapter turns them into the records the suggestion reader asks about.
Pure, like the matcher it wraps.
"""

from .reading.recognition import Found, OrganisationRecord, PlaceRecord


class DirectoryRecogniser:
    """`places(text)` and `organisations(text)` over a `MentionMatcher`'s name index."""

    def __init__(self, matcher):
        self.matcher = matcher
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
        spans = self.matcher.spans(text)
        places = [Found(named.start, named.end, self.place(named.key[1])) for named in spans.places]
        organisations = []
        for named in spans.organisations:
            record = self._organisation(named.key, named.owner)
            if record.pk is None and not named.owner_sure:
                record = _placed_by_text(record, text[named.start :], places)
            organisations.append(Found(named.start, named.end, record))
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
    alone is often a small town: "Centro", "University"). A county the text names keeps it
    ("San Diego Association of Governments" beside "San Diego County" and "San Diego-area")."""
    home = candidate.place
    if home is not None and home.kind == "county" and any(f.record.pk == home.pk for f in places):
        return candidate
    for found in places:
        if named_from.startswith(found.record.name + " "):
            return OrganisationRecord(None, candidate.name, candidate.kind, found.record)
    if home is not None and any(
        f.record.pk == home.pk or home.pk in f.record.ancestors for f in places
    ):
        return candidate
    return OrganisationRecord(None, candidate.name, candidate.kind, None)
