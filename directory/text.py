"""Words of a text as a reader sees them: tokens with their case, place and sentence position.

Names in the directory and the text of news are cut into tokens the same way, so a name is
found by comparing token sequences ("St. Louis", "Wilkes-Barre", "U.S." all line up) rather
than by matching characters. The word lists here are the small closed classes a reader uses to
tell a name from the words around it: connectors inside names, titles before people's names,
capitalised words that open sentences.
"""

import re
from dataclasses import dataclass

# Initialisms with their dots ("U.S.", "D.C."), then words that may hold an inner apostrophe,
# dot or ampersand ("O'Connor", "l'informatique", "AT&T", "Amazon.com"), then any other mark.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['\u2019.&]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"^(.+?)['\u2019]s$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    folded: str  # lower case, curly apostrophe straightened: what names are compared by
    sentence_start: bool  # first word of a sentence, a line or a heading

    @property
    def is_word(self):
        return self.text[0].isalnum()

    @property
    def capitalised(self):
        return self.text[0].isupper() or (self.text[0].isdigit() and self.text[-1].isupper())


def fold(text):
    return text.casefold().replace("\u2019", "'")


def tokenize(text):
    """The tokens of `text`; a possessive "'s" is a token of its own ("Maine" + "'s")."""
    tokens = []
    after_break = True
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        if tokens and "\n" in text[tokens[-1].end : start]:
            after_break = True
        pieces = [(word, start)]
        possessive = _POSSESSIVE.match(word)
        if possessive and word[0].isalnum():
            base = possessive.group(1)
            pieces = [(base, start), (word[len(base) :], start + len(base))]
        for piece, piece_start in pieces:
            tokens.append(
                Token(piece, piece_start, piece_start + len(piece), fold(piece), after_break)
            )
            if piece[0].isalnum():
                after_break = False
            elif piece in '.!?:;"“”(':
                after_break = after_break or piece in '.!?:"“”'
    return tokens


def words(text):
    """A closed class of words, written as one string for reading."""
    return frozenset(text.split())


def name_key(text):
    """The tokens of a name, folded and joined: how names are indexed and compared."""
    return " ".join(token.folded for token in tokenize(text))


def name_tokens(text):
    return tuple(token.text for token in tokenize(text))


# Small words that join the words of a name: "Office of the Privacy Commissioner of Canada",
# "Centro de Estudios Legales y Sociales", "Garante per la protezione".
CONNECTORS = words(
    "of for on and & the de del la le les des du di dei della delle per y et für van von der "
    "à al da do dos das"
)
# Capitalised words that open a sentence or stand before a name without being part of it.
FUNCTION_WORDS = words(
    "the a an on in at by for from with under according after before since while when if as "
    "but and or its their his her our this that these those today yesterday also both each "
    "every some many several other all any no not former last next then now there here "
    "what why how who where which although though because until unlike like despite during "
    "over among between into against without about around near across through per via"
)
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
# Party and role words that follow a place's name without making it part of another name.
AFTER_PLACE = words(
    "democrat democrats democratic republican republicans gop lawmakers legislators officials "
    "voters residents"
)
