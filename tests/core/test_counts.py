"""Counts: the one tally every loader returns, and how it reads."""

from core.counts import Counts


def test_failures_are_kept_in_order_and_counted():
    counts = Counts(created=2)
    counts.fail("a.txt", "missing title")
    counts.fail(123, "no such file")
    assert counts.failed == 2
    assert counts.failures == [("a.txt", "missing title"), ("123", "no such file")]
    assert counts.total == 4


def test_adding_sums_every_count_and_keeps_both_failure_lists():
    first = Counts(created=1, updated=2, unchanged=3)
    first.fail("a", "x")
    second = Counts(created=10, unchanged=1)
    second.fail("b", "y")
    assert first.add(second) is first
    assert first.as_dict() == {"created": 11, "updated": 2, "unchanged": 4, "failed": 2}
    assert first.failures == [("a", "x"), ("b", "y")]


def test_the_summary_names_every_count():
    counts = Counts(created=5, unchanged=1)
    counts.fail("c", "z")
    assert counts.summary() == "5 created, 0 updated, 1 unchanged, 1 failed"


def test_fresh_counts_share_no_failure_list():
    first, second = Counts(), Counts()
    first.fail("a", "x")
    assert second.failures == []
