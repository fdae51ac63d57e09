"""Read a text for the places and organisations it names: the tracker's one reader of names.

Pure, and picklable for worker processes. `MentionMatcher.find(text)` gives keys the importer
stores: ("jurisdiction", pk), ("organisation", pk) and ("candidate", Candidate) for an
organisation the directory does not know yet. `read(text)` gives the same in text order with
the names as the reader took them, which is what `manage.py read_news` prints. `spans(text)`
gives every name with where the text names it, which the suggestion reader needs: the other
two are made from it.
"""

import re
from dataclasses import dataclass

from . import chambers
from .body_countries import country_of_the_bodies
from .congresses_abroad import congresses_abroad
from .court_seats import COURTS_OF_A_COUNTRY, courts_by_their_country
from .demonyms import ADJECTIVE_OF
from .headline_places import capitals_kept, without_headline_towns, without_opening_towns
from .initials import bracketed_initials
from .name_index import HOME_COUNTRIES
from .name_words import TITLE_CASE_BODY_WORDS
from .office_places import officers_as_their_bodies, without_offices
from .organisation_spans import find_organisation_spans
from .partner_names import with_partners
from .place_bodies import known_of
from .place_resolution import PlaceReader
from .place_standing import main_state, sentences_of
from .possessive_places import bare_apostrophe, possessive_place, watchdog_of
from .regions import REGIONAL, region_of
from .repeats import without_repeats
from .text import headline_capitals_only, sentence_cased, span_text, tokenize, words


@dataclass(frozen=True, slots=True)
class Candidate:
    """An organisation the text names that the directory does not know: staff confirm it."""

    name: str
    kind: str
    jurisdiction: int | None = None


@dataclass(frozen=True, slots=True)
class Named:
    """One name in a text: characters `start` to `end` name `key`."""

    start: int
    end: int
    key: tuple  # ("jurisdiction", pk), ("organisation", pk) or ("candidate", Candidate)
    # For an organisation, the place its name puts it in ("Hungary's National Assembly").
    owner: int | None = None
    # Whether the text gives enough to be sure of that place ("D.C. Council": D.C. is the
    # capital wherever it is written), as `PlaceReader.resolve` judges a place named alone.
    owner_sure: bool = False


@dataclass(frozen=True, slots=True)
class Spans:
    places: tuple  # Named, in text order, every time a place is named
    organisations: tuple  # Named, in text order, every time an organisation is named


@dataclass(frozen=True, slots=True)
class Reading:
    places: tuple  # jurisdiction pks, in the order the text first names them
    organisations: tuple  # keys: ("organisation", pk) or ("candidate", Candidate)


class MentionMatcher:
    def __init__(self, name_index):
        self.name_index = name_index
        self.version = name_index.version

    def find(self, text):
        """The keys of what `text` names."""
        reading = self.read(text)
        return {("jurisdiction", pk) for pk in reading.places} | set(reading.organisations)

    def read(self, text):
        spans = self.spans(text)
        places = dict.fromkeys(named.key[1] for named in spans.places)
        organisations = dict.fromkeys(named.key for named in spans.organisations)
        return Reading(tuple(places), tuple(organisations))

    def spans(self, text):
        """Every place and organisation `text` names, with where it names them."""
        if not text:
            return Spans((), ())
        tokens = tokenize(text)
        name_index = self.name_index
        matches = without_offices(tokens, name_index.matches(tokens), name_index)
        matches = without_opening_towns(tokens, matches, name_index)
        cased = sentence_cased(
            tokens, lambda: capitals_kept(tokens, matches, name_index), TITLE_CASE_BODY_WORDS
        )
        if cased is not tokens:  # a name whose every capital was the headline's is none
            matches = [m for m in matches if not headline_capitals_only(tokens, cased, m)]
            towns_taken = without_headline_towns(tokens, cased, matches, name_index)
            if len(towns_taken) < len(matches):  # their words lose the capital a name kept
                named = capitals_kept(tokens, towns_taken, name_index)
                cased = sentence_cased(tokens, named, TITLE_CASE_BODY_WORDS)
            matches = towns_taken
        tokens = cased
        spans = find_organisation_spans(text, tokens, matches, name_index)
        spans = officers_as_their_bodies(tokens, spans, matches, name_index)
        spans = with_partners(text, tokens, spans, {m.start for m in matches if m.places})
        places = PlaceReader(tokens, matches, name_index)
        spans = _join_possessives(text, tokens, spans, matches, name_index, places)
        spans = courts_by_their_country(tokens, spans, matches, name_index, places)
        spans = congresses_abroad(text, tokens, spans, matches, name_index, places)
        hidden = {
            p for span in spans if span.suppresses_places for p in range(span.start, span.end)
        }
        hidden |= bracketed_initials(tokens, spans)  # "Authority (ICA)": no Peruvian city
        named_places = tuple(
            Named(tokens[match.start].start, tokens[match.end - 1].end, ("jurisdiction", pk))
            for match, pk in places.named_places(hidden)
        )
        place_texts = {span_text(text, tokens, m.start, m.end) for m in matches if m.places}
        named_pks = {named.key[1]: None for named in named_places}  # in the text's order
        bodies_places = {}
        organisations = []
        congress, legislatures = chambers.legislatures_named(
            text, spans, tokens, matches, name_index
        )
        home = country_of_the_bodies(spans, name_index)
        sentences = sentences_of(tokens, [named.start for named in named_places])
        about = main_state([named.key[1] for named in named_places], name_index.places, sentences)
        for span in without_repeats(spans):
            owner, sure = places.resolve(span.place) if span.place is not None else (None, False)
            key = _organisation_key(span, owner, name_index, place_texts)
            if key is not None and key[0] == "candidate" and not sure:
                around = named_pks | bodies_places
                if home is not None and {name_index.country_of(p) for p in around} <= {home}:
                    around = {**around, home: None}  # its places', or no place but its bodies'
                at = tokens[span.start].start
                nearest = next((n.key[1] for n in named_places[::-1] if n.start < at), None)
                whose = _of_the_one_place(
                    span.name, around, name_index, congress, legislatures, about, nearest
                )
                # A bare "House" whose legislature the text does not give names nobody.
                key = whose or (None if span.name.casefold() == "house" else key)
            if sure and owner is not None:
                bodies_places[owner] = None  # "the Metropolitan King County Council": King County
            if key is not None:
                start, end = tokens[span.start].start, tokens[span.end - 1].end
                organisations.append(Named(start, end, key, owner, sure))
                confirmed = possessive_place(span, key, tokens, name_index, named_pks)
                # (not where the text names a place already: "Hamburg's" the state, not also
                # the city a body of it is filed under)
                if confirmed is not None and all(n.start != confirmed[0] for n in named_places):
                    place_start, place_end, pk = confirmed
                    named_places += (Named(place_start, place_end, ("jurisdiction", pk)),)
                    named_pks[pk] = None
        return Spans(named_places, tuple(organisations))

    def describe_place(self, pk):
        place = self.name_index.places[pk]
        return {
            "name": place.name,
            "kind": place.kind,
            "parent": self.name_index.parent_path(pk) or None,
            "ocd_id": place.ocd_id,
        }

    def organisation_name(self, key):
        kind, value = key
        return value.name if kind == "candidate" else self.name_index.organisations[value].name


def _organisation_key(span, place_pk, name_index, place_texts):
    if span.known is not None:
        return ("organisation", span.known)
    if span.of_a_city and (place_pk is None or name_index.places[place_pk].kind != "city"):
        return None  # "the city council of Texas" is no body the text names
    if not span.name:  # "<City> police"
        return _city_police(place_pk, name_index)
    known = name_index.organisation_named(span.name)
    bare = span.name.casefold()
    if known is None and span.place is None and bare not in _CITY_BODIES | chambers.STATE_BODIES:
        # (a city's or a state's bodies go to the one the text is about: `_of_the_one_place`)
        # "the Board of Supervisors" in a text about San Francisco: the one the directory knows.
        # Only where one of the text's places has a body of that name: of Maine and Vermont,
        # "the General Assembly" is neither's.
        found = {name_index.organisation_named(f"{place} {span.name}") for place in place_texts}
        found.discard(None)
        known = found.pop() if len(found) == 1 else None
    if known is not None:
        return ("organisation", known.pk)
    if REGIONAL.search(span.name):
        return ("candidate", Candidate(span.name, "government", region_of(place_pk, name_index)))
    return ("candidate", Candidate(span.name, span.kind, place_pk))


def _of_the_one_place(
    name, named_pks, name_index, congress=None, legislatures=(), about=None, nearest=None
):
    """ "The General Assembly" in a text about Maryland is the Maryland General Assembly; "the
    National Assembly" in a text about France the French National Assembly the directory
    knows. Only where the text names one state, or one country. A bare chamber ("the Senate")
    is Congress's in a text that names Congress (`congress`, its place), else the state's whose
    legislature it names (`legislatures`) or that it names: `chambers`. A state's body named
    bare in a text that names several states is the one of the state it is `about`."""
    places = name_index.places
    states = {pk for pk in named_pks if places[pk].kind == "state"}
    if chambers.is_bare_chamber(name):
        around = states | set(legislatures)
        if about in states and not legislatures:
            around = {about}  # "the Senate" in a text about Hawaii that names Massachusetts too
        found = chambers.chamber_of(name, around, congress, name_index, _government_candidate)
        if found is not None:
            return found
    place = chambers.committee_place(name, states | set(legislatures), congress, name_index)
    if place is not None:  # "the House Energy and Commerce Committee": where its chamber is
        return ("candidate", Candidate(name, "government", place))
    countries = {pk for pk in named_pks if places[pk].kind == "country"}
    if about in states and name.casefold() in chambers.STATE_BODIES:
        states = {about}  # "The General Assembly passed" in a text about Maryland naming Illinois
    if len(states) == 1 and name.casefold() in chambers.STATE_BODIES:
        (state,) = states
        return chambers.state_body(name, state, name_index, _a_candidate)
    counties = [pk for pk in named_pks if places[pk].kind == "county"]
    if len(counties) == 1 and name.casefold() in _COUNTY_BODIES:
        return _body_of(counties[0], name, name_index)  # "King County ... the Sheriff's Office"
    cities = [pk for pk in named_pks if places[pk].kind == "city"]
    if cities and name.casefold() in _CITY_BODIES:
        # "Santa Cruz ... its City Council"; of several cities, the first the text names,
        # which is the one it is about ("Mayor Walsh signs Boston's ban ... days after the City
        # Council approved it ... places including Springfield and Cambridge").
        return _body_of(cities[0], name, name_index)
    homes = {a for pk in named_pks if pk not in countries for a in name_index.ancestors(pk)}
    if nearest is not None and homes and not countries & homes and _NATIONAL_BODY.match(name):
        # "KAMPALA — ... and Parliament made ... point to Kenya, where": where the countries
        # named are not those its places lie in, a bare body is of the place named before it.
        countries = {name_index.country_of(nearest)} - {None} or countries
    if len(countries) > 1:  # "London ... Croydon ... outside of China": the one its places lie in
        countries = countries & homes if len(countries & homes) == 1 else countries
    if len(countries) != 1:
        return None
    (country,) = countries
    country_name = places[country].name
    adjective = ADJECTIVE_OF.get(country_name)
    for full in (
        f"{adjective} {name}" if adjective else None,
        f"{name} of {country_name}",
        f"{country_name} {name}",
    ):
        known = full and name_index.organisation_named(full)
        if known is not None and known.jurisdiction in (country, None):
            return ("organisation", known.pk)
    if _NATIONAL_BODY.match(name) and places[country].iso_code not in HOME_COUNTRIES:
        # "the Interior Ministry" in a text about Serbia: Serbia's, under the name the text
        # gives it (a reader's own "Serbian Interior Ministry" would be a name nobody wrote).
        return ("candidate", Candidate(name, "government", country))
    return None


def _government_candidate(name, place_pk):
    return ("candidate", Candidate(name, "government", place_pk))


def _a_candidate(name, kind, place_pk):
    return ("candidate", Candidate(name, kind, place_pk))


def _body_of(place_pk, name, name_index):
    """The body `name` of a place ("King County Sheriff's Office"): the directory's, if it
    knows it, else a candidate under that name."""
    place, (first, _, rest) = name_index.places[place_pk].name, name.partition(" ")
    # ("New York City" and "City Council": the New York City Council, no "City City")
    full = f"{place} {rest}" if rest and place.endswith(f" {first}") else f"{place} {name}"
    known = name_index.organisation_named(full)
    return (
        ("organisation", known.pk)
        if known
        else ("candidate", Candidate(full, "government", place_pk))
    )


# A country's bodies that every country has, named bare in a text about one country.
_NATIONAL_BODY = re.compile(
    r"(?:(?:Interior|Justice|Home|Foreign|Defen[cs]e|Health|Education|Digital|Economy|Finance)"
    r" Ministry|Ministry of [\w ]+|Parliament|Senate|National Assembly|National Police|"
    r"Constitutional Court|Supreme Court|Council of State|Government|Cabinet)$"
)
# A county's bodies, named bare in a text about that county.
_COUNTY_BODIES = frozenset(("sheriff's office", "sheriff's department", "board of supervisors"))
# A city's bodies, named bare in a text about that city.
_CITY_BODIES = frozenset(
    ("city council", "town council", "board of supervisors", "city commission")
)


def _city_police(place_pk, name_index):
    if place_pk is None or name_index.places[place_pk].kind != "city":
        return None
    for organisation in name_index.organisations.values():
        if organisation.jurisdiction == place_pk and "police" in organisation.name.casefold():
            return ("organisation", organisation.pk)
    country = name_index.country_of(place_pk)
    if country is None or name_index.places[country].iso_code != "US":
        return None  # police forces elsewhere are not named after one city
    name = f"{name_index.places[place_pk].name} Police Department"
    return ("candidate", Candidate(name, "government", place_pk))


def _join_possessives(text, tokens, spans, matches, name_index, places):
    """ "Hungary's National Assembly" belongs to Hungary; "University of Michigan Law School's
    Civil Rights Litigation Initiative" is one organisation, named in full."""
    place_ending_at = {m.end: m for m in matches if m.places}
    by_start = {span.start: span for span in spans}
    dropped = set()
    for span in spans:
        if span.known is not None or not span.name or span.start < 2:
            continue
        place = place_ending_at.get(span.start - 1)
        bare = tokens[span.start - 1].folded != "'s"  # "Illinois' Supreme Court"
        if bare and not bare_apostrophe(tokens, span, place):
            continue
        # (a bare apostrophe is a place's, no name's: "European Citizens' Initiative")
        owner = None if bare else next((s for s in spans if s.end == span.start - 1), None)
        if _body_of_a_place_that_is_a_body(text, tokens, span, owner, place, places, name_index):
            dropped.add(id(owner))  # "the UN's Human Rights Committee": the UN is its place
            continue
        watchdog = watchdog_of(span, owner, name_index)
        if watchdog is not None:  # "the Department of Homeland Security's Office of ..."
            span.name = watchdog
            dropped.add(id(owner))
        elif owner is not None and owner.known is None and owner.name and owner.rank == 2:
            span.name = f"{owner.name} {span.name}"
            span.place = span.place or owner.place
            dropped.add(id(owner))
        elif owner is None and place is not None and span.place is None:
            span.place = place
            place_name = span_text(text, tokens, place.start, place.end)
            known = known_of(span.name, place_name, places.resolve(place)[0], name_index)
            if known is not None:  # "Ontario's Information and Privacy Commissioner"
                span.known = known.pk
            elif _generic_body(span.name) and _kind_of(place, places, name_index) in (
                "state",
                "county",
                "city",
            ):
                span.name = f"{place_name} {span.name}"  # "Virginia's General Assembly"
            elif (
                COURTS_OF_A_COUNTRY.match(span.name)
                and _kind_of(place, places, name_index) == "country"
            ):
                span.name = f"{span.name} of {place_name}"  # "Jamaica's Supreme Court"
    del by_start
    return [span for span in spans if id(span) not in dropped]


def _body_of_a_place_that_is_a_body(text, tokens, span, owner, place, places, name_index):
    """Whether `span`, after a known body that is also a place and its "'s", is a body the
    directory knows by the place's name ("the UN's Human Rights Committee" is the UN Human Rights
    Committee): `span` is made that body, and the owner names only the place."""
    if owner is None or owner.known is None or place is None or place.start != owner.start:
        return False
    place_name = span_text(text, tokens, place.start, place.end)
    known = known_of(span.name, place_name, places.resolve(place)[0], name_index)
    if known is None:
        return False
    span.known, span.place = known.pk, place
    return True


# The words of a body that takes its place's name: "Virginia's General Assembly" is the
# Virginia General Assembly, "Seattle's Police Department" the Seattle Police Department; a
# country's bodies have names of their own ("Hungary's National Assembly").
_GENERIC_BODY_WORDS = words(
    "general assembly legislature legislative state senate house of representatives delegates "
    "police department city town county council common board supervisors commissioners "
    "sheriff sheriff's office supreme court patrol"
)


def _generic_body(name):
    return all(word in _GENERIC_BODY_WORDS for word in name.casefold().split())


def _kind_of(place, places, name_index):
    """The kind of the place the name `place` is read as, if it is read as one."""
    place_pk = places.resolve(place)[0]
    return name_index.places[place_pk].kind if place_pk is not None else None
