"""Find which organisations and jurisdictions a text mentions, by their names and aliases.

Pure: built from alias rules, it knows nothing of the database. All names are compiled into a
few alternation regexes, so one article is scanned a handful of times whatever the number of
aliases. Matches are whole words; an `exclude` rule removes matches inside a phrase that means
something else ("Amazon rainforest" is not Amazon the company).
"""

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class AliasRule:
    key: tuple  # ("organisation", pk) or ("jurisdiction", pk)
    text: str
    case_sensitive: bool = False
    exclude: bool = False


def mention_text(title, excerpt, body):
    """The text of an article that mentions are looked for in. An excerpt that only repeats the
    body's opening (a plain post's, cut at a word: "... came in the U.S. District Court for
    the…") is left out: it names nothing the body does not, but names cut short."""
    if excerpt and body and _opens(body, excerpt):
        excerpt = None
    return "\n".join(part for part in (title, excerpt, body) if part)


def _opens(body, excerpt):
    cut = " ".join(excerpt.removesuffix("\u2026").split())
    return " ".join(body[: 2 * len(excerpt)].split()).startswith(cut)


def _fold(text, case_sensitive):
    text = " ".join(text.split())
    return text if case_sensitive else text.casefold()


_WHITESPACE = r"\s+"  # between the words of a name: any run of spaces or line breaks


def _compile(texts, flags=0):
    r"""One regex for many names: any of them, ending at the end of a word.

    The names are laid out as a tree of shared beginnings ("amazon", "amazon web services" become
    `amazon(?:\s+web\s+services|)`), so at each position of the text the engine follows one
    letter instead of trying every name in turn. Where one name continues another, the longer
    is tried first, so "American Civil Liberties Union" wins over a shorter alias at the same
    spot. The start of the word is checked by `_matches`, not by a lookbehind: a pattern that
    opens with letters lets the engine skip quickly past positions where no name begins.
    """
    if not texts:
        return None
    tree = {}
    for text in texts:
        node = tree
        for position, word in enumerate(text.split()):
            if position:
                node = node.setdefault(_WHITESPACE, {})
            for character in word:
                node = node.setdefault(re.escape(character), {})
        node[None] = {}  # a name ends here
    return re.compile(rf"{_tree_pattern(tree)}(?!\w)", flags)


def _tree_pattern(node):
    branches = [symbol + _tree_pattern(child) for symbol, child in node.items() if symbol]
    if not branches:
        return ""
    if len(branches) == 1 and None not in node:
        return branches[0]
    # The empty branch comes last: a longer name is preferred to one that ends here.
    return f"(?:{'|'.join(branches)}{'|' if None in node else ''})"


def _starts_a_word(text, start):
    # What `(?<!\w)` means: no letter, digit or underscore just before.
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _matches(pattern, text):
    """`pattern.finditer(text)`, keeping only matches that begin a word."""
    position = 0
    while match := pattern.search(text, position):
        if _starts_a_word(text, match.start()):
            yield match
            position = match.end()
        else:  # a name inside a longer word: a real one may still begin just after
            position = match.start() + 1


class _Names:
    """The names of one kind of rule (case-sensitive or not, excluding or not), compiled."""

    def __init__(self, texts, case_sensitive):
        self.case_sensitive = case_sensitive
        self.texts = texts
        if case_sensitive:
            self.pattern = _compile(texts)
        else:
            # Case is ignored by lower-casing both the names and the text, so the pattern
            # holds plain letters, which the engine compares far faster than letters under
            # IGNORECASE.
            self.pattern = _compile([text.lower() for text in texts])

    def finditer(self, text, lowered):
        if self.case_sensitive:
            return _matches(self.pattern, text)
        if lowered is not None:
            return _matches(self.pattern, lowered)
        return _matches(self._ignorecase_pattern, text)

    @cached_property
    def _ignorecase_pattern(self):
        # For the rare text whose lower-case form has another length ("İ" becomes two
        # characters): positions in it would not be positions in the text.
        return _compile(self.texts, re.IGNORECASE)


class MentionMatcher:
    def __init__(self, rules):
        self.rules = tuple(
            sorted(set(rules), key=lambda r: (r.key, r.text, r.case_sensitive, r.exclude))
        )
        self._keys = {}  # (folded text, case_sensitive, exclude) -> keys
        for rule in self.rules:
            folded = _fold(rule.text, rule.case_sensitive)
            self._keys.setdefault((folded, rule.case_sensitive, rule.exclude), set()).add(rule.key)
        self._names = []  # (_Names, exclude)
        for exclude in (False, True):
            for case_sensitive in (True, False):
                texts = [
                    rule.text
                    for rule in self.rules
                    if rule.exclude == exclude and rule.case_sensitive == case_sensitive
                ]
                if texts:
                    self._names.append((_Names(texts, case_sensitive), exclude))

    @cached_property  # read for every document; the rules never change after __init__
    def version(self):
        """A short fingerprint of the rules: articles matched with other rules are re-linked."""
        digest = hashlib.sha256(repr(self.rules).encode()).hexdigest()
        return digest[:16]

    def find(self, text):
        """The keys mentioned in `text`."""
        if not text:
            return set()
        found = []  # (start, end, key)
        excluded = []
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = None
        for names, exclude in self._names:
            case_sensitive = names.case_sensitive
            for match in names.finditer(text, lowered):
                keys = self._keys.get(
                    (_fold(match.group(), case_sensitive), case_sensitive, exclude)
                )
                for key in keys or ():
                    (excluded if exclude else found).append((match.start(), match.end(), key))
        if not excluded:
            return {key for _start, _end, key in found}
        return {
            key
            for start, end, key in found
            if not any(
                key == other and ex_start <= start and end <= ex_end
                for ex_start, ex_end, other in excluded
            )
        }
