"""Organisations named beside a word that says what they are: "the supermarket chain
Mercadona", "the White Castle burger chain", "Argent, the developer behind ...", "the group
epicenter.works". Pure: tokens in, `OrgSpan`s out, for `organisation_spans`.
"""

from .demonyms import nationality_country
from .name_words import is_name_word, trim_name_start
from .place_bodies import OrgSpan, text_of
from .text import CONNECTORS, FUNCTION_WORDS, SPEECH_VERBS, TITLES, WEEKDAYS_AND_MONTHS, words

# Nouns that say the name beside them is an organisation: "the supermarket chain Mercadona".
TYPE_NOUNS = words(
    "company companies firm chain retailer developer maker startup start-up vendor supplier "
    "giant group organisation organization nonprofit non-profit charity watchdog regulator "
    "outlet newspaper publisher broadcaster operator manufacturer provider platform bank "
    "insurer airline contractor carrier coalition network groups organisations organizations "
    "charities nonprofits hospital clinic salon restaurant hotel casino pharmacy agency "
    "dealership"
)
# A type noun only after the word before it: "a Chicago nursing home", not "the Smith home".
TYPE_NOUNS_AFTER = {"home": words("nursing care")}
TYPE_NOUN_WORDS = TYPE_NOUNS | TYPE_NOUNS_AFTER.keys()  # what a text must hold to be asked
TYPE_NOUN_KINDS = {"coalition": "coalition"}
_PLURAL_KINDS = dict.fromkeys(
    ("groups", "organisations", "organizations", "charities", "nonprofits"), "civil_society"
)
_FUNCTION_WORDS_OR_TITLES = FUNCTION_WORDS | TITLES  # joined once, not at each type noun
_NO_NAME_STARTS = _FUNCTION_WORDS_OR_TITLES | WEEKDAYS_AND_MONTHS
# How many words may stand between the article and the type noun of a name's description:
# "GICSA, the public works and maintenance company owned by ..." has four.
_DESCRIPTION_WORDS = 4
# A description that long is a compound of nouns ("public works and maintenance"), with no
# other small word in it.
_NOT_IN_A_LONG_DESCRIPTION = FUNCTION_WORDS - {"and"}
# What may follow a type noun that describes the name before the comma.
_APPOSITION_GOES_ON = words(
    "that which who whose behind based in of from with founded known best run owned"
)


def appositions(text, tokens, place_at):
    """ "the supermarket chain Mercadona", "the White Castle burger chain"."""
    for position, token in enumerate(tokens):
        if token.capitalised or not _a_type_noun(tokens, position):
            continue
        after = position + 1
        if after + 1 < len(tokens) and tokens[after].folded in ("called", "named"):
            after += 1  # "a group called Stop Crime SF"
        dotted = _dotted_name_end(tokens, after)
        if dotted is not None:  # "the digital rights group epicenter.works"
            yield OrgSpan(after, dotted, text_of(text, tokens, after, dotted), "civil_society")
            continue
        between = _name_between_commas(tokens, after)
        if between is not None:  # "a car dealership, Cappello Giovanni & Figli, was fined"
            span = _named_thing(text, tokens, after + 1, between, place_at)
            if span:
                yield span
        if after < len(tokens) and is_name_word(tokens[after]):
            end = after
            while end < len(tokens) and not tokens[end].sentence_start:
                if is_name_word(tokens[end]):
                    end += 1
                elif _ampersand_joins(tokens, end):
                    end += 2  # "the law firm Covington & Burling": one name of two
                else:
                    break
            span = _named_thing(text, tokens, after, end, place_at)
            if span:
                yield span
        yield from _listed_after(text, tokens, position, place_at)
        apposed = _apposed_name_end(tokens, position, place_at)
        if apposed is not None:
            begin = apposed
            while begin > 0 and is_name_word(tokens[begin - 1]):
                begin -= 1
            if begin < apposed and tokens[begin].folded not in _FUNCTION_WORDS_OR_TITLES:
                span = _named_thing(text, tokens, begin, apposed, place_at)
                if span:
                    span.kind = TYPE_NOUN_KINDS.get(token.folded, span.kind)
                    yield span
        before = position - 1
        while before >= 0 and position - before <= 3 and not tokens[before].capitalised:
            if not tokens[before].is_word or tokens[before].folded in _NOT_IN_A_NAMES_PHRASE:
                # "... Privacy Act every time a company scans": the noun's own article; "Kaye
                # said companies had sold spyware": a speaker's verb, not the name's noun
                break
            before -= 1
        end = before + 1
        begin = end
        while begin > 0 and not tokens[begin].sentence_start:
            if is_name_word(tokens[begin - 1]):
                begin -= 1
            elif begin > 1 and _joins_a_name(tokens, begin - 1) and begin < end:
                begin -= 1  # "the Eye on Surveillance coalition"
            else:
                break
        if (
            begin < end - 1
            and tokens[begin].sentence_start
            and tokens[begin].folded in FUNCTION_WORDS
        ):
            begin += 1  # "The Bavarian regulator has ...": a sentence's article is no name's word
        one_word = end - begin == 1
        if begin < end and not (
            one_word
            and (
                _looks_like_demonym(tokens[begin].text)
                or _people_of_a_place(tokens[begin].text)
                or tokens[begin].sentence_start
            )
        ):  # "Electronics retailer The Good Guys": a sentence's first word is no name alone
            span = _named_thing(text, tokens, begin, end, place_at)
            if span:
                span.kind = TYPE_NOUN_KINDS.get(token.folded, span.kind)
                yield span


def _name_between_commas(tokens, comma):
    """Where a name set off by commas right after a type noun ends ("a car dealership,
    Cappello Giovanni & Figli, 120,000 euros"), or None: only a name whose closing comma
    follows it, so a clause ("the company, Acme said, ...") is not taken."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return None
    end = comma + 1
    while end < len(tokens) and not tokens[end].sentence_start:
        if is_name_word(tokens[end]):
            end += 1
        elif _ampersand_joins(tokens, end):
            end += 2
        else:
            break
    if end == comma + 1 or end >= len(tokens) or tokens[end].text != ",":
        return None
    return end


def _listed_after(text, tokens, position, place_at):
    """ "Two immigrant rights groups, Mijente and NorCal Resist, and four activists": the names
    set off by commas after a plural type noun, each one; only where a comma closes the list,
    so a name that begins a clause of its own ("groups, Clearview said") is not taken."""
    if not tokens[position].folded.endswith("s"):
        return
    at = position + 1
    introduced = _introducing_words(tokens, at)  # "30 organisations including Coding Rights"
    if at >= len(tokens) or (tokens[at].text != "," and not introduced):
        return
    names = []
    at += introduced or 1
    while at < len(tokens) and is_name_word(tokens[at]):
        end = at
        while end < len(tokens) and is_name_word(tokens[end]):
            end += 1
        if introduced and end < len(tokens) and tokens[end].text.isdigit():
            end += 1  # "Artigo 19"
        names.append((at, end))
        joined = end < len(tokens) and tokens[end].folded == "and"
        listed = end + 1 < len(tokens) and tokens[end].text == "," and is_name_word(tokens[end + 1])
        at = end + 1 if joined or listed else end
        if at == end:
            break
    if not introduced and (len(names) < 2 or at >= len(tokens) or tokens[at].text != ","):
        return
    for start, end in names:
        span = _named_thing(text, tokens, start, end, place_at)
        if span:
            span.kind = _PLURAL_KINDS.get(tokens[position].folded, span.kind)
            yield span


def _introducing_words(tokens, at):
    """How many words at `at` introduce a list of examples ("including", "such as"), or 0."""
    if at < len(tokens) and tokens[at].folded == "including":
        return 1
    if at + 1 < len(tokens) and (tokens[at].folded, tokens[at + 1].folded) == ("such", "as"):
        return 2
    return 0


def _dotted_name_end(tokens, start):
    """Where a name written like a web address ("epicenter.works") at `start` ends, or None."""
    if start >= len(tokens):
        return None
    token = tokens[start]
    head, _, tail = token.text.partition(".")
    if token.is_word and len(head) > 2 and len(tail) > 1 and tail.isalpha():
        return start + 1
    return None


# The words after which a plural type noun is a verb: "a body which groups Deauville and ten
# towns", "it networks", not "the groups Mijente and NorCal Resist".
_SUBJECTS = words("which that who it")


def _a_type_noun(tokens, position):
    folded = tokens[position].folded
    if folded in TYPE_NOUNS:
        return not (folded.endswith("s") and position and tokens[position - 1].folded in _SUBJECTS)
    before = TYPE_NOUNS_AFTER.get(folded)
    return before is not None and position > 0 and tokens[position - 1].folded in before


def _apposed_name_end(tokens, position, place_at):
    """ "Argent, the developer behind ...", "Roskomsvoboda, a digital rights group that ...",
    "VKontakte, a Russian social network": where the name before a comma ends, when the type
    noun at `position` describes it (with no capitalised word between but a place or a
    nationality)."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and (
        following.folded == "'s"
        or (following.is_word and following.folded not in _APPOSITION_GOES_ON)
    ):
        return None  # "a company spokesman", "the group's director": someone else
    article = position - 1
    # ("VKontakte, a Colorado-based company": a hyphen inside the description joins its words)
    while (
        article >= 0
        and position - article <= _DESCRIPTION_WORDS + 1
        and (tokens[article].is_word or tokens[article].text == "-")
    ):
        if tokens[article].folded in ("a", "an", "the"):
            break
        if tokens[article].capitalised and not (
            _in_a_place(article, place_at) or _looks_like_demonym(tokens[article].text)
        ):
            return None  # (a place of several words, "a New Zealand company", is one)
        article -= 1
    else:
        return None
    if article < 2 or tokens[article].folded not in ("a", "an", "the"):
        return None
    described = range(article + 1, position)
    if len(described) >= _DESCRIPTION_WORDS and any(
        tokens[at].folded in _NOT_IN_A_LONG_DESCRIPTION for at in described
    ):
        return None  # "100,000 Coloradans, the biometric rules reach any company": a clause
    comma = article - 1
    if tokens[comma].text != "," or not is_name_word(tokens[comma - 1]):
        return None
    return comma


def _in_a_place(position, place_at):
    return any(start <= position < match.end for start, match in place_at.items())


def _named_thing(text, tokens, start, end, place_at):
    start = trim_name_start(tokens, start, end, place_at)
    if start >= end or tokens[start].folded in _NO_NAME_STARTS:
        return None
    if nationality_country(tokens[end - 1].text) or tokens[end - 1].folded in _REGIONAL:
        # "The Chinese company said": a nationality, once "The" is dropped; "Derechos
        # Digitales, a Latin American organisation": words that end in one describe.
        return None
    place = place_at.get(start)
    if place is not None and place.end >= end:
        return None  # "the Seattle company" names a place, not a company
    if tokens[end - 1].folded in _LAW_WORDS:
        return None  # "the Biometric Information Privacy Act", a law
    return OrgSpan(start, end, text_of(text, tokens, start, end), "company")


_LAW_WORDS = words("act bill law ordinance")
# Adjectives of regions wider than a country, which describe as nationalities do.
_REGIONAL = words("american african european asian arab")
_NOT_IN_A_NAMES_PHRASE = CONNECTORS | FUNCTION_WORDS | SPEECH_VERBS


def _ampersand_joins(tokens, position):
    """An "&" between two capitalised words ("Covington & Burling", "Smith & Wesson")."""
    return (
        tokens[position].text == "&"
        and position > 0
        and is_name_word(tokens[position - 1])
        and position + 1 < len(tokens)
        and is_name_word(tokens[position + 1])
    )


def _joins_a_name(tokens, position):
    """A small word inside a name read backwards: "on" in "Eye on Surveillance"."""
    token = tokens[position]
    return (
        token.folded in CONNECTORS
        and not token.capitalised
        and token.folded != "and"
        and is_name_word(tokens[position - 1])
    )


def _looks_like_demonym(word):
    return word.endswith(("ese", "an", "ian", "ish", "ch", "i", "ic")) or word.isupper()


def _people_of_a_place(word):
    """ "letting Vermonters sue companies", "Texans", "New Yorkers": the people of a place, who
    do what the words after them say to the companies; no company's one-word name."""
    return word.endswith(("ans", "ers", "ites")) and not word.isupper() and len(word) > 5
