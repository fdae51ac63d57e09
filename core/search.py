"""Text search shared by every list: the PostgreSQL configuration, the limits, and the `q` filter.

PostgreSQL ranks with its full-text search; elsewhere every word must appear, ignoring case.
"""

import itertools
import re
from contextlib import contextmanager

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery
from django.db import connections, transaction
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


@contextmanager
def through_search_index(using):
    """Queries run inside on PostgreSQL with sequential and index scans ruled out: for a text
    search over every match (a count, a chart), so that the matches come from the GIN index.

    PostgreSQL does not cost reading a stored vector out of line (TOAST): for a common word it
    plans a sequential scan that decompresses every row's vector to test it (for "police" over
    20,000 actions' `search_with_sources`, 69 MB: 120-170 ms), where the index finds the same
    rows without reading a vector (26-48 ms; bench/web, EXPLAIN ANALYZE). There are no hints,
    so the setting is made for these queries alone: SET LOCAL inside a transaction (a savepoint
    within one) that is rolled back on leaving, which undoes the setting and nothing else, so
    only reads belong inside. A page of matches is left to the planner: walking the date index
    and testing each row until the page is full reads a few vectors, not all of them."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            # An index scan of another index testing each row's vector is the same read of
            # every vector (chosen when statistics take the word for a rare one): only bitmap
            # scans are left. The GIN index's is costed below a bitmap of every published row
            # (at 20,000 actions 7,545 against 7,729) until many entries wait in its pending
            # list for VACUUM; the planner then takes the other, as slow as before, no slower.
            # SET LOCAL, twice, in one statement (whatever the driver's parameter binding).
            cursor.execute(
                "SELECT set_config('enable_seqscan', 'off', true), "
                "set_config('enable_indexscan', 'off', true)"
            )
        yield
        transaction.set_rollback(True, using=using)


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
