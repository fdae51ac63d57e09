"""Text search shared by every list: the PostgreSQL configuration, the limits, and the `q` filter.

PostgreSQL ranks with its full-text search; elsewhere every word must appear, ignoring case.
"""

import django_filters
from django import forms
from django_filters.constants import EMPTY_VALUES

SEARCH_CONFIG = "english"
# Without full-text search each word becomes its own condition; SQLite refuses a query tree
# past a few hundred of them, so only the first words of a search count there.
MAX_SEARCH_WORDS = 20
# Long enough for any real search; a longer one is refused with a message, not run.
MAX_SEARCH_LENGTH = 200


def search_words(text):
    """The words a search without full-text support looks for, each as its own condition."""
    return text.split()[:MAX_SEARCH_WORDS]


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
