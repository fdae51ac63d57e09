"""Readings first met in round ar of news the reader had not seen (bench/reading_unseen): a
national chain's pause, a regulator's inquiry opened, a government's plan dropped, and bills
introduced together, a pledge limited to one state, and what came "weeks" before."""

from .reading_helpers import ITALY, PORTLAND, TEXAS, iso, one, plain


def test_a_national_chains_word_that_it_will_pause_its_trial_is_its_pledge_in_its_country():
    proposal = one(
        plain(
            "Esselunga said on Friday it would pause its trial of facial recognition cameras.",
            published="2022-06-17",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "corporate_pledge",
        "2022-06-17",
        ITALY.pk,
    )
    paused = one(plain("Esselunga paused its trial of facial recognition on Friday."))
    assert (paused.action_type, paused.jurisdiction_id) == ("moratorium", ITALY.pk)


def test_a_regulator_that_opens_investigations_into_companies_enforces():
    proposal = one(
        plain(
            "The Garante said on Tuesday it had opened investigations into Acme and Meta over "
            "their use of facial recognition.",
            published="2022-07-12",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2022-07-12")


def test_a_government_that_drops_its_plans_for_the_technology_halts_them():
    proposal = one(
        plain(
            "Italy's government has dropped plans to let the police use facial recognition at "
            "train stations, a spokesman confirmed on Monday.",
            published="2020-01-28",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "moratorium",
        "2020-01-27",
        ITALY.pk,
    )


def test_bills_introduced_together_are_one_bill():
    proposal = one(
        plain(
            "Three members of the Portland City Council on Thursday introduced bills that would "
            "ban businesses and landlords from using facial recognition.",
            published="2023-04-28",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "bill",
        "2023-04-27",
        PORTLAND.pk,
    )


def test_what_came_weeks_before_is_dated_to_the_month_three_weeks_back():
    proposal = one(
        plain(
            "The bill comes weeks after Acme said it would stop selling facial recognition to "
            "police.",
            published="2020-06-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2020-06")
    earlier = one(
        plain("Acme said a few weeks ago it would stop selling it.", published="2020-06-05")
    )
    assert iso(earlier) == "2020-05"


def test_a_companys_pledge_limited_to_one_state_belongs_to_the_state():
    proposal = one(
        plain(
            "Acme has said it would stop selling its app to private companies and would cancel "
            "the accounts of all entities in Texas.",
            published="2020-05-29",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", TEXAS.pk)
