"""Organisations named by their place, in the shapes news writes them: "Detroit police",
"Police Scotland", "the city council of Minneapolis", "the Oregon chapter of the ACLU",
"Sweden's data protection authority".

Pure: tokens and the place names found in them in, `OrgSpan`s out, for
`organisation_spans.find_organisation_spans` to weigh against the other names it finds.
"""

from dataclasses import dataclass

from .demonyms import nationality_countries
from .text import CONNECTORS, TITLES, words


@dataclass
class OrgSpan:
    start: int
    end: int
    name: str
    kind: str
    known: int | None = None  # the organisation's pk when the directory knows it
    place: object = None  # the NameMatch of the place it is named after, if any
    suppresses_places: bool = True  # "Detroit police" still names Detroit
    of_a_city: bool = False  # "the city council of X": an organisation only if X is a city
    rank: int = 2  # 0 known, 1 branch of a known one, 2 candidate: wins ties


# Not "section": "Amnesty International's French section" names the place by an adjective.
_CHAPTER_WORDS = words("chapter affiliate")


def chapters(text, tokens, matches, place_at, name_index):
    """ "the Oregon chapter of the ACLU", "the ACLU's Oregon chapter": the ACLU of Oregon, a
    branch of a known group named as its branches are."""
    folded = [token.folded for token in tokens]
    for match in matches:
        if not match.organisations:
            continue
        organisation = name_index.organisations[match.organisations[0]]
        if organisation.kind not in ("civil_society", "coalition"):
            continue
        group = text_of(text, tokens, match.start, match.end)
        before = match.start - (2 if folded[match.start - 1 : match.start] == ["the"] else 1)
        chapter = before - 1
        if before > 1 and folded[before] == "of" and folded[chapter] in _CHAPTER_WORDS:
            place = next((m for m in place_at.values() if m.end == chapter), None)
            if place is not None:  # "the Oregon chapter of the ACLU"
                yield _chapter(text, tokens, group, place, place.start, match.end, organisation)
        if folded[match.end : match.end + 1] == ["'s"]:
            place = place_at.get(match.end + 1)
            following = folded[place.end : place.end + 1] if place is not None else []
            if following and following[0] in _CHAPTER_WORDS:  # "the ACLU's Oregon chapter"
                yield _chapter(text, tokens, group, place, match.start, place.end + 1, organisation)


def _chapter(text, tokens, group, place, start, end, organisation):
    name = f"{group} of {text_of(text, tokens, place.start, place.end)}"
    return OrgSpan(start, end, name, organisation.kind, place=place, rank=1)


# After "<City> police", these make another body: "the Detroit police board".
_NOT_THE_FORCE = words("board commission commissioners union foundation association")


def police_of(tokens, place_at):
    """ "Detroit police": the city's police, while Detroit stays a place the text names."""
    for start, match in place_at.items():
        following = tokens[match.end + 1].folded if match.end + 1 < len(tokens) else ""
        if following in _NOT_THE_FORCE:
            continue
        if match.end < len(tokens) and tokens[match.end].text == "police":
            yield OrgSpan(
                start, match.end + 1, "", "government", place=match, suppresses_places=False
            )


def police_before_a_title(tokens, start, position, place_at):
    """ "Milwaukee Police Chief Jeffrey Norman": "Police" after one place's name and before a
    title is the city's police, as "Milwaukee police chief" names it, not a body called
    "Milwaukee Police"; None where other words come first."""
    place = place_at.get(start)
    if tokens[position].folded == "police" and place is not None and place.end == position:
        return OrgSpan(start, position + 1, "", "government", place=place, suppresses_places=False)
    return None


def police_named_first(text, tokens, place_at):
    """ "Police Scotland": a force named with its place after the word."""
    for start, match in place_at.items():
        # "Police Chief Jody Kasper": a title, though a town in Minnesota is called Chief.
        title = " ".join(tokens[p].folded for p in range(start, match.end)) in TITLES
        if start > 0 and tokens[start - 1].text == "Police" and not title:
            name = text_of(text, tokens, start - 1, match.end)
            yield OrgSpan(start - 1, match.end, name, "government", place=match)


_COUNCILS = {"city": "City Council", "town": "Town Council", "municipal": "City Council"}
# "Zurich's municipal parliament": a city's legislature abroad, whatever its title.
_COUNCIL_WORDS = words("council parliament")
_ONE_COUNCIL_WORD = [[word] for word in _COUNCIL_WORDS]
_COUNCIL_MEMBERS = words("councilors councillors councilmembers")


def councils_of(text, tokens, place_at):
    """ "the city council of Minneapolis", "Oakland's city council", "the Boston city council",
    "Zurich's municipal parliament": a city's council described in words, named as the city's
    "<City> City Council"."""
    folded = [token.folded for token in tokens]
    for start, match in place_at.items():
        end = match.end
        if start >= 3 and folded[start - 2 : start] == ["council", "of"]:
            span, council = (start - 3, end), folded[start - 3]  # "city council of X"
        elif folded[end : end + 1] == ["'s"] and folded[end + 2 : end + 3] in _ONE_COUNCIL_WORD:
            span, council = (start, end + 3), folded[end + 1]  # "X's city council"
        elif (
            folded[end : end + 1] == ["'s"]
            and folded[end + 2 : end + 3]
            and (folded[end + 2] in _COUNCIL_MEMBERS)
        ):
            span, council = (start, end + 3), folded[end + 1]  # "Boston's city councilors"
        elif folded[end + 1 : end + 2] in _ONE_COUNCIL_WORD:
            span, council = (start, end + 2), folded[end]  # "the X city council"
        elif folded[end + 1 : end + 2] and folded[end + 1] in _COUNCIL_MEMBERS:
            span, council = (start, end + 2), folded[end]  # "Boston city councilors voted"
        else:
            continue
        if council in _COUNCILS:
            name = f"{text_of(text, tokens, start, end)} {_COUNCILS[council]}"
            yield OrgSpan(
                *span, name, "government", place=match, suppresses_places=False, of_a_city=True
            )


# What news writes before "court of <City>" in lower case, translating a court's name.
_COURT_WORDS = words(
    "administrative regional district high higher superior appeals appeal civil criminal "
    "labour labor municipal provincial constitutional federal"
)

# The courts of a kind every seat has, named "in <City>" as well as "of <City>".
_SEAT_COURT_WORDS = words("administrative regional")


def courts_of(text, tokens, place_at):
    """ "the administrative court of Marseille", "the regional court of Berlin": a court named
    in words by its seat, named as "Administrative Court of Marseille". Its place is the
    seat's name in the court's, not a place the text names. "The administrative court in Caen"
    is the same court, where a word says it is one of a country's courts named by their seats
    (not "a federal court in Chicago", a court that sits there under another name)."""
    folded = [token.folded for token in tokens]
    for start, match in place_at.items():
        if start < 3 or folded[start - 1] not in ("of", "in") or folded[start - 2] != "court":
            continue
        first = start - 2
        while first > 0 and folded[first - 1] in _COURT_WORDS and not tokens[first - 1].capitalised:
            first -= 1
        if first == start - 2:
            continue  # "the court of appeal": no word that says which court
        if folded[start - 1] == "in" and not _SEAT_COURT_WORDS.intersection(folded[first:start]):
            continue
        kind_words = " ".join(folded[first : start - 2]).title()
        name = f"{kind_words} Court of {text_of(text, tokens, start, match.end)}"
        yield OrgSpan(first, match.end, name, "court", place=match)


# The most words a body's name may run to after its place's "'s".
_LONGEST_BODY_NAME = 10


def known_after_possessive(text, tokens, place_at, name_index):
    """ "Hamburg's Commissioner for Data Protection and Freedom of Information": a body the
    directory knows as "<Place> <Name>", written with the place's "'s". The longest such name
    wins; the place is still named."""
    for match in place_at.values():
        start = match.end + 1
        if start >= len(tokens) or tokens[match.end].folded != "'s":
            continue
        end = start
        while end < len(tokens) and end - start < _LONGEST_BODY_NAME:
            token = tokens[end]
            if token.sentence_start or not (token.capitalised or token.folded in CONNECTORS):
                break
            end += 1
        place_name = text_of(text, tokens, match.start, match.end)
        for stop in range(end, start, -1):
            if not tokens[stop - 1].capitalised:
                continue
            # Only "<Place> <Name>": `known_of`'s other forms ("<Name> of <Place>") are asked of
            # names found already (`recognition`), and would name such a body twice here.
            known = name_index.organisation_named(
                f"{place_name} {text_of(text, tokens, start, stop)}"
            )
            if known is not None:
                yield OrgSpan(
                    start, stop, known.name, known.kind, known.pk,
                    place=match, suppresses_places=False, rank=0,
                )  # fmt: skip
                break


def known_of(name, place_name, place_pk, name_index):
    """The body the directory knows as `name` of the place written `place_name`: "Ontario's
    Information and Privacy Commissioner", "Britain's Supreme Court" (the Supreme Court of the
    United Kingdom, by the place's own name)."""
    names = [place_name]
    if place_pk is not None and name_index.places[place_pk].name != place_name:
        names.append(name_index.places[place_pk].name)
    for written in names:
        for full in (f"{written} {name}", f"{name} of {written}", f"{name} of the {written}"):
            known = name_index.organisation_named(full)
            if known is not None:
                return known
    return None


# "Sweden's data protection authority", "British Columbia's information and privacy commissioner".
_PRIVACY_WORDS = words("data protection privacy information and")
_REGULATOR_WORDS = words("authority agency regulator watchdog commissioner commissioners")


def offices_of(text, tokens, owners, name_index):
    """ "Sweden's data protection authority", "the Italian data protection authority", "British
    Columbia's information and privacy commissioner": the
    country's regulator, when the directory knows exactly one. ("Texas Attorney General Ken
    Paxton" is a person with a title, as the corpus key reads him, not an office.)"""
    folded = [token.folded for token in tokens]
    for start, match in owners.items():
        end = match.end
        position = end + 1 if folded[end : end + 1] == ["'s"] else end
        words_after = position
        while words_after < len(folded) and folded[words_after] in _PRIVACY_WORDS:
            words_after += 1
        if words_after == position or words_after >= len(folded):
            continue
        if folded[words_after] not in _REGULATOR_WORDS or tokens[words_after].capitalised:
            continue
        regulators = [
            organisation
            for organisation in name_index.organisations.values()
            if organisation.kind == "regulator" and organisation.jurisdiction in match.places
        ]
        if len(regulators) == 1:
            regulator = regulators[0]
            yield OrgSpan(
                start, words_after + 1, regulator.name, regulator.kind, regulator.pk,
                place=None if isinstance(match, _CountryWord) else match,
                suppresses_places=False, rank=0,
            )  # fmt: skip


def owners_of(tokens, place_at, name_index):
    """The names of places by where they start, and the nationalities that stand for a
    country's name ("Italian"): what `offices_of` and `parliaments_of` read."""
    owners = dict(place_at)
    for position, token in enumerate(tokens):
        # A nationality of a country the directory lacks would stand for no place: no owner.
        countries = nationality_countries(name_index, token.text)
        if countries and position not in owners:
            owners[position] = _CountryWord(position, position + 1, countries)
    return owners


@dataclass
class _CountryWord:
    """A nationality standing where a place's name would ("the Italian data protection
    authority"), shaped like the name match it stands for."""

    start: int
    end: int
    places: tuple


def parliaments_of(text, tokens, owners, name_index, *, candidates=True):
    """ "Italy's parliament", "Italy's Senate", "Mexico's Congress", "the Italian parliament":
    the country's chamber, when the directory knows exactly one of it; one it does not know,
    named with its country ("Uruguay's parliament"), is a candidate "Parliament of Uruguay",
    unless the text names a chamber of its own (`candidates` false)."""
    folded = [token.folded for token in tokens]
    for start, match in owners.items():
        end = match.end
        position = end + 1 if folded[end : end + 1] == ["'s"] else end
        if position >= len(folded) or folded[position] not in _CHAMBERS:
            continue
        if folded[position] == "congress" and position == end:
            continue  # "U.S. Congress" is one name; "Mexico's Congress" is a country's chamber
        chambers = [
            organisation
            for organisation in name_index.organisations.values()
            if organisation.kind == "government"
            and organisation.jurisdiction in match.places
            and folded[position] in _chamber_words(name_index).get(organisation.pk, ())
            and name_index.places[organisation.jurisdiction].kind == "country"
        ]
        if len(chambers) == 1:
            chamber = chambers[0]
            yield OrgSpan(
                start, position + 1, chamber.name, chamber.kind, chamber.pk,
                place=None if isinstance(match, _CountryWord) else match,
                suppresses_places=False, rank=0,
            )  # fmt: skip
        elif candidates and not chambers and _a_country(match, name_index) and position == end + 1:
            country = text_of(text, tokens, start, end)
            name = f"{folded[position].title()} of {country}"
            yield OrgSpan(
                start, position + 1, name, "government", place=match, suppresses_places=False
            )


def _chamber_words(name_index):
    """The chamber words each government body's names and aliases hold, by its pk: a
    parliament known by its own word is named by the chamber word in an alias too, so
    "Sweden's parliament" is the Riksdag, also called the "Swedish Parliament"."""
    return name_index.derived(("chamber words",), _find_chamber_words, name_index)


def _find_chamber_words(name_index):
    found = {}
    for key, pk in name_index.organisation_names():
        organisation = name_index.organisations.get(pk)
        chambers = _CHAMBERS.intersection(key.split(" "))
        if chambers and organisation is not None and organisation.kind == "government":
            found.setdefault(pk, set()).update(chambers)
    return {pk: frozenset(chambers) for pk, chambers in found.items()}


def _a_country(match, name_index):
    """A place name read as a country: the best known of its places is one, and no state
    has its very name ("Mexico", not the towns of Maine or Missouri nor the state of México;
    not "Georgia", a state too)."""
    if isinstance(match, _CountryWord):
        return False
    places = [name_index.places[pk] for pk in match.places]
    best = max(places, key=lambda place: name_index.prominence(place.pk))
    if best.kind != "country":
        return False
    name = best.name.casefold()
    return not any(place.kind == "state" and place.name.casefold() == name for place in places)


_CHAMBERS = words("parliament senate congress")
_LEGISLATURE_WORDS = words("parliament assembly congress senate chamber legislature diet house")


def names_a_chamber(spans, tokens, place_at, name_index):
    """Whether a body found already is a chamber the text names, so that "Hungary's
    parliament" beside "Hungary's National Assembly" makes no second one; the United States
    Congress matched in "Mexico's Congress" is not."""
    return any(
        _LEGISLATURE_WORDS.intersection(span.name.casefold().split())
        and not _of_another_place(span, tokens, place_at, name_index)
        for span in spans
    )


def _of_another_place(span, tokens, place_at, name_index):
    """A known body named just after another place's "'s"."""
    if span.known is None or span.start < 2 or tokens[span.start - 1].folded != "'s":
        return False
    owner = next((m for m in place_at.values() if m.end == span.start - 1), None)
    jurisdiction = name_index.organisations[span.known].jurisdiction
    return owner is not None and jurisdiction not in owner.places


def text_of(text, tokens, start, end):
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())


# What each rule needs the text to hold, one word at least: without it the rule cannot fire,
# and `organisation_spans` does not ask it.
WORDS_NEEDED = {
    "chapters": _CHAPTER_WORDS,
    "police": words("police"),  # police_of and police_named_first
    "councils": _COUNCIL_WORDS | _COUNCIL_MEMBERS,
    "courts": words("court"),
    "offices": _REGULATOR_WORDS,
    "parliaments": _CHAMBERS,
}
