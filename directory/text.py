"""Words of a text as a reader sees them: tokens with their case, place and sentence position.

Names in the directory and the text of news are cut into tokens the same way, so a name is
found by comparing token sequences ("St. Louis", "Wilkes-Barre", "U.S." all line up) rather
than by matching characters. The word lists here are the small closed classes a reader uses to
tell a name from the words around it: connectors inside names, titles before people's names,
capitalised words that open sentences.
"""

import re
import unicodedata
from bisect import bisect_left
from typing import NamedTuple

# Initialisms with their dots ("U.S.", "D.C."), then words that may hold an inner apostrophe,
# dot or ampersand ("O'Connor", "l'informatique", "AT&T", "Amazon.com"), then any other mark;
# each with the white space before it, which is all the pattern ever skips.
_GAP_AND_TOKEN = re.compile(r"(\s*)((?:[^\W\d_]\.){2,}|\w+(?:['\u2019.&]\w+)*|[^\w\s])")
_POSSESSIVE_ENDINGS = frozenset(["'s", "'S", "\u2019s", "\u2019S"])
_BREAKING_MARKS = frozenset('.!?:"\u201c\u201d')  # after these, a new sentence may begin


class Token(NamedTuple):
    text: str
    start: int
    end: int
    folded: str  # lower case, curly apostrophe straightened: what names are compared by
    sentence_start: bool  # first word of a sentence, a line or a heading
    is_word: bool  # a word or number, not a mark
    capitalised: bool  # begins with a capital ("Maine", "3M"), as a name does


# Letters that do not decompose into a base letter and an accent.
LETTERS_WITHOUT_ACCENTS = str.maketrans(
    {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "ł": "l", "Ł": "L", "þ": "th",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "\u0131": "i", "ħ": "h"}
)  # fmt: skip


def without_accents(text):
    """ "Zürich" as English news writes it, "Zurich"; "São Paulo", "Sao Paulo"; case kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", plain).translate(LETTERS_WITHOUT_ACCENTS)


def fold(text):
    return text.casefold().replace("\u2019", "'")


def tokenize(text):
    """The tokens of `text`; a possessive "'s" is a token of its own ("Maine" + "'s").

    Every text imported and every name in the directory is cut here, so this is written for
    speed. The pattern hands back each token with the white space before it, all in C: a
    token's position is counted from the lengths, and a line break is a "\n" in the gap. What
    a word's tokens are apart from where they stand (its pieces, folded, capitalised) is
    worked out once per spelling and kept (`_word_shape`): news repeats its words. Together
    this cut the cost of cutting the bench's texts from 0.10 to 0.06 ms a text (CPU, fastest of 7).
    """
    tokens = []
    append = tokens.append
    shapes = _WORD_SHAPES
    after_break = True
    position = 0
    for gap, word in _GAP_AND_TOKEN.findall(text):
        start = position + len(gap)
        position = start + len(word)
        if "\n" in gap:
            after_break = True
        shape = shapes.get(word)
        if shape is None:
            shape = _word_shape(word)
            if len(shapes) < _WORD_SHAPES_KEPT:
                shapes[word] = shape
        for piece, offset, folded, is_word, capitalised, breaks in shape:
            piece_start = start + offset
            append(
                _new_tuple(
                    Token,
                    (piece, piece_start, piece_start + len(piece), folded, after_break, is_word,
                     capitalised),
                )
            )  # fmt: skip
            if breaks is not None:
                after_break = breaks
    return tokens


def _word_shape(word):
    """The tokens one spelling is cut into, as (text, offset, folded, is_word, capitalised,
    whether a sentence may begin after it, None where the token leaves that as it was)."""
    if word[-2:] in _POSSESSIVE_ENDINGS and len(word) > 2 and word[0].isalnum():
        pieces = ((word[:-2], 0), (word[-2:], len(word) - 2))
    else:
        pieces = ((word, 0),)
    shape = []
    for piece, offset in pieces:
        first = piece[0]
        is_word = first.isalnum()
        capitalised = first.isupper() or (first.isdigit() and piece[-1].isupper())
        breaks = False if is_word else (True if piece in _BREAKING_MARKS else None)
        folded = fold(piece)
        folded = piece if folded == piece else folded  # one string kept, not two
        shape.append((piece, offset, folded, is_word, capitalised, breaks))
    return tuple(shape)


# Distinct spellings kept: the words of a large import and of every name in the directory.
_WORD_SHAPES = {}
_WORD_SHAPES_KEPT = 100_000  # some 20 MB at most
_new_tuple = tuple.__new__


def words(text):
    """A closed class of words, written as one string for reading."""
    return frozenset(text.split())


def plain_key(text):
    """A name folded and with its spaces evened: cheap, for comparing names already read."""
    return " ".join(fold(text).split())


def name_key(text):
    """The tokens of a name, folded and joined: how names are indexed and compared."""
    return " ".join(token.folded for token in tokenize(text))


def name_tokens(text):
    return tuple(token.text for token in tokenize(text))


# Small words that join the words of a name: "Office of the Privacy Commissioner of Canada",
# "Centro de Estudios Legales y Sociales", "Garante per la protezione", "Coalizão Direitos na
# Rede", "Asociación por los Derechos Civiles".
CONNECTORS = words(
    "of for on and & the de del la le les des du di dei della delle per y et für van von der "
    "à al da do dos das na nas por para"
)
# Capitalised words that open a sentence or stand before a name without being part of it.
FUNCTION_WORDS = words(
    "the a an on in at by for from with under according after before since while when if as "
    "but and or its their his her our this that these those today yesterday also both each "
    "every some many several other all any no not former last next then now there here "
    "what why how who where which although though because until unlike like despite during "
    "over among between into against without about around near across through per via only "
    "even just still yet so such more most much few once neither either nor whether however "
    "meanwhile instead elsewhere earlier later already unless upon within beyond toward towards"
)
# The verbs that carry a headline's tense and mood: Title Case capitalises them as it does
# every word ("Clearview Says It Will Stop Selling"), though some are also places' names
# (Will County, Illinois), which a headline names with the word after them ("Will County").
AUXILIARY_VERBS = words(
    "will would shall should can could may might must is are was were be been being has have "
    "had does do did"
)
# Words a Title Case headline capitalises that are a place's whole name only by chance ("Of",
# a town in Turkey): inside a headline they are the words they are.
TITLE_CASE_SMALL_WORDS = words("of in for and the to by on at with from into or")
WEEKDAYS_AND_MONTHS = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
)
# Titles that precede a person's name ("Mayor London Breed", "Governor Janet Mills").
TITLES = words(
    "mayor governor gov attorney general senator sen rep representative assemblymember "
    "assemblyman assemblywoman councilmember councilman councilwoman councillor councilor judge "
    "justice secretary president vice prime minister chancellor premier commissioner sheriff "
    "chief director chair chairman chairwoman spokesperson spokesman spokeswoman officer "
    "sergeant detective lieutenant captain professor prof dr mr mrs ms lord lady sir king queen "
    "prince princess pope ambassador delegate"
)
# Words that may stand before a place's name as part of how it is described, not a name.
PLACE_PREFIXES = words(
    "northern southern eastern western central north south east west upstate downstate greater "
    "downtown rural metro metropolitan suburban coastal inner outer"
)
# Names of large cities that open sentences as other words: common words, and given names
# and surnames that open a sentence as a person ("Austin said"), whatever word follows.
DOUBTFUL_AT_SENTENCE_START = words(
    "reading mobile nice bath buffalo concord enterprise delta commonwealth independence orange "
    "surprise split hope corona providence derby cork barking boulder garland aurora bend vista "
    "centennial meridian billings midland temple normal paradise mission sale batman bristol "
    "norman allen tyler kent lincoln montgomery augusta savannah columbus cary charlotte hampton "
    "austin madison jackson florence eugene elizabeth george henderson gilbert chandler irving "
    "lowell paterson hayward mckinney everett edison victoria marion troy clovis denton "
    "murray orlando sandy warren man time"
)
# Words for people that style guides capitalise ("Black men", "Indigenous communities") and that
# are also the names of small towns: a place only where the text qualifies it ("Black, Alabama").
PEOPLE_ADJECTIVES = words("black white brown indigenous native")
SPEECH_VERBS = words("said says told tells added adds wrote writes argued noted who whose")
# Party and role words that follow a place's name without making it part of another name.
AFTER_PLACE = words(
    "democrat democrats democratic republican republicans gop lawmakers legislators officials "
    "voters residents"
)


def sentence_cased(tokens, named, keeps_after):
    """`tokens` with the capitals of Title Case headlines ("Italy Bans Facial Recognition In
    Public Places") kept only where they mean a name: words of a name the directory knows
    (`named`: the token positions of its matches), acronyms ("UK", "AI"), a sentence's first
    word, and the words in `keeps_after` that follow a kept one ("Boston City Council"). Other
    rules read a capital as the mark of a name, which a Title Case headline puts on every word.
    `named` may be a function giving those positions, asked only where a sentence is Title
    Case: most texts have none, and working them out was 2.5% of finding names (1000 feeds).
    """
    out = tokens
    # A Title Case sentence has five capitalised words at least (`_is_title_case`: 0.85 of
    # five or more words is five at least): only those that have are read word by word, their
    # capitals counted from where the text's are. Most sentences have fewer: over the bench's
    # texts this went from 0.028 to 0.019 ms a text (CPU, fastest of 7).
    capitals = [position for position, token in enumerate(tokens) if token.capitalised]
    for start, end in _sentences(tokens):
        if bisect_left(capitals, end) - bisect_left(capitals, start) < _TITLE_CASE_WORDS:
            continue
        if not _is_title_case(tokens, start, end):
            continue
        if out is tokens:
            out = list(tokens)
            named = named() if callable(named) else named
        kept = False
        for position in range(start, end):
            token = tokens[position]
            if not token.is_word or not token.capitalised:
                kept = kept and not token.is_word and token.text in ("'s", "\u2019s")
                continue
            keep = (
                position == start
                or (
                    position in named
                    and not _a_verb_alone(tokens, position, named)
                    and token.folded not in TITLE_CASE_SMALL_WORDS  # "Use Of": no town of Of
                )
                or (len(token.text) > 1 and token.text.isupper())
                or (kept and token.folded in keeps_after)
            )
            if not keep:
                out[position] = token._replace(capitalised=False)
            kept = keep
    return out


def _a_verb_alone(tokens, position, named):
    """An auxiliary verb before a word of no name the directory knows ("It Will Stop", not
    "Will County Bans ..." or "In Will, Illinois"): a Title Case capital, not the name."""
    following = position + 1
    return (
        tokens[position].folded in AUXILIARY_VERBS
        and following < len(tokens)
        and tokens[following].is_word
        and following not in named
    )


def is_title_case(text):
    """Whether a line of text is a Title Case headline, as `sentence_cased` tells one."""
    tokens = tokenize(text)
    return bool(tokens) and _is_title_case(tokens, 0, len(tokens))


def _sentences(tokens):
    """(start, end) of each sentence, from where the sentences start."""
    if not tokens:
        return ()
    starts = [position for position, token in enumerate(tokens) if token.sentence_start]
    if starts[:1] == [0]:
        starts = starts[1:]
    return zip([0, *starts], [*starts, len(tokens)], strict=True)


_TITLE_CASE_WORDS = 5


# A headline is short: a sentence with this many commas lists names, however capitalised.
_LIST_COMMAS = 3


def _is_title_case(tokens, start, end):
    """A capitalised first word and five or more others, nearly all of those that are not
    small words capitalised (an organisation's name alone, four such words, is not one)."""
    content = [
        token
        for token in tokens[start:end]
        if token.is_word and token.text.isalpha() and token.folded not in FUNCTION_WORDS
    ]
    if len(content) < _TITLE_CASE_WORDS or not tokens[start].capitalised:
        return False
    if sum(token.text == "," for token in tokens[start:end]) >= _LIST_COMMAS:
        return False  # "signed by Liberty, Statewatch, Race on the Agenda and ...": a list
    return sum(token.capitalised for token in content) >= 0.85 * len(content)


def headline_capitals_only(tokens, cased, match):
    """ "It Will Stop": capitals that a Title Case headline put on every word of the match
    and `sentence_cased` took off again (an auxiliary verb, not Will County)."""
    return all(
        tokens[p].capitalised and not cased[p].capitalised for p in range(match.start, match.end)
    )


def span_text(text, tokens, start, end):
    """The text of tokens `start` to `end`, its spaces and line breaks each one space."""
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())
