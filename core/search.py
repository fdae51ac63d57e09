"""Text search shared by every list: the PostgreSQL configuration, the limits, and the `q` filter.

PostgreSQL ranks with its full-text search; elsewhere every word must appear, ignoring case.
"""

import itertools
import re

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery
from django_filters.constants import EMPTY_VALUES

SEARCH_CONFIG = "english"
# Without full-text search each word becomes its own condition; SQLite refuses a query tree
# past a few hundred of them, so only the first words of a search count there.
MAX_SEARCH_WORDS = 20
# Long enough for any real search; a longer one is refused with a message, not run.
MAX_SEARCH_LENGTH = 200


# In PostgreSQL's web-search syntax each "-" negates what follows, and negations nest: past 32 in
# a row ("----...", "- - - x", "-!-!-!") `websearch_to_tsquery` fails with "tsquery stack too
# small" and the whole page with it. A dash is a negation only right before a word or a quote,
# and two negations cancel, so every other dash is dropped and a run of them counts once.
_STRAY_DASHES = re.compile(r'(?<!-)(?<![^\W_])-+(?![-"])(?![^\W_])')
_DASH_RUNS = re.compile(r"-{2,}")


def websearch_text(text):
    """`text` as PostgreSQL's web-search parser can always take it: stray dashes removed, a run
    of dashes before a word one negation. Words, quotes and hyphenated words are kept."""
    return _DASH_RUNS.sub("-", _STRAY_DASHES.sub(" ", text))


def web_search_query(text):
    """The PostgreSQL full-text query for a search box's `text` (see `websearch_text`)."""
    return SearchQuery(websearch_text(text), search_type="websearch", config=SEARCH_CONFIG)


def search_words(text):
    """The words a search without full-text support looks for, each as its own condition.

    Only runs of letters or digits count, as in full-text search: "------" or "&" is no word.
    """
    words = (word for word in text.split() if any(char.isalnum() for char in word))
    return list(itertools.islice(words, MAX_SEARCH_WORDS))


class SearchFilter(django_filters.CharFilter):
    """The `q` parameter of every list, page and API alike: bounded in length, a search box,
    filtered by the queryset's own `matching(text)` (actions and articles also annotate the
    `rank` a relevance order sorts by). No list defines a `q` of its own."""

    def __init__(self, *, help_text, **kwargs):
        kwargs.setdefault("label", "Search")
        kwargs.setdefault("max_length", MAX_SEARCH_LENGTH)
        kwargs.setdefault("widget", forms.TextInput(attrs={"type": "search"}))
        super().__init__(help_text=help_text, **kwargs)

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        return qs.matching(value)
