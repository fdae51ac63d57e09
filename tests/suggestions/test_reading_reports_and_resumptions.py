"""Readings first met in round aq of news the reader had not seen (bench/reading_unseen): a
letter "has written to" people named in lower case, a deadline ("by May next year") that dates
nothing, a month told in the past inside a sentence that looks ahead, police that resume, a
company that takes down its face data, and a group's report with the call that follows it."""

from .reading_helpers import OAKLAND, TEXAS, iso, one, plain


def test_a_minister_who_has_written_to_police_chiefs_sends_a_letter_dated_when_sent():
    proposal = one(
        plain(
            "The minister has written to police chiefs urging them to double their searches "
            "by May next year. In the letter, sent on Sunday, he said forces should do more.",
            published="2023-10-30",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2023-10-29")


def test_a_purchase_approved_in_a_month_told_in_the_past_is_dated_to_the_last_such_month():
    proposal = one(
        plain(
            "Oakland police will be able to run face searches on doorbell images after the "
            "City Council approved the purchase of a system in August.",
            published="2021-09-28",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2021-08",
        OAKLAND.pk,
    )


def test_police_who_would_start_using_it_again_authorise_it():
    proposal = one(
        plain(
            "Oakland police said on Monday it would start using live facial recognition again.",
            published="2022-03-22",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2022-03-21",
        OAKLAND.pk,
    )


def test_a_company_that_takes_down_its_face_data_set_pledges():
    proposal = one(
        plain(
            "Acme has taken down a data set of ten million faces, the company confirmed on "
            "Thursday.",
            published="2019-06-07",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2019-06-06")


def test_a_groups_report_and_the_call_it_makes_are_one_campaign_dated_by_the_report():
    proposal = one(
        plain(
            "Amnesty International on Tuesday published a report on checkpoints in Oakland. "
            "The organisation called on Texas to stop using facial recognition.",
            published="2023-05-03",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2023-05-02")
    assert proposal.jurisdiction_id in (OAKLAND.pk, TEXAS.pk)
