"""Readings first met in round wa of news the reader had not seen (bench/reading_unseen): a
question to be answered yes or no reports nothing; a treaty body's general comment is its
reading of the treaty; where a body met is not the place it acts for."""

from suggestions.reading.sentences import asks_yes_or_no

from .reading_helpers import ROME, iso, plain, read


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


def test_a_general_comment_adopted_is_a_treaty_bodys_rule():
    proposals = read(
        plain(
            "In July, the committee adopted General Comment No. 37, which says that facial "
            "recognition at protests must be necessary and proportionate.",
            published="2020-08-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2020-07")]


def test_where_a_body_met_is_not_the_place_it_acts_for():
    proposals = read(
        plain(
            "Meeting in Rome in October, the assembly's members adopted a resolution setting "
            "out principles for facial recognition.",
            published="2022-11-03",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("regulation", None)]


def test_a_place_named_as_it_acts_is_still_its_place():
    proposals = read(
        plain(
            "In Rome, the council adopted a resolution setting out principles for facial "
            "recognition.",
            published="2022-11-03",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("regulation", ROME.pk)]


def test_a_call_for_a_moratorium_with_its_day_between_is_a_campaign():
    proposals = read(
        plain(
            "The ACLU called on Tuesday for an immediate moratorium on facial recognition.",
            published="2019-06-26",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2019-06-25")]
