"""Readings first met in round ap of news the reader had not seen (bench/reading_unseen): a
trial of the technology stopped, a company's pilot ended, a call made by letter, and a
regulator's order that bars a company."""

from .reading_helpers import ITALY, OAKLAND, iso, one, plain, read


def test_a_government_that_stops_testing_the_technology_halts_it():
    proposal = one(
        plain(
            "The City of Oakland has stopped testing the facial recognition software, ending "
            "a second pilot, officials said on Thursday.",
            published="2019-07-19",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "moratorium",
        "2019-07-18",
        OAKLAND.pk,
    )


def test_a_company_that_ends_its_trial_pledges():
    proposal = one(plain("Acme ended its trial of facial recognition in its stores on Monday."))
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2020-08-03")


def test_the_end_of_a_trial_is_no_act():
    text = "Police used the software until the end of the trial in Oakland."
    assert read(plain(text, published="2019-07-19")) == []


def test_a_call_on_an_agency_made_in_a_letter_is_a_letter():
    proposal = one(
        plain(
            "Five senators on Thursday called on the FTC to stop expanding its use of facial "
            "recognition. In a letter to the commission's chair, the senators wrote that "
            "Americans do not want a surveillance state.",
            published="2023-02-10",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2023-02-09")


def test_a_regulator_that_bars_a_company_enforces():
    proposal = one(
        plain(
            "In March the Garante barred Clearview from collecting the faces of people in Italy.",
            published="2022-04-02",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "enforcement",
        "2022-03",
        ITALY.pk,
    )


def test_what_an_agency_is_called_on_to_stop_doing_is_no_pledge_of_its_own():
    proposal = one(
        plain(
            "Five senators on Thursday called on the FTC to stop using facial recognition.",
            published="2023-02-10",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2023-02-09")
