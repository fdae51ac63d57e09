"""Where a place's name is part of another name, read from the tokens around it: a person's
("Robert Williams", "Mayor London Breed"), an organisation's or an event's ("Budapest Pride",
"Illinois Supreme Court"); and where it stays a place inside a law's name ("the Illinois
Biometric Information Privacy Act" names Illinois). Pure, for `place_resolution`.
"""

import re

from .name_index import match_words
from .name_words import HEADS
from .text import (
    AFTER_PLACE,
    DOUBTFUL_AT_SENTENCE_START,
    FUNCTION_WORDS,
    PLACE_PREFIXES,
    TITLES,
    WEEKDAYS_AND_MONTHS,
    words,
)

# Counts that open a sentence before a place's name: "Three U.S. senators" names no person;
# nor do ordinals ("Second Chicago judge weighs in": which judge, not whose first name).
_COUNTS = words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands dozen dozens first second third fourth fifth another"
)
# Parties written as adjectives before a place's name describe people, and are no first name:
# "Five Democratic U.S. senators", "Republican Texas lawmakers".
_PARTIES = words("democratic republican")
# The last word of a law's name, and the small words inside one ("Capture or Use of ...").
_LAW_HEADS = frozenset(("act", "law", "code", "statute", "ordinance"))
_LAW_NAME_JOINERS = frozenset(("of", "or", "and", "the", "for", "on", "in"))
# The word lists below joined once, not at every name a text holds (a third of the CPU of
# `part_of_a_persons_name`, which is asked of every place name).
# An airport or a railway terminus is named by its city and its own name ("Milan Linate",
# "London Euston"), in a text that speaks of airports or stations.
_AIRPORT_WORDS = words("airport airports station stations")
_NOT_A_NAME_AFTER = TITLES | AFTER_PLACE | WEEKDAYS_AND_MONTHS | {"city", "state"}
# "Did Texas not already protect biometric data?", "Is Utah next?": a question's verb opens
# it, no one's first name ("Will" and "Can" may be both, and stay doubtful).
_QUESTION_VERBS = words("is are was were has have had does do did should would could must shall")
# "Compare Illinois.", "Unlike Oregon, ...": a comparison's word before a place, no first name.
_COMPARING = words("compare consider unlike")
_NOT_A_NAME_BEFORE = (
    FUNCTION_WORDS
    | WEEKDAYS_AND_MONTHS
    | PLACE_PREFIXES
    | _COUNTS
    | _PARTIES
    | _QUESTION_VERBS
    | _COMPARING
)
_NOT_A_NAME_TWO_BEFORE = TITLES | FUNCTION_WORDS


def _token(tokens, position):
    return tokens[position] if 0 <= position < len(tokens) else None


def before_another_name(tokens, match):
    """ "Budapest Pride", "Illinois Supreme Court", "London Breed": part of a longer name;
    but a law's name names its place ("the Illinois Biometric Information Privacy Act").
    "West 113th Street": a street's name, whose number stands between the words."""
    following = _token(tokens, match.end)
    if following is not None and _ORDINAL.fullmatch(following.text):
        following = _token(tokens, match.end + 1)
    return not names_a_law(tokens, match.end) and bool(
        following is not None
        and following.is_word
        and following.capitalised
        and not following.sentence_start
        and following.folded not in _NOT_A_NAME_AFTER
    )


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def before_a_head(tokens, match):
    """ "SEA Milan Airports", "Jackson County Council": a place's name before the word a
    body's name ends with is inside that name, and no person's ("Mayor London Breed")."""
    following = _token(tokens, match.end)
    return bool(
        following is not None
        and following.is_word
        and following.capitalised
        and following.folded in HEADS
    )


def names_an_event_of_a_year(tokens, match):
    """ "before the 2025 Jubilee", "at the 2022 Commonwealth Games": a name after "the" and a
    year names an event, not a town; one that a noun follows is a place again ("the 2019
    Christchurch attacks")."""
    year, article = _token(tokens, match.start - 1), _token(tokens, match.start - 2)
    following = _token(tokens, match.end)
    return bool(
        year is not None
        and article is not None
        and article.folded == "the"
        and len(year.text) == 4
        and year.text.isdigit()
        and year.text[:2] in ("19", "20")
        and not (following is not None and following.is_word and not following.capitalised)
    )


# The words of landforms, which end the names of islands, lakes and coasts as often as they
# are a town's whole name (Island, Kentucky).
_LANDFORMS = words(
    "island islands lake lakes river bay valley mountain mountains beach coast peninsula creek "
    "falls harbor harbour hills cape"
)


def names_another_thing(tokens, match):
    """Whether the name is part of an event's name (`names_an_event_of_a_year`), a station's
    (`names_a_station`) or a landform's: "the upper North Island", "Long Island" end in the
    landform's word after a capitalised one, no town called Island."""
    previous = _token(tokens, match.start - 1)
    return (
        names_an_event_of_a_year(tokens, match)
        or names_a_station(tokens, match)
        or (
            match.end - match.start == 1
            and tokens[match.start].folded in _LANDFORMS
            and _capitalised_word(previous, ())
            and not tokens[match.start].sentence_start
        )
    )


def names_a_station(tokens, match):
    """ "the Retiro station", "the Retiro and Constitución stations": a name between "the" and
    a lower-case "station" is the stop's own name, as "the Times Square station" is, and no
    town of that name; "a Berlin station" is a station in Berlin, and stays the place."""
    following, previous = _token(tokens, match.end), _token(tokens, match.start - 1)
    if following is not None and following.folded == "and":  # the first of two stations
        named = _token(tokens, match.end + 1)
        if _capitalised_word(named, ()):
            following = _token(tokens, match.end + 2)
    elif previous is not None and previous.folded == "and":  # the second of two
        named = _token(tokens, match.start - 2)
        previous = _token(tokens, match.start - 3) if _capitalised_word(named, ()) else None
    return bool(
        following is not None
        and following.text in ("station", "stations")
        and previous is not None
        and previous.folded == "the"
    )


def names_an_airport(tokens, match):
    """ "Milan Linate", "Rome Fiumicino", "London Heathrow", "London Euston": in a text that
    speaks of airports or stations, one capitalised word after a place's name, which ends the
    phrase and heads no body, names the place's airport or terminus, and so the place
    ("Passengers at Milan Linate can no longer ...")."""
    following, after = _token(tokens, match.end), _token(tokens, match.end + 1)
    return bool(
        following is not None
        and following.is_word
        and following.capitalised
        and not following.sentence_start
        and following.folded not in HEADS
        and not _capitalised_word(after, ())
        and any(token.folded in _AIRPORT_WORDS for token in tokens)
    )


def names_a_law(tokens, position):
    """Whether the capitalised words from `position` on end a law's name ("... Act"). The name
    ends at its head: in "the Freedom of Information Act in January" the joiner after "Act"
    starts no more of it, so the month is no last word of the name."""
    last = None
    for offset in range(12):
        token = _token(tokens, position + offset)
        if token is None or not token.is_word or token.sentence_start:
            break
        if token.capitalised:
            last = token
            if token.folded in _LAW_HEADS and not _capitalised_word(
                _token(tokens, position + offset + 1), ()
            ):
                return True
        elif token.folded not in _LAW_NAME_JOINERS:
            break
    return last is not None and last.folded in _LAW_HEADS


def inside_a_laws_name(tokens, match):
    """ "the Vermont Consumer Protection Act": a word after the first of a law's name is part
    of the name (Protection, Kansas is no place here); the first word names the law's place."""
    return part_of_a_persons_name(tokens, match) and names_a_law(tokens, match.end)


def a_word_of_a_laws_title(tokens, match, small_towns_only):
    """ "the George Floyd Justice in Policing Act", "the Fourth Amendment Is Not For Sale Act":
    inside a law's name, a place's name that is also a given name or a common word is a word
    of its title (the person it honours, what it is about), and so is the name of small towns
    only (Justice, Illinois): laws are named after the states, countries and cities a reader
    knows ("the Illinois Biometric Information Privacy Act" names Illinois)."""
    return names_a_law(tokens, match.end) and (
        small_towns_only or match_words(tokens, match) in DOUBTFUL_AT_SENTENCE_START
    )


def part_of_a_persons_name(tokens, match):
    """ "Robert Williams", "Mayor London Breed", "Councilman De'Keither Stamps"; and "May"
    is a month unless a place qualifies it."""
    if match.end - match.start == 1 and tokens[match.start].folded in (WEEKDAYS_AND_MONTHS):
        return True
    previous = _token(tokens, match.start - 1)
    return _the_second_of_a_double_surname(tokens, match) or (
        _capitalised_word(previous, _NOT_A_NAME_BEFORE)
        and not tokens[match.start].sentence_start
        and previous.folded not in HEADS  # "Police Scotland"
    )


def _the_second_of_a_double_surname(tokens, match):
    """ "Council Member Natasha Harper-Madison": a town's name joined by a hyphen to a name
    after a first name ends a person's surname; "the Dallas-Fort Worth area" is no one's."""
    hyphen, first, given = (_token(tokens, match.start - back) for back in (1, 2, 3))
    return bool(
        hyphen is not None
        and hyphen.text == "-"
        and _capitalised_word(first, ())
        and _capitalised_word(given, _NOT_A_NAME_BEFORE)
        and first.end == hyphen.start
        and hyphen.end == tokens[match.start].start
        and not first.sentence_start
    )


def describes_a_person(tokens, match):
    """ "Senator Mike Lee of Utah, a Republican,": a name after "a" or "an" that ends its
    phrase describes someone (a party, a nationality), though a town is called Republican;
    not "a Boston resident", where it qualifies the noun after it."""
    article = _token(tokens, match.start - 1)
    after = _token(tokens, match.end)
    return (
        article is not None
        and article.folded in ("a", "an")
        and (after is None or not after.is_word)
        and not _hyphen_compound(tokens, match.end)
    )


def _hyphen_compound(tokens, position):
    """ "a Colorado-based company", "a Chicago-area hospital": a hyphen at `position` that
    joins the name to the word after it makes one adjective that qualifies a noun, no phrase
    that ends with the name."""
    hyphen, word = _token(tokens, position), _token(tokens, position + 1)
    return bool(
        hyphen is not None
        and hyphen.text == "-"
        and word is not None
        and word.is_word
        and hyphen.start == tokens[position - 1].end
        and word.start == hyphen.end
    )


def ends_a_longer_name(tokens, match):
    """ "Ban Facial Recognition Denver": the last of three or more capitalised words, none of
    them a title, names a campaign or a body, not a person; the place is named elsewhere in
    the text as it stands alone ("Denver residents"), where "Robert Williams" and "Mayor
    London Breed" make "Williams" and "Breed" people wherever they stand."""
    return (
        part_of_a_persons_name(tokens, match)
        and _capitalised_word(_token(tokens, match.start - 2), _NOT_A_NAME_TWO_BEFORE)
        and not tokens[match.start - 1].sentence_start
    )


def ends_a_body_of(tokens, match):
    """ "University of Technology Sydney", "Commissioner for Data Protection": the last word
    of a body's name joined by "of" or "for", whose capitalised words before it are no
    person's first names; the place is no person where it stands alone ("Sydney researchers"),
    and no context for places that share its state."""
    joined = False  # "Police Commissioner William Gross" joins no words by "of": a person
    for offset in range(1, 7):
        token = _token(tokens, match.start - offset)
        if token is None or not token.is_word:
            return False
        if token.capitalised:
            if joined and token.folded in HEADS:
                return True
        elif token.folded in ("of", "for") and offset > 1:
            joined = True
        else:
            return False
        if token.sentence_start:
            return False
    return False


def _capitalised_word(token, besides):
    """Whether `token` is a capitalised word other than those folded in `besides`."""
    return bool(
        token is not None and token.is_word and token.capitalised and token.folded not in besides
    )


# Countries whose names are also given names or surnames ("Michael Jordan", "Kenya Barris").
_COUNTRIES_AS_NAMES = words("jordan chad georgia india israel kenya america niger ireland")


def a_countrys_arm(tokens, match, name_index):
    """ "MTN Ghana and Vodafone Ghana said ...": a country's name after a capitalised word is a
    company's arm in that country, not a person's surname (unless people bear the name)."""
    places = name_index.places
    kinds = {places[pk].kind for pk in match.places if pk in places}
    return kinds == {"country"} and match_words(tokens, match) not in _COUNTRIES_AS_NAMES
