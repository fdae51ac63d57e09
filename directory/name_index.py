"""Every name the directory knows, indexed for reading: places and organisations by their names
and aliases, with what a reader needs to choose between places of the same name.

Pure: built from rows (see `directory.matching` for the database side), it is picklable and never
changes once built. Names are looked up by token sequence in a dictionary, so finding them costs
a few lookups per word of text whatever the size of the directory.
"""

import hashlib
import math
from dataclasses import dataclass

from .text import name_key, tokenize

# Bump when the reading rules change, so that articles are re-linked on the next import.
RULES_VERSION = "recognition-1"


@dataclass(frozen=True, slots=True)
class Place:
    pk: int
    name: str
    kind: str
    parent: int | None = None
    population: int | None = None
    ocd_id: str | None = None
    iso_code: str = ""


@dataclass(frozen=True, slots=True)
class KnownOrganisation:
    pk: int
    name: str
    kind: str
    jurisdiction: int | None = None


@dataclass(frozen=True, slots=True)
class NameRule:
    """One way of writing a name: `key` is ("organisation", pk) or ("jurisdiction", pk)."""

    key: tuple
    text: str
    case_sensitive: bool = False
    exclude: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # "organisation" or "jurisdiction"
    pk: int
    exclude: bool
    # Case-sensitive rules keep the exact tokens; others keep which words are capitalised,
    # which the text must capitalise too ("Reading" the town, not "reading").
    exact: tuple | None
    capitals: tuple


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int  # token positions, end exclusive
    end: int
    places: tuple  # jurisdiction pks
    organisations: tuple  # organisation pks


class NameIndex:
    def __init__(self, places, organisations, rules, rejected_names=()):
        self.places = {place.pk: place for place in places}
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        self.rejected = frozenset(name_key(name) for name in rejected_names)
        self._names = {}
        self._longest = {}
        self._fingerprint = hashlib.sha256(RULES_VERSION.encode())
        for rule in sorted(set(rules), key=lambda r: (r.key, r.text, r.case_sensitive, r.exclude)):
            self._add(rule)
        for place in sorted(self.places.values(), key=lambda p: p.pk):
            self._fingerprint.update(repr(place).encode())
        for organisation in sorted(self.organisations.values(), key=lambda o: o.pk):
            self._fingerprint.update(repr(organisation).encode())
        self._fingerprint.update(repr(sorted(self.rejected)).encode())
        self.version = self._fingerprint.hexdigest()[:16]
        del self._fingerprint
        self._ancestors = {}
        self._organisation_index = None

    def _add(self, rule):
        tokens = tokenize(rule.text)
        if not tokens:
            return
        self._fingerprint.update(repr(rule).encode())
        key = " ".join(token.folded for token in tokens)
        kind, pk = rule.key
        entry = Entry(
            kind,
            pk,
            rule.exclude,
            tuple(token.text for token in tokens) if rule.case_sensitive else None,
            tuple(token.text[0].isupper() for token in tokens),
        )
        self._names.setdefault(key, []).append(entry)
        first = tokens[0].folded
        self._longest[first] = max(self._longest.get(first, 0), len(tokens))

    # Looking names up -----------------------------------------------------------------------

    def matches(self, tokens):
        """The longest known name starting at each token, excluded phrases taken out."""
        found, excluded = [], []
        folded = [token.folded for token in tokens]
        covered = 0  # a name inside a longer one found before it ("Francisco") is not a name
        for start, first in enumerate(folded):
            longest = self._longest.get(first)
            if not longest or start < covered:
                continue
            for end in range(min(len(tokens), start + longest), start, -1):
                entries = self._names.get(" ".join(folded[start:end]))
                if not entries:
                    continue
                written = tokens[start:end]
                entries = [entry for entry in entries if _written_as(entry, written)]
                if not entries:
                    continue
                excluded.extend((start, end, (e.kind, e.pk)) for e in entries if e.exclude)
                keep = [entry for entry in entries if not entry.exclude]
                if keep:
                    found.append((start, end, keep))
                    covered = end
                    break
        matches = []
        for start, end, entries in found:
            entries = [
                e
                for e in entries
                if not any(s <= start and end <= x and k == (e.kind, e.pk) for s, x, k in excluded)
            ]
            places = tuple(dict.fromkeys(e.pk for e in entries if e.kind == "jurisdiction"))
            organisations = tuple(dict.fromkeys(e.pk for e in entries if e.kind == "organisation"))
            if places or organisations:
                matches.append(NameMatch(start, end, places, organisations))
        return matches

    def organisation_named(self, text):
        """The known organisation with exactly this name or alias, if one."""
        for entry in self._names.get(name_key(text), ()):
            if entry.kind == "organisation" and not entry.exclude:
                return self.organisations.get(entry.pk)
        return None

    # The tree -------------------------------------------------------------------------------

    def ancestors(self, pk):
        """The places above `pk`, nearest first."""
        cached = self._ancestors.get(pk)
        if cached is None:
            chain, seen = [], {pk}
            parent = self.places[pk].parent if pk in self.places else None
            while parent is not None and parent not in seen and parent in self.places:
                chain.append(parent)
                seen.add(parent)
                parent = self.places[parent].parent
            cached = self._ancestors[pk] = tuple(chain)
        return cached

    def country_of(self, pk):
        for candidate in (pk, *self.ancestors(pk)):
            if self.places[candidate].kind == "country":
                return candidate
        return None

    def parent_path(self, pk):
        """ "Maine, United States": the names above a place, nearest first."""
        return ", ".join(self.places[a].name for a in self.ancestors(pk))

    def prominence(self, pk):
        """How well known a place is on its name alone: its kind, then its size."""
        place = self.places[pk]
        score = _KIND_PRIOR.get(place.kind, 0)
        if place.population:
            score += min(3.0, max(0.0, math.log10(place.population) - 4))
        parent = self.places.get(place.parent)
        if (
            place.kind == "city"
            and (place.population or 0) >= _CITY_REGION_POPULATION
            and parent is not None
            and parent.kind == "country"
        ):
            # A large city that is its own region (Washington, D.C.; Buenos Aires) is what
            # its name means more often than a province or state of the same name.
            score += 3
        return score


_CITY_REGION_POPULATION = 500_000
_KIND_PRIOR = {
    "international": 8,
    "supranational": 9,
    "country": 9,
    "state": 6.5,
    "city": 3,
    "county": 2,
}


def _written_as(entry, written):
    if entry.exact is not None:
        return entry.exact == tuple(token.text for token in written)
    if entry.kind == "jurisdiction" and not written[0].capitalised:
        return False  # a place is a proper name: "city" is not a place called City
    return all(
        not capital or token.text[0].isupper() or token.text[0].isdigit()
        for capital, token in zip(entry.capitals, written, strict=True)
    )
