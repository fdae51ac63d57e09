"""The reader's recogniser for a stored document: the directory, narrowed to what the importer
found the document names.

The importer links each article (and each related item) to the places and organisations it
names, with the directory's own recognition, which weighs context ("Portland, Maine", a place
inside an organisation's name, the size of same-named places) over tens of thousands of places.
The reader needs the same names with their spans in the text. Rather than compile the whole
directory into a pattern for every batch (seconds, and without that context), each document
gets an `AliasRecogniser` of the records its articles are linked to: a few names, already told
apart, found in milliseconds.
"""

from directory.models import Jurisdiction, JurisdictionAlias, Organisation, OrganisationAlias

from .reading.recognition import AliasRecogniser, Name, OrganisationRecord, PlaceRecord


def _aliases(model, owner, pks):
    names = {}
    rows = model.objects.filter(**{f"{owner}__in": pks, "exclude": False})
    for pk, text, case_sensitive in rows.values_list(owner, "text", "case_sensitive"):
        names.setdefault(pk, []).append(Name(text, case_sensitive))
    return names


class DirectoryRecords:
    """Records of the places and organisations some documents name, read in a few queries."""

    def __init__(self):
        self.places = {}  # pk -> (PlaceRecord, names)
        self.organisations = {}  # pk -> (OrganisationRecord, names)

    def load(self, place_pks, organisation_pks):
        """Read what is not held yet: the places (with every place above them, for their
        parents' names), the organisations and the places they belong to, and aliases."""
        organisation_pks = set(organisation_pks) - set(self.organisations)
        place_pks = set(place_pks) - set(self.places)
        if not organisation_pks and not place_pks:
            return  # all held: the reader prepares each document again after its batch
        organisations = list(
            Organisation.objects.filter(pk__in=organisation_pks).values_list(
                "pk", "name", "kind", "jurisdiction_id"
            )
        )
        wanted = (set(place_pks) | {row[3] for row in organisations if row[3]}) - set(self.places)
        rows, known = {}, {}
        while wanted:  # up the tree, one level per query
            found = Jurisdiction.objects.filter(pk__in=wanted).values_list(
                "pk", "name", "kind", "parent_id"
            )
            rows.update((row[0], row) for row in found)
            known.update((pk, row) for pk, row in rows.items())
            wanted = {row[3] for row in rows.values() if row[3]} - set(rows) - set(self.places)
        aliases = _aliases(JurisdictionAlias, "jurisdiction_id", list(rows))
        for pk in rows:
            names, ancestors = [], []
            parent = rows[pk][3]
            while parent is not None and parent not in ancestors:
                ancestors.append(parent)
                parent = rows[parent][3] if parent in rows else self._parent_of(parent)
            for ancestor in ancestors:
                names.append(rows[ancestor][1] if ancestor in rows else self._name_of(ancestor))
            _pk, name, kind, _parent = rows[pk]
            record = PlaceRecord(pk, name, kind, parents=tuple(names), ancestors=tuple(ancestors))
            self.places[pk] = (record, aliases.get(pk, []))
        aliases = _aliases(OrganisationAlias, "organisation_id", organisation_pks)
        for pk, name, kind, place in organisations:
            record = OrganisationRecord(
                pk, name, kind, self.places[place][0] if place in self.places else None
            )
            self.organisations[pk] = (record, aliases.get(pk, []))

    def _parent_of(self, pk):
        record = self.places[pk][0]
        return record.ancestors[0] if record.ancestors else None

    def _name_of(self, pk):
        return self.places[pk][0].name

    def recogniser(self, mentions):
        """An `AliasRecogniser` of the `("jurisdiction" | "organisation", pk)` `mentions`."""
        keys = sorted(mentions)
        places = [self.places.get(pk) for kind, pk in keys if kind == "jurisdiction"]
        organisations = [self.organisations.get(pk) for kind, pk in keys if kind == "organisation"]
        return AliasRecogniser(
            places=[p for p in places if p], organisations=[o for o in organisations if o]
        )


def document_mentions(document):
    """Every mention stored for a document's articles: its own and its related items'."""
    return frozenset().union(
        *((item.mentions or frozenset()) for item in (document.article, *document.related))
    )
