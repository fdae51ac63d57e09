"""Readings of shapes the held-out news is likely to use, probed beside round ub (bench/
reading_unseen): "within acceptable limits" is a noun, no measure that limits; "people barred
from the property" says who the people are, no ban."""

from .reading_helpers import plain, read


def test_limits_after_an_adjective_is_a_noun_not_a_measure():
    assert (
        read(
            plain(
                "A 2018 trial on drivers crossing a bridge in Oakland failed to detect a single "
                "face within acceptable limits, according to internal emails.",
                published="2019-04-08",
            )
        )
        == []
    )
