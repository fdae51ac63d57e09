"""Which place a name means, decided as a careful reader would.

Pure. Many places share a name (Portland, Cambridge, Springfield, Washington), and many place
names are also words or people's names (Reading, Mobile, Jackson). A name is read, in order of
weight, from: the place written after it ("Portland, Maine"); the places it qualifies
("Somerville, Massachusetts" makes Massachusetts a state); a state or country named elsewhere in
the text; the kind of the places listed with it ("Texas and Washington" are states); then how
well known each place of that name is (its kind and population). A name that is part of a
longer name ("Mayor London Breed", "Budapest Pride") is not a place, and a small or ambiguous
place is only taken when the text gives it some context.
"""

from .demonyms import NATIONALITY_WORDS, nationality_countries
from .name_index import match_words
from .name_shapes import (
    a_countrys_arm,
    a_word_of_a_laws_title,
    before_a_head,
    before_another_name,
    describes_a_person,
    ends_a_body_of,
    ends_a_longer_name,
    inside_a_laws_name,
    names_another_thing,
    part_of_a_persons_name,
)
from .name_words import BODY_WORDS, TITLE_CASE_BODY_WORDS
from .namesakes import homes_of_bodies
from .place_neighbours import PlaceNeighbours, is_small_town
from .place_standing import KNOWN_IN_ITS_STATE, PlaceStanding
from .text import DOUBTFUL_AT_SENTENCE_START, PEOPLE_ADJECTIVES, words

_PORTFOLIO_TITLES = words("secretary minister ministry")


_QUALIFIED, _QUALIFIES, _STATE_CONTEXT, _COUNTRY_CONTEXT, _LISTED = 100, 60, 30, 15, 20
_HOME_CONTEXT, _SIBLING, _FOREIGN_REGION, _REGION_NAMED, _LISTED_STATE = 1, 10, 4, 4, 40
_REGION_WORDS = words("province provinces provincial canton cantons cantonal")


class PlaceReader(PlaceNeighbours, PlaceStanding):
    def __init__(self, tokens, matches, name_index):
        self.tokens = tokens
        self.name_index = name_index
        self.matches = [m for m in matches if m.places]
        self._index = {id(match): index for index, match in enumerate(self.matches)}
        self._names = [match_words(tokens, m) for m in self.matches]
        # A name written as part of a person's name ("Robert Williams", "Mayor London Breed")
        # is that person wherever it stands alone in the text, unless a place qualifies it.
        bodies_of = {i for i, match in enumerate(self.matches) if ends_a_body_of(tokens, match)}
        people = {
            self._names[index]
            for index, match in enumerate(self.matches)
            if (
                part_of_a_persons_name(tokens, match)
                and not ends_a_longer_name(tokens, match)
                and index not in bodies_of  # "University of Technology Sydney": no person
                and not before_a_head(tokens, match)  # "SEA Milan Airports": no person
                and not a_countrys_arm(tokens, match, name_index)  # "MTN Ghana said"
            )
            or self._names[index] in PEOPLE_ADJECTIVES
            or describes_a_person(tokens, match)
        }
        longer_names = {
            index for index, match in enumerate(self.matches) if ends_a_longer_name(tokens, match)
        }
        self._people = {
            index
            for index, match in enumerate(self.matches)
            if self._names[index] in people and self._qualifier(match) is None
        }
        # "King's Cross": both towns' names are one name, and no context for either.
        self._joined = set()
        for index, match in enumerate(self.matches):
            if self._joined_by_possessive(match):
                self._joined.update((index, self._index[id(self._match_at(match.end + 1))]))
        # "the City of Chicago", "the University", "the Council": words that name bodies, and
        # towns only when qualified ("Council, Idaho"); they are no context for anything.
        self._body_words = {
            index
            for index, match in enumerate(self.matches)
            if all(tokens[p].folded in BODY_WORDS for p in range(match.start, match.end))
            and self._qualifier(match) is None
        }
        # "the Home Secretary", "the Interior Minister": a portfolio, though towns are called
        # Home and Interior; a place a reader knows keeps its title ("California Secretary").
        portfolios = {
            index
            for index, match in enumerate(self.matches)
            if match.end < len(tokens)
            and tokens[match.end].folded in _PORTFOLIO_TITLES
            and tokens[match.end].capitalised
            and all(self._small_town(pk) for pk in match.places)
        }
        self._rejected = (
            self._people
            | longer_names
            | portfolios
            | self._joined
            | self._body_words
            | bodies_of
            | {
                index
                for index, match in enumerate(self.matches)
                if (before_another_name(tokens, match) and not self._city_of_an_airport(match))
                or names_another_thing(tokens, match)
                or a_word_of_a_laws_title(
                    tokens, match, all(self._small_town(pk) for pk in match.places)
                )
            }
        )
        # place pk -> the names of the matches that name it or lie in it. A place repeated is
        # no context for itself ("Breed, who ..." after "Mayor London Breed").
        self._context = {}
        first_names = {
            index
            for index, match in enumerate(self.matches)
            if (
                (
                    before_another_name(tokens, match)
                    and tokens[match.end].folded not in TITLE_CASE_BODY_WORDS
                )
                or inside_a_laws_name(tokens, match)
                or names_another_thing(tokens, match)
            )
            and all(self._small_town(pk) for pk in match.places)
        }  # "James Cleverly", "Consumer Protection Act": no context for Michigan or Kansas
        no_context = self._people | self._joined | self._body_words | first_names | bodies_of
        given = set()  # a name repeated gives what it gave once ("Washington" is 186 places)
        self._sole_names = {}  # place pk -> the names that can mean nothing else ("D.C.")
        for index, match in enumerate(self.matches):
            if index in no_context or (self._names[index], match.places) in given:
                continue  # a place inside an organisation's name still gives context
            given.add((self._names[index], match.places))
            if len(match.places) == 1:
                self._sole_names.setdefault(match.places[0], set()).add(self._names[index])
            for pk in match.places:
                self._context.setdefault(pk, set()).add(self._names[index])
            for pk in name_index.derived(("above all", match.places), self._above_all, match):
                self._context.setdefault(pk, set()).add(self._names[index])
        # A body the directory places is context too: the ICO puts "Chelmsford" in England.
        for match, home in homes_of_bodies(matches, name_index):
            name = match_words(tokens, match)
            for pk in home:
                self._context.setdefault(pk, set()).add(name)
        # A nationality is context for its country: "Palestinians" puts Hebron in Palestine.
        # "the province's privacy law", "provincial": a text that speaks of regions means the
        # region where one shares its name with its city (Quebec, not Quebec City).
        self._of_regions = False
        for token in tokens:
            if not token.capitalised:
                self._of_regions = self._of_regions or token.folded in _REGION_WORDS
                continue
            if token.text not in NATIONALITY_WORDS:
                continue
            for pk in nationality_countries(name_index, token.text, plural=True):
                self._context.setdefault(pk, set()).add(token.folded)
        self._resolved = {}
        self._bodies = [m for m in matches if m.organisations]  # see `_capitalised_mid_sentence`

    def _above_all(self, match):
        """The places above every place of `match`'s name (Washington state's and county's
        towns are all in the United States), none where the name is only small towns in
        several states: "Hilton", "Yorkshire" or "Marks" make no text American."""
        shared = None
        for pk in match.places:
            above = set(self.name_index.ancestors(pk))
            shared = above if shared is None else shared & above
        places = self.name_index.places
        if (
            shared
            and all(is_small_town(places[pk]) for pk in match.places)
            and all(places[pk].kind not in ("state", "county") for pk in shared)
        ):
            return ()
        return tuple(shared or ())

    def named_places(self, hidden):
        """(match, pk) for each place the text names outside the token positions `hidden`
        (organisations' names), in order. A name the text leaves open in one place and settles
        in another means what it settles ("Portland passes ..." above "the Portland City
        Council", which a council of Portland, Oregon settles)."""
        settled, states = {}, set()
        for index, match in enumerate(self.matches):
            if not hidden.isdisjoint(range(match.start, match.end)):
                continue  # "Commission d'accès à l'information du Québec" settles no "Quebec"
            pk, accepted = self.resolve(match)
            if accepted and index not in self._rejected:
                settled.setdefault(self._names[index], set()).add(pk)
                states.update(self._states_of(pk))
        for index, match in enumerate(self.matches):
            if not hidden.isdisjoint(range(match.start, match.end)):
                continue
            if index in self._rejected:
                continue
            pk, accepted = self.resolve(match)
            if not accepted:
                meanings = settled.get(self._names[index], ())
                if len(meanings) == 1:
                    (pk,) = meanings
                    accepted = pk in match.places
                elif pk is not None and pk in states:
                    accepted = True  # "the capital of Telangana", a city of which is named
                else:
                    pk = self._in_a_state_of_the_text(index, match, states)
                    accepted = pk is not None
            if accepted:
                yield match, pk

    def _in_a_state_of_the_text(self, index, match, states):
        """ "Boston follows Somerville, Brookline, Cambridge, Springfield and Northampton": the
        towns of the state the text's places are in, though it names no state, where exactly one
        town of the name is there and is large enough to be known by it."""
        if not states or index in self._people or not self._capitalised_mid_sentence(index):
            return None
        places = self.name_index.places
        there = [
            pk
            for pk in match.places
            if places[pk].kind == "city"
            and (places[pk].population or 0) >= KNOWN_IN_ITS_STATE
            and not states.isdisjoint(self.name_index.ancestors(pk))
        ]
        return there[0] if len(there) == 1 else None

    def _small_town(self, pk):
        return is_small_town(self.name_index.places[pk])

    def resolve(self, match):
        """(the place `match` most likely means, whether the text gives enough to say so)."""
        index = self._index[id(match)]
        if index not in self._resolved:
            settled = None if self._is_settled(match) else self._settled_elsewhere(index)
            self._resolved[index] = (settled, True) if settled else self._resolve(index, match)
        return self._resolved[index]

    def _is_settled(self, match):
        """Whether the text says which place this is: "DeKalb County, Georgia", "Portland,
        Maine" (the name qualifies another, or another qualifies it), "the Washington
        governor" (a word after it leaves the state alone of the places of the name)."""
        if self._qualifier(match) is not None or self._qualified(match) is not None:
            return True
        # (A state only: "the New York City Council" leaves "New York's attorney general" open.)
        kept = self._kind_restricted(match)
        if len(kept) < len(match.places) and self._a_dateline(match, self._token(match.end)):
            return True  # "NEW YORK — ... the New York State Supreme Court": still the city
        return (
            len(kept) == 1 < len(match.places) and self.name_index.places[kept[0]].kind == "state"
        )

    def _settled_elsewhere(self, index):
        """ "a Georgia man ... in DeKalb County, Georgia": the place another mention of the same
        name settles, for a mention that does not say which it is."""
        for other_index, other in enumerate(self.matches):
            if other_index == index or self._names[other_index] != self._names[index]:
                continue
            if other_index in self._rejected or not self._is_settled(other):
                continue
            place, sure = self.resolve(other)
            if sure and place in self.matches[index].places:
                return place
        return None

    def _resolve(self, index, match):
        name_index = self.name_index
        candidates = self._kind_restricted(match)
        qualifier = self._qualifier(match)
        qualifiers = set(qualifier.places) if qualifier is not None else set()
        qualified = self._qualified(match)
        qualified_above = set()
        for other in qualified.places if qualified is not None else ():
            qualified_above.update(name_index.ancestors(other))
        neighbour_kinds = self._neighbour_kinds(index, match)
        list_states = self._list_mate_states(match)
        # What the directory alone says of the places of the name, worked out once: "Washington"
        # is 186 places. With the context's sets below, reading places over the bench's texts
        # went from 0.12 to 0.08 ms a text (CPU, fastest of 7).
        abroad, facts = name_index.derived(
            ("candidates", tuple(candidates)), self._facts, candidates
        )
        best, best_score, best_evidence = None, None, False
        a_country, best_qualified = None, False
        for (
            pk,
            place,
            above,
            score,
            country,
            at_home,
            context_above,
            foreign,
            of_its_country,
        ) in facts:
            evidence = False
            if place.kind == "country":
                a_country = pk
            is_qualified = bool(qualifiers and not qualifiers.isdisjoint(above))
            if is_qualified:
                score, evidence = score + _QUALIFIED, True
            if pk in qualified_above:
                score, evidence, is_qualified = score + _QUALIFIES, True, True
            named = [a for a in context_above if self._named_elsewhere(a, index)]
            if named:  # (of two states the text names, the one it is about breaks a tie)
                score, evidence = score + _STATE_CONTEXT + self._about_its_state(named), True
            if foreign:
                score -= _FOREIGN_REGION
            # (México, a state named like its country, takes no context from Mexico's bodies.)
            if (
                of_its_country
                and country not in (None, pk, *candidates)
                and self._named_elsewhere(country, index)
            ):
                if at_home and not abroad:
                    score += _HOME_CONTEXT  # assumed anyway: only breaks ties
                else:
                    score, evidence = score + _COUNTRY_CONTEXT, True
            if self._named_otherwise(pk, index):
                score, evidence = score + _QUALIFIED, True  # "Washington ... D.C." is the capital
            if place.kind == "state" and self._sibling_named(pk, place.parent, index):
                score, evidence = score + _SIBLING, True
            if place.kind == "state" and self._of_regions:
                score += _REGION_NAMED
            if neighbour_kinds and place.kind in neighbour_kinds:
                score += _LISTED
            if (
                list_states
                and place.kind == "city"
                and not self._states_of(pk).isdisjoint(list_states)
                and (len(list_states) == 1 or not is_small_town(place))
            ):
                # A town listed among cities of one state is most likely there; cities of
                # several states listed together ("Chicago, Omaha and Providence") place no
                # village named like a city of note.
                score, evidence = score + _LISTED_STATE, True
            if best_score is None or score > best_score:
                best, best_score, best_evidence = pk, score, evidence
                best_qualified = is_qualified
        if best is None:
            return None, False
        if not best_qualified and self._a_word_opening_sentences(index, best):
            best_evidence = False  # "Time clock maker settles Illinois case": no town of Time
        if (
            a_country is not None
            and not best_qualified
            and name_index.places[best].kind
            in (
                "city",
                "county",
            )
        ):
            # "Italy", "Greece", "Sweden" beside "New York City" are the countries, not towns
            # of New York: a town named like a country is written with its state.
            return a_country, True
        return best, best_evidence or self._needs_no_context(best, candidates, index)

    def _a_word_opening_sentences(self, index, pk):
        """A small town named like a common word ("Time", "Normal") that the text writes only
        as the first word of its sentences: the word, whatever state the text names, unless a
        place qualifies it ("Time, Illinois")."""
        return (
            self._small_town(pk)
            and self._names[index] in DOUBTFUL_AT_SENTENCE_START
            and not self._capitalised_mid_sentence(index, pk)
        )

    def _named_otherwise(self, pk, index):
        """Whether the text names the place `pk` by a name of its own that is no part of this
        one: "D.C." for the "Washington" of a headline, not "New York City" for "New York"."""
        own = self._names[index] if index is not None else ""
        return any(own not in name for name in self._sole_names.get(pk, ()))

    def _named_elsewhere(self, pk, index):
        own = self._names[index] if index is not None else None
        names = self._context.get(pk)
        return bool(names) and (len(names) > 1 or own not in names)
