"""What scans every match is kept until public data changes: computed once per data version,
whatever it computed, and computed afresh after any change."""

import pytest

from core.publicdata import (
    NOT_KEPT,
    KeptCountPaginator,
    bump_public_version,
    kept_already,
    kept_until_changed,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("aggregates_kept")]


class Counting:
    """A computation that says how often it ran."""

    def __init__(self, value):
        self.value, self.runs = value, 0

    def __call__(self):
        self.runs += 1
        return self.value


def test_an_aggregate_is_computed_once_until_public_data_changes():
    total = Counting(7)
    assert kept_until_changed(None, "total", "all", total) == 7
    assert kept_until_changed(None, "total", "all", total) == 7
    assert total.runs == 1
    bump_public_version()
    assert kept_until_changed(None, "total", "all", total) == 7
    assert total.runs == 2


@pytest.mark.parametrize("value", [None, 0, "", []])
def test_an_aggregate_that_computed_nothing_is_kept_like_any_other(value):
    # The newest date of an empty list is None: it was computed again on every request.
    nothing = Counting(value)
    kept_until_changed(None, "newest", "empty", nothing)
    assert kept_until_changed(None, "newest", "empty", nothing) == value
    assert nothing.runs == 1
    assert kept_already(None, "newest", "empty") == value


def test_what_is_not_kept_yet_reads_as_not_kept_not_as_none():
    assert kept_already(None, "newest", "never computed") is NOT_KEPT


def test_without_kept_aggregates_everything_is_computed_each_time(settings):
    settings.PUBLIC_AGGREGATES_KEPT = False
    total = Counting(3)
    kept_until_changed(None, "total", "all", total)
    kept_until_changed(None, "total", "all", total)
    assert total.runs == 2
    assert kept_already(None, "total", "all") is NOT_KEPT


class CountedList(list):
    """A list that says how often it was counted, as a queryset counts in the database."""

    counts = 0

    def count(self):
        CountedList.counts += 1
        return len(self)


def test_a_kept_count_paginator_counts_its_list_once_per_data_version():
    CountedList.counts = 0
    items = CountedList(range(45))
    pages = [
        KeptCountPaginator(items, 10, request=None, name="list-count", key="all") for _ in range(3)
    ]
    assert [paginator.count for paginator in pages] == [45, 45, 45]
    assert [paginator.num_pages for paginator in pages] == [5, 5, 5]
    assert CountedList.counts == 1
    bump_public_version()
    assert KeptCountPaginator(items, 10, request=None, name="list-count", key="all").count == 45
    assert CountedList.counts == 2


def test_lists_of_other_filters_keep_counts_of_their_own():
    first = KeptCountPaginator(CountedList(range(4)), 10, request=None, name="n", key="a")
    second = KeptCountPaginator(CountedList(range(9)), 10, request=None, name="n", key="b")
    assert (first.count, second.count) == (4, 9)
