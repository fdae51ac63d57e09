"""Readings first met in round df of news the reader had not seen (bench/reading_unseen): a ban
a government is only weighing, a ban dropped from its plans, and a white paper of proposals;
from round ob, draft laws a government sends round."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_ban_a_government_is_weighing_is_not_taken():
    proposals = read(
        plain("Italy's government is weighing a five-year ban on facial recognition in streets.")
    )
    assert proposals == []


def test_a_ban_dropped_or_left_out_of_a_plan_is_not_taken():
    proposals = read(
        plain(
            "Italy's government set out its plan, dropping the temporary ban on facial "
            "recognition that an earlier draft had considered. It unveiled the plan without the "
            "facial recognition ban."
        )
    )
    assert proposals == []


def test_a_white_paper_published_puts_rules_forward():
    proposals = read(
        plain(
            "Italy's government on Wednesday published its white paper on artificial "
            "intelligence, proposing strict rules for high-risk uses.",
            published="2020-02-20",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("bill", "2020-02-19", ITALY.pk)
    ]


def test_a_call_after_without_and_a_noun_is_still_a_call():
    proposals = read(
        plain(
            "The ACLU said the system had been introduced without a specific law and called on "
            "the Italian Parliament to stop it."
        )
    )
    assert [p.action_type for p in proposals] == ["campaign"]


def test_draft_laws_a_government_sends_round_its_ministries_are_a_bill():
    proposals = read(
        plain(
            "Italy's government on Monday sent two draft laws to the other ministries that "
            "would let the police search the internet for faces.",
            published="2025-07-22",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("bill", "2025-07-21", ITALY.pk)
    ]


def test_a_discussion_draft_of_a_named_act_released_is_a_bill():
    # Round ud: "released on Friday a discussion draft of the American Data Privacy and
    # Protection Act" was not read.
    proposals = read(
        plain(
            "Lawmakers from both parties released on Friday a discussion draft of the American "
            "Data Privacy and Protection Act, which covers face scans.",
            published="2022-06-03",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2022-06-03")]
