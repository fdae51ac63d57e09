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


def _fold(text, case_sensitive):
    text = " ".join(text.split())
    return text if case_sensitive else text.casefold()


def _compile(texts, flags):
    if not texts:
        return None
    # Longest first, so "American Civil Liberties Union" wins over a shorter alias at the same spot.
    alternatives = sorted(set(texts), key=len, reverse=True)
    pattern = "|".join(r"\s+".join(map(re.escape, text.split())) for text in alternatives)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


class MentionMatcher:
    def __init__(self, rules):
        self.rules = tuple(
            sorted(set(rules), key=lambda r: (r.key, r.text, r.case_sensitive, r.exclude))
        )
        self._keys = {}  # (folded text, case_sensitive, exclude) -> keys
        for rule in self.rules:
            folded = _fold(rule.text, rule.case_sensitive)
            self._keys.setdefault((folded, rule.case_sensitive, rule.exclude), set()).add(rule.key)
        self._patterns = []
        for exclude in (False, True):
            for case_sensitive in (True, False):
                texts = [
                    rule.text
                    for rule in self.rules
                    if rule.exclude == exclude and rule.case_sensitive == case_sensitive
                ]
                pattern = _compile(texts, 0 if case_sensitive else re.IGNORECASE)
                if pattern is not None:
                    self._patterns.append((pattern, case_sensitive, exclude))

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
        for pattern, case_sensitive, exclude in self._patterns:
            for match in pattern.finditer(text):
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
