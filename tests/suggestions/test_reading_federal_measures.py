"""Readings first met in round na of news the reader had not seen (bench/reading_unseen): a
president's executive order, a bill named after a person, and a place-like word inside a bill's
name."""

from .reading_helpers import US, iso, plain, read


def test_a_presidents_executive_order_is_a_regulation_the_president_makes():
    proposals = read(
        plain(
            "President Jane Doe on Wednesday signed an executive order that directs federal "
            "agencies in the United States to study facial recognition.",
            published="2022-05-26",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("regulation", "2022-05-25", US.pk)
    ]
