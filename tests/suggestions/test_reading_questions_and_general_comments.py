"""Readings first met in round wa of news the reader had not seen (bench/reading_unseen): a
question to be answered yes or no reports nothing."""

from suggestions.reading.sentences import asks_yes_or_no

from .reading_helpers import iso, plain, read


def test_a_yes_or_no_question_reports_no_action():
    proposals = read(
        plain(
            "Q: Does it ban facial recognition at protests?\n\nA: No. It is guidance.",
            published="2020-08-04",
        )
    )
    assert proposals == []


def test_the_answer_after_a_question_is_still_read():
    proposals = read(
        plain(
            "Q: What happened?\n\nA: The Portland City Council on Monday voted to ban facial "
            "recognition.",
            published="2020-08-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("ban", "2020-08-03")]


def test_questions_asked_and_not():
    assert asks_yes_or_no("Q: Does it ban facial recognition at protests?")
    assert asks_yes_or_no("Will Boston ban facial recognition?")
    assert not asks_yes_or_no("Why did Boston ban facial recognition?")
    assert not asks_yes_or_no("Boston banned facial recognition.")
