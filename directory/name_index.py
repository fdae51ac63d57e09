"""Every name the directory knows, indexed for reading: places and organisations by their names
and aliases, with what a reader needs to choose between places of the same name.

Pure: built from rows (see `directory.matching` for the database side), it is picklable and never
changes once built. Names are looked up by token sequence in a dictionary, so finding them costs
a few lookups per word of text whatever the size of the directory.
"""

import hashlib
import math
from dataclasses import dataclass, replace

from .text import name_key, plain_key, tokenize

# Bump when the reading rules change, so that articles are re-linked on the next import.
RULES_VERSION = "recognition-27"


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
class NameMatch:
    start: int  # token positions, end exclusive
    end: int
    places: tuple  # jurisdiction pks
    organisations: tuple  # organisation pks


def match_words(tokens, match):
    """The folded words a match covers, as one string: "new york city"."""
    return " ".join(token.folded for token in tokens[match.start : match.end])


def without_places(matches, asked, unwanted):
    """`matches` with the places `unwanted(pk)` says no to taken out of each match that
    `asked(match)` picks; a match left with neither places nor organisations is dropped."""
    kept = []
    for match in matches:
        if asked(match):
            places = tuple(pk for pk in match.places if not unwanted(pk))
            if not places and not match.organisations:
                continue
            match = replace(match, places=places)
        kept.append(match)
    return kept


class NameIndex:
    def __init__(self, places, organisations, rules, rejected_names=()):
        self.places = {place.pk: place for place in places}
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        self.rejected = frozenset(plain_key(name) for name in rejected_names)
        self._names = {}
        self._prefixes = set()  # the keys of every name's first words, for `matches`
        # The first words of every name, and of those a text may write in lower case: see
        # `matches`.
        self._first_words = set()
        self._lowercase_first_words = set()
        self._fingerprint = hashlib.sha256(RULES_VERSION.encode())
        for rule in sorted(set(rules), key=lambda r: (r.key, r.text, r.case_sensitive, r.exclude)):
            self._add(rule)
        for place in sorted(self.places.values(), key=lambda p: p.pk):
            self._fingerprint.update(repr(place).encode())
        for organisation in sorted(self.organisations.values(), key=lambda o: o.pk):
            self._fingerprint.update(repr(organisation).encode())
        self._fingerprint.update(repr(sorted(self.rejected)).encode())
        self._freeze()
        self.version = self._fingerprint.hexdigest()[:16]
        del self._fingerprint
        self._ancestors = {}
        self._countries = {}
        self._prominence = {}
        self._keys = {}  # names already cut into tokens, for organisation_named
        self._derived = {}  # see `derived`

    def __getstate__(self):
        """Places and organisations as plain tuples, the look-ups' caches empty: read back in
        0.2 s instead of 0.6 s for the full directory (`directory.matcher_cache`)."""
        state = dict(
            self.__dict__, _ancestors={}, _countries={}, _prominence={}, _keys={}, _derived={}
        )
        state["places"] = [_fields(place) for place in self.places.values()]
        state["organisations"] = [_fields(o) for o in self.organisations.values()]
        return state

    def __setstate__(self, state):
        state["places"] = {row[0]: Place(*row) for row in state["places"]}
        state["organisations"] = {row[0]: KnownOrganisation(*row) for row in state["organisations"]}
        self.__dict__.update(state)

    def _add(self, rule):
        tokens = tokenize(rule.text)
        if not tokens:
            return
        self._fingerprint.update(repr(rule).encode())
        key = " ".join(token.folded for token in tokens)
        kind, pk = rule.key
        # Names of one spelling are grouped by how they must be written: case-sensitive rules
        # keep their exact tokens; others keep which words are capitalised, which the text must
        # capitalise too ("Reading" the town, not "reading"). A hundred Washingtons are then
        # checked once.
        spelling = (
            tuple(token.text for token in tokens) if rule.case_sensitive else None,
            tuple(token.text[0].isupper() for token in tokens),
            kind == "jurisdiction",
            rule.exclude,
        )
        groups = self._names.setdefault(key, {})
        groups.setdefault(spelling, []).append((kind, pk))
        words = key.split(" ")
        self._prefixes.update(" ".join(words[:end]) for end in range(1, len(words)))
        self._first_words.add(words[0])
        exact, capitals, is_place, _exclude = spelling
        if exact is not None:
            lowercase_start = not tokens[0].capitalised
        else:
            lowercase_start = not (is_place or capitals[0])
        if lowercase_start:
            self._lowercase_first_words.add(words[0])  # "noyb": `_written_as` lets it be

    def _freeze(self):
        self._names = {
            key: tuple((spelling, tuple(dict.fromkeys(keys))) for spelling, keys in groups.items())
            for key, groups in self._names.items()
        }
        self._prefixes = frozenset(self._prefixes)
        self._first_words = frozenset(self._first_words)
        self._lowercase_first_words = frozenset(self._lowercase_first_words)

    # Looking names up -----------------------------------------------------------------------

    def matches(self, tokens):
        """The longest known name starting at each token, excluded phrases taken out."""
        found, excluded = [], []
        folded = [token.folded for token in tokens]
        covered = 0  # a name inside a longer one found before it ("Francisco") is not a name
        names, prefixes = self._names, self._prefixes
        # Where a name may start: at a name's first word, and where that is not capitalised
        # only if one of its names may be written so (`_written_as`): "the", "to", "in" open
        # names ("The Hague"), but only capitalised. This leaves a third of the words to
        # look further at, and took a third off the cost of finding names (CPU).
        capitalised, lowercase = self._first_words, self._lowercase_first_words
        starts = [
            position
            for position, token in enumerate(tokens)
            if token.folded in (capitalised if token.capitalised else lowercase)
        ]
        for start in starts:
            if start < covered:
                continue
            first = folded[start]
            # The names starting here, found by extending a known name's first words one word
            # at a time: a lookup or two per word of text, however long the longest name.
            named, key, end = [], first, start + 1
            while True:
                if key in names:
                    named.append((end, key))
                if end == len(folded) or key not in prefixes:
                    break
                key = f"{key} {folded[end]}"
                end += 1
            for end, key in reversed(named):  # the longest name first
                written = tokens[start:end]
                keep = []
                for spelling, keys in names[key]:
                    if _written_as(spelling, written):
                        if spelling[3]:
                            excluded.extend((start, end, key) for key in keys)
                        else:
                            keep.extend(keys)
                if keep:
                    found.append((start, end, keep))
                    covered = end
                    break
        matches = []
        for start, end, keys in found:
            if excluded:
                keys = [
                    key
                    for key in keys
                    if not any(s <= start and end <= x and k == key for s, x, k in excluded)
                ]
            places = tuple(pk for kind, pk in keys if kind == "jurisdiction")
            organisations = tuple(pk for kind, pk in keys if kind == "organisation")
            if places or organisations:
                matches.append(NameMatch(start, end, places, organisations))
        return matches

    def organisation_named(self, text):
        """The known organisation with exactly this name or alias, if one."""
        key = self._keys.get(text)
        if key is None:
            key = name_key(text)
            if len(self._keys) < _KEY_CACHE_SIZE:
                self._keys[text] = key
        for spelling, keys in self._names.get(key, ()):
            if not spelling[3]:
                for kind, pk in keys:
                    if kind == "organisation":
                        return self.organisations.get(pk)
        return None

    def organisation_names(self):
        """Every name and alias of every known organisation, as (folded words, pk)."""
        for key, groups in self._names.items():
            for spelling, keys in groups:
                if not spelling[3]:
                    for kind, pk in keys:
                        if kind == "organisation":
                            yield key, pk

    def derived(self, key, work_out, *args):
        """`work_out(*args)`, kept under `key`: what a reader works out from the directory
        alone (what the places of one name have in common, say) is the same in every text, and
        texts name the same places over and over."""
        value = self._derived.get(key, _NOT_KEPT)
        if value is _NOT_KEPT:
            value = work_out(*args)
            if len(self._derived) < _DERIVED_KEPT:
                self._derived[key] = value
        return value

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
        if pk not in self._countries:
            self._countries[pk] = next(
                (c for c in (pk, *self.ancestors(pk)) if self.places[c].kind == "country"), None
            )
        return self._countries[pk]

    def parent_path(self, pk):
        """ "Maine, United States": the names above a place, nearest first."""
        return ", ".join(self.places[a].name for a in self.ancestors(pk))

    def prominence(self, pk):
        """How well known a place is on its name alone: its kind, then its size."""
        score = self._prominence.get(pk)
        if score is None:
            score = self._prominence[pk] = self._prominence_of(self.places[pk])
        return score

    def _prominence_of(self, place):
        score = _KIND_PRIOR.get(place.kind, 0)
        if place.population:
            score += min(3.0, max(0.0, math.log10(place.population) - 4))
        if place.kind == "state" and (place.iso_code or "")[:2] in HOME_COUNTRIES:
            # "Montana" alone is the state a reader knows, not Bulgaria's province of that name.
            score += 0.5
        parent = self.places.get(place.parent)
        population = place.population or 0
        if (
            place.kind == "city"
            and parent is not None
            and (
                (parent.kind == "country" and population >= _CITY_REGION_POPULATION)
                or (
                    population >= _NAMESAKE_CITY_POPULATION
                    and (_city_state(place, parent) or self._beside_its_region(place, parent))
                )
            )
        ):
            # A large city that is its own region (Washington, D.C.; Buenos Aires), or the city
            # a region abroad is named after (Hamburg, Brussels, Zürich, Utrecht), is what its
            # name means more often than a province or state of the same name.
            score += 3
        return score

    def _beside_its_region(self, city, country):
        """A city abroad filed under its country beside the region named after it (Hebron
        and the Hebron governorate, both under Palestine)."""
        if country.kind != "country" or country.iso_code in HOME_COUNTRIES:
            return False
        for _spelling, keys in self._names.get(name_key(city.name), ()):
            for kind, pk in keys:
                region = self.places.get(pk) if kind == "jurisdiction" else None
                if region is not None and region.kind == "state" and region.parent == city.parent:
                    return True
        return False


def _city_state(city, region):
    """A city in a region of its own name abroad; at home "New York" stays the state."""
    return (
        region.kind == "state"
        and region.name == city.name
        and region.iso_code[:2] not in HOME_COUNTRIES
    )


_CITY_REGION_POPULATION = 500_000
_NAMESAKE_CITY_POPULATION = 100_000
# The countries whose states a reader knows by name: "Washington" and "Georgia" are states.
HOME_COUNTRIES = frozenset({"US", "GB"})
_KEY_CACHE_SIZE = 10_000
_DERIVED_KEPT = 20_000
_NOT_KEPT = object()
_KIND_PRIOR = {
    "international": 8,
    "supranational": 9,
    "country": 9,
    "state": 6.5,
    "city": 3,
    "county": 2,
}


def _fields(record):
    return tuple(getattr(record, name) for name in record.__slots__)


def _written_as(spelling, written):
    exact, capitals, is_place, _exclude = spelling
    if exact is not None:
        return exact == tuple(token.text for token in written)
    if is_place and not written[0].capitalised:
        return False  # a place is a proper name: "city" is not a place called City
    return all(
        not capital or token.capitalised for capital, token in zip(capitals, written, strict=True)
    )
