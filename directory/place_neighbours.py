"""Where a place's name stands in a text: the words and names around it that a reader of
places weighs. Pure; `place_resolution.PlaceReader` builds on it to decide which place a name
means. Holds what the tokens say next to a name ("Portland, Maine", "Texas and Washington",
"New York City", "King's Cross", a capital that opens a sentence, a county written in full, a
sister state named), not how much it weighs.
"""

from .name_index import HOME_COUNTRIES
from .name_shapes import names_an_airport
from .name_words import BODY_WORDS
from .text import DOUBTFUL_AT_SENTENCE_START, SPEECH_VERBS

# A place this big, and this much bigger than any other of its name, needs no context.
KNOWN_CITY_POPULATION = 100_000


def is_small_town(place):
    """A city under `KNOWN_CITY_POPULATION`, which a text must give some context to mean."""
    return place.kind == "city" and (place.population or 0) < KNOWN_CITY_POPULATION


# Cities large enough to be named by their airports ("Milan Linate", "London Heathrow").
_AIRPORT_CITY_POPULATION = 1_000_000

# Offices only a state has: "Washington Gov. Jay Inslee" is the state's governor.
_STATE_OFFICES = frozenset(("governor", "gov", "governors", "legislature"))


class PlaceNeighbours:
    """The tokens of a text and its place names (`matches`), with what stands around each:
    subclasses set `tokens`, `name_index`, `matches`, `_names`, `_index` and `_bodies`."""

    def _capitalised_mid_sentence(self, index, pk=None):
        """Whether the text writes the name as a name somewhere: not only as the first word of
        a sentence, where a capital proves nothing ("Mobile phones ...", "Reading the report").
        A later capitalised word proves it anywhere ("San Francisco, Oakland and ..."), and so
        does the name of place `pk` at the head of the name of one of its own bodies ("the
        Minneapolis City Council"; not "the Mobile County Sheriff", a body of the county)."""
        own = self._names[index]
        if any(
            name == own
            and (
                not self.tokens[match.start].sentence_start
                or self._a_name_at_sentence_start(match)
                or any(token.capitalised for token in self.tokens[match.start + 1 : match.end])
                or self._owns_a_name(match)
            )
            for name, match in zip(self._names, self.matches, strict=True)
        ):
            return True
        if pk is None:
            return False
        words = own.split(" ")
        organisations = self.name_index.organisations
        return any(
            not self.tokens[match.start].sentence_start
            and any(organisations[o].jurisdiction == pk for o in match.organisations)
            and [t.folded for t in self.tokens[match.start : match.start + len(words)]] == words
            for match in self._bodies
        )

    def _a_name_at_sentence_start(self, match):
        """ "Boston becomes the largest city ...": a sentence may open with a city's name, unless
        the name is also a common word or a given name ("Reading the report", "Austin said")."""
        following = self._token(match.end)
        if self._a_dateline(match, following):
            return True
        return (
            self._names[self._index[id(match)]] not in DOUBTFUL_AT_SENTENCE_START
            and following is not None
            and (
                following.folded in ("'s", *BODY_WORDS)  # "Boston City Council votes ..."
                or (following.is_word and not following.capitalised)
            )
            and following.folded not in SPEECH_VERBS
        )

    def _a_dateline(self, match, following):
        """ "GENEVA — A UN body said ...", "PARIS (AP) —", "BRUSSELS - The Commission ...": a
        name in capitals before a dash (or the hyphen plain text writes for one) or an agency's
        name is the dateline of a report from there, written as a name."""
        return (
            following is not None
            and following.text in ("\u2014", "\u2013", "-", "(")
            and all(
                len(t.text) > 1 and t.text.isupper()
                for t in self.tokens[match.start : match.end]
                if t.is_word
            )
        )

    def _council_named(self, index):
        """ "The Alameda City Council": a town with a council of its name is a place of its own,
        so the largest of that name needs no more context than a large city does."""
        own = self._names[index]
        for name, match in zip(self._names, self.matches, strict=True):
            if name != own:
                continue
            following = [t.folded for t in self.tokens[match.end : match.end + 2]]
            if following in (["city", "council"], ["town", "council"], ["common", "council"]):
                return True
        return False

    def _owns_a_name(self, match):
        """ "Oakland's Privacy Advisory Commission" opening a sentence: a possessive before a
        capitalised name is a place's, where "Mobile's market share" is not."""
        possessive, following = self._token(match.end), self._token(match.end + 1)
        return (
            possessive is not None
            and possessive.folded == "'s"
            and following is not None
            and following.capitalised
        )

    def _kind_restricted(self, match):
        """ "New York City" and the dateline "NEW YORK —" are the city; "Washington state",
        "New York State" and "the Washington governor" the states."""
        following = self._token(match.end)
        if following is not None and following.folded == "'s":
            # "Portland's City Council" is a city's, as "the Portland City Council" is (not the
            # Jamaican parish's, which outranks any city on its name alone).
            after = self._token(match.end + 1)
            if after is not None and after.capitalised and after.folded in ("city", "town"):
                following = after
        if following is not None and following.folded in _STATE_OFFICES:
            kept = [pk for pk in match.places if self.name_index.places[pk].kind == "state"]
            return kept or match.places
        if self.tokens[match.start].sentence_start and self._a_dateline(match, following):
            # "NEW YORK — A state judge ...": a report is filed from a city, not a state.
            kept = [pk for pk in match.places if self.name_index.places[pk].kind == "city"]
            return kept or match.places
        if following is not None and following.folded in ("city", "state"):
            wanted = following.folded
            if wanted == "city" and not following.capitalised:
                return match.places
            kept = [pk for pk in match.places if self.name_index.places[pk].kind == wanted]
            if kept:
                return kept
        return match.places

    def _city_of_an_airport(self, match):
        """ "Milan Linate": a city of a million people or more, before its airport's name; a
        lesser town's name before another word stays part of that name, a person's ("Elizabeth
        Warren", "George Floyd") as often as an airport's."""
        places = self.name_index.places
        return names_an_airport(self.tokens, match) and any(
            places[pk].kind == "city" and (places[pk].population or 0) >= _AIRPORT_CITY_POPULATION
            for pk in match.places
        )

    def _token(self, position):
        return self.tokens[position] if 0 <= position < len(self.tokens) else None

    def _match_at(self, start):
        return next((m for m in self.matches if m.start == start), None)

    def _qualifier(self, match):
        """The place written after a comma or in brackets: "Portland, Maine"."""
        mark = self._token(match.end)
        if mark is None or mark.text not in (",", "("):
            return None
        return self._match_at(match.end + 1)

    def _qualified(self, match):
        """The place this one qualifies: Massachusetts in "Somerville, Massachusetts"."""
        mark = self._token(match.start - 1)
        if mark is None or mark.text not in (",", "("):
            return None
        return next((m for m in self.matches if m.end == match.start - 1), None)

    def _neighbour_kinds(self, index, match):
        """The kinds of the places listed with this one: "Texas and Washington"."""
        kinds = set()
        for other in self.matches:
            if other is match or self._index[id(other)] in self._rejected:
                continue  # "Vermont and Elizabeth Warren": a person's name lists no town
            if other.end < match.start:
                between = self.tokens[other.end : match.start]
            elif match.end < other.start:
                between = self.tokens[match.end : other.start]
            else:
                continue
            if 1 <= len(between) <= 2 and all(t.folded in (",", "and", "or") for t in between):
                if between[0].text == "," and len(between) == 1:
                    continue  # "Somerville, Massachusetts" is a qualifier, not a list
                other_kinds = {self.name_index.places[pk].kind for pk in other.places}
                if len(other_kinds) == 1:
                    kinds |= other_kinds
        return kinds

    def _list_mate_states(self, match):
        """The states of the cities listed with this name, as each is read without its own
        list ("San Francisco, Somerville, Massachusetts, and Oakland": California and
        Massachusetts), walking the list across the qualifiers in it: a town listed among
        others is most likely where one of them is."""
        if self.__dict__.get("_listing"):
            return set()  # reading a list-mate: by what else the text says, not by its list
        self._listing = True
        states, places = set(), self.name_index.places
        try:
            for other in self._list_of(match):
                index = self._index[id(other)]
                pk, sure = self._resolved.get(index) or self._resolve(index, other)
                if pk is not None and sure and places[pk].kind == "city":
                    states |= self._states_of(pk)
        finally:
            self._listing = False
        return states

    def _states_of(self, pk):
        places = self.name_index.places
        return {a for a in (pk, *self.name_index.ancestors(pk)) if places[a].kind == "state"}

    def _list_of(self, match):
        """The other names of the list this one stands in."""
        ordered = sorted(self.matches, key=lambda m: m.start)
        position = ordered.index(match)
        members = []
        for step in (-1, 1):
            at = position
            while 0 <= at + step < len(ordered):
                first, second = sorted((ordered[at], ordered[at + step]), key=lambda m: m.start)
                between = self.tokens[first.end : second.start]
                if not (1 <= len(between) <= 2 and all(t.folded in (",", "and") for t in between)):
                    break
                at += step
                if self._index[id(ordered[at])] not in self._rejected:
                    members.append(ordered[at])
        return members

    def _joined_by_possessive(self, match):
        """ "King's Cross", "King's Lynn": a small town's name joined by "'s" to another place
        name is one name (where "Maine's Portland" and "Oakland's police" are not)."""
        following = self._token(match.end)
        if following is None or following.folded != "'s":
            return False
        after = self._match_at(match.end + 1)
        if after is None or self.tokens[after.start].sentence_start:
            return False
        return all(is_small_town(self.name_index.places[pk]) for pk in match.places)

    def _unique_county(self, pk, candidates, country, index):
        """ "San Diego County", written in full as a name, an English shire ("Oxfordshire") or
        an area of several words ("Greater Manchester", "North Ayrshire"), and the only county
        so called in a country whose counties the directory holds: a county has no population
        to go by."""
        name_index = self.name_index
        name = self._names[index]
        return (
            len(candidates) == 1
            and country is not None
            and name_index.places[country].iso_code in HOME_COUNTRIES
            and (
                name.rsplit(" ", 1)[-1] in ("county", "parish", "borough")
                or name.endswith("shire")
                or " " in name
            )
            and self._capitalised_mid_sentence(index)
        )

    def _sibling_named(self, pk, parent, index):
        """Another state of the same country named in the text: "Georgia" beside "Texas", or
        beside "Louisiana", whose name a town in Missouri shares (one state of that name)."""
        own = self._names[index]
        places = self.name_index.places
        for other_index, other in enumerate(self.matches):
            if other_index in self._people or self._names[other_index] == own:
                continue
            if f" {own}" in f" {self._names[other_index]}":
                # "Ciudad Autónoma de Buenos Aires", ISO's name of the city's region and the
                # city's own for itself, is no sibling state beside "Buenos Aires".
                continue
            states = [p for p in other.places if places[p].kind == "state"]
            if len(states) != 1 or states[0] == pk:
                continue
            if places[states[0]].parent == parent:
                return True
        return False
