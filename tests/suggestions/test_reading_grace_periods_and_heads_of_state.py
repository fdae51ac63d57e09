"""Readings first met in round jf of news the reader had not seen (bench/reading_unseen): a
law's grace period running out, a chamber voting to create a register by law, and a head of
state's act under the capital's dateline."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_grace_period_for_complying_with_a_law_that_ended_is_the_law_applying():
    proposals = read(
        plain(
            "The one-year grace period for complying with the Italian privacy act ended today, "
            "and the Garante can now impose fines.",
            published="2021-07-01",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2021-07-01")]


def test_a_chamber_that_voted_to_create_a_register_passed_a_bill():
    proposals = read(
        plain(
            "The Italian Senate voted late on Tuesday to create a national register of mobile "
            "phone users.",
            published="2021-04-14",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2021-04-13")]


def test_a_presidents_act_under_the_capitals_dateline_is_the_countrys():
    proposals = read(
        plain(
            "ROME — President Sergio Mattarella on Friday signed the privacy bill into law.",
            published="2019-11-08",
        )
    )
    assert [p.jurisdiction_id for p in proposals] == [ITALY.pk]
