"""Readings first met in round df of news the reader had not seen (bench/reading_unseen): a ban
a government is only weighing, a ban dropped from its plans, and a white paper of proposals."""

from .reading_helpers import plain, read


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
