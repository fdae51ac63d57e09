"""How well known each place of a name is, whether it lies in a home country (the United
States, the United Kingdom), and whether it is known well enough to be taken with no context:
the facts `place_resolution.PlaceReader` weighs when the text alone does not settle a name.
Pure; a mixin of the reader, reading its `name_index` and what it found in the text.
"""

from bisect import bisect_right
from collections import Counter

from .name_index import HOME_COUNTRIES
from .place_neighbours import KNOWN_CITY_POPULATION

MAJOR_CITY_POPULATION = 500_000
KNOWN_IN_ITS_STATE = 20_000  # a town a text about its state names without the state


# How much larger than every other place of its name a known city, written as a name mid
# sentence, must be to need no more context.
DOMINANCE = 5
_ALWAYS_NAMED = frozenset({"country", "supranational", "international"})

# What the state a text is about adds to a place of it over a namesake in another state the
# text names too: enough to break a tie between two small towns, not to outweigh a fact nor a
# town of some size (a quarter is what a town of 18,000 has over a village).
ABOUT_ITS_STATE = 0.25


def main_state(place_pks, places, sentences=None):
    """The state a text is about: of the states among `place_pks` (one per mention, in the
    text's order), the one it names most often; None where none leads. "Scott vetoes Vermont
    data privacy bill ... Only Illinois' biometric privacy law ..." is about Vermont. Given the
    sentence of each mention (`sentences`), of states named equally often the one named in an
    earlier sentence than the others, as news names its subject before the places it compares
    it with ("a bill ... in Hawaii ... Cambridge, Massachusetts, banned ..."); not of states
    named together ("Maine and Vermont acted")."""
    mentions = [
        (pk, sentences[index] if sentences else 0)
        for index, pk in enumerate(place_pks)
        if places[pk].kind == "state"
    ]
    counts = Counter(pk for pk, _sentence in mentions)
    most = max(counts.values(), default=0)
    leaders = [pk for pk in counts if counts[pk] == most]
    if len(leaders) == 1:
        return leaders[0]
    if not sentences or not leaders:
        return None
    first = {pk: min(s for p, s in mentions if p == pk) for pk in leaders}
    earliest, *others = sorted(leaders, key=first.get)
    return earliest if all(first[earliest] < first[pk] for pk in others) else None


def sentences_of(tokens, starts):
    """The sentence (counted from 0) that each character offset in `starts` falls in."""
    openings = [token.start for token in tokens if token.sentence_start]
    return [bisect_right(openings, start) for start in starts]


class PlaceStanding:
    def _about_its_state(self, states):
        """`ABOUT_ITS_STATE` if the state the text is about is among `states` (the states above
        a place that the text names), else 0: "a Bradford Democrat" in a text about Vermont
        that also names Illinois is Vermont's Bradford."""
        if not hasattr(self, "_main_state"):
            places = self.name_index.places
            mentions = []
            for match in self.matches:
                states_named = [pk for pk in match.places if places[pk].kind == "state"]
                if len(states_named) == 1:
                    mentions.append(states_named[0])
            self._main_state = main_state(mentions, places)
        return ABOUT_ITS_STATE if self._main_state in states else 0

    def _facts(self, candidates):
        """(whether the name has places in both home countries, and for each place: (pk, the
        place, the places above it, its prominence, its country, whether that is a home
        country, the state and county above it that the text may name, whether it is a region
        abroad that a major home city of the name outranks, whether its country named in the
        text counts for it))."""
        name_index = self.name_index
        places = name_index.places
        a_home_state = any(self._is_home_state(pk) for pk in candidates)
        a_major_home_city = any(self._is_major_home_city(pk) for pk in candidates)
        # Places of the name in both home countries (Chelmsford, Cambridge): naming one settles it.
        abroad = {self._iso_of(name_index.country_of(pk)) for pk in candidates} >= HOME_COUNTRIES
        facts = []
        for pk in candidates:
            place, above, country = places[pk], name_index.ancestors(pk), name_index.country_of(pk)
            # "Texas and Washington" in a text about Illinois are the states, not towns of
            # Illinois: a state a reader knows unprompted outweighs a small town's context.
            small = (place.population or 0) < KNOWN_CITY_POPULATION
            # "cases in Detroit" in a text about Alabama are Michigan's city of 640,000, not
            # Alabama's village of 200: a town its own state barely knows takes no context
            # from that state where a major city shares its name.
            tiny = (place.population or 0) < KNOWN_IN_ITS_STATE and place.kind == "city"
            overshadowed = a_major_home_city and tiny
            # Neither takes context from its country either: "Yorkshire" (American towns only)
            # does not make England Arkansas' town, nor "Hilton" London Kentucky's.
            takes_context = not ((a_home_state and small and place.kind != "state") or overshadowed)
            context_above = (
                ()
                if not takes_context
                else tuple(
                    # Québec the city is no context for itself through Quebec the province.
                    a
                    for a in above
                    if places[a].kind in ("state", "county") and a not in candidates
                )
            )
            # "Police in Portland": the city of 650,000 a reader of this tracker knows, not the
            # Jamaican parish that outranks any city on its name alone. The text naming
            # Jamaica restores it (`_COUNTRY_CONTEXT`).
            foreign = a_major_home_city and place.kind == "state" and not self._at_home(country)
            at_home = country is not None and places[country].iso_code in HOME_COUNTRIES
            facts.append(
                (pk, place, above, name_index.prominence(pk), country, at_home, context_above,
                 foreign, takes_context)
            )  # fmt: skip
        return abroad, tuple(facts)

    def _iso_of(self, country):
        return self.name_index.places[country].iso_code if country is not None else None

    def _at_home(self, country):
        return country is not None and self.name_index.places[country].iso_code in HOME_COUNTRIES

    def _is_major_home_city(self, pk):
        place = self.name_index.places[pk]
        return (
            place.kind == "city"
            and (place.population or 0) >= MAJOR_CITY_POPULATION
            and self._at_home(self.name_index.country_of(pk))
        )

    def _is_home_state(self, pk):
        place = self.name_index.places[pk]
        if place.kind != "state":
            return False
        country = self.name_index.country_of(pk)
        return country is not None and self.name_index.places[country].iso_code in HOME_COUNTRIES

    def _needs_no_context(self, pk, candidates, index):
        """Whether the place `pk`, the likeliest of its name's `candidates`, is taken with no
        context: a country or larger; a state at home, of a distinctive name, or whose country
        the text names; a county so called alone; a city of note written as a name mid
        sentence, several times larger than any namesake."""
        name_index = self.name_index
        place = name_index.places[pk]
        if place.kind in _ALWAYS_NAMED:
            return True
        country = name_index.country_of(pk)
        if place.kind == "state":
            home = country is not None and name_index.places[country].iso_code in HOME_COUNTRIES
            # "New South Wales", "B.C.": a name of several words, or initials, that only one
            # place has is that place.
            name = self._names[index]
            distinctive = len(candidates) == 1 and (" " in name or "." in name)
            return (
                home
                or distinctive
                or (country is not None and self._named_elsewhere(country, index))
            )
        if place.kind == "county" and self._unique_county(pk, candidates, country, index):
            return True
        population = place.population or 0
        known = population >= KNOWN_CITY_POPULATION or (
            place.kind == "city" and self._council_named(index)
        )
        if not known or not self._capitalised_mid_sentence(index, pk):
            return False
        others = [
            name_index.places[other].population or 0
            for other in candidates
            if other != pk and name_index.places[other].kind in ("city", "county")
        ]
        return all(population >= DOMINANCE * other for other in others)
