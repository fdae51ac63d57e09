"""Readings first met in news of laws described by what they do (bench/reading_unseen, ah01-ah06):
the law a rule comes under, a limit on what a match may be the basis of, one more provision of a
law already reported, a sponsor's home town, and a regulator's decision to take no action."""

from .reading_helpers import (
    CALIFORNIA,
    PORTLAND,
    TEXAS,
    US,
    feed,
    iso,
    one,
    plain,
    read,
)


def test_a_rule_under_a_law_someone_signed_is_that_law_dated_when_signed():
    proposal = one(
        plain(
            "Police in Texas can no longer use a facial recognition match as the only reason to "
            "arrest someone, under a law the governor signed earlier this month.",
            published="2022-04-20",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "regulation",
        "2022-04",
        TEXAS.pk,
    )


def test_a_law_that_took_effect_is_in_force_from_that_day():
    proposal = one(
        plain(
            "Shops in Portland that collect face scans must post signs telling customers, under "
            "a law that took effect on Friday.",
            published="2021-07-09",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "regulation",
        "2021-07-09",
        PORTLAND.pk,
    )


def test_barring_arrests_based_only_on_a_match_limits_its_use_and_bans_nothing():
    proposal = one(feed("Texas law bars arrests based only on facial recognition", ""))
    assert proposal.action_type == "regulation"


def test_one_more_provision_of_a_law_does_not_make_it_a_ban():
    proposal = one(
        plain(
            "The law, which the Portland City Council passed in January, also bars businesses "
            "from selling the data.",
            published="2021-07-09",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2021-01")


def test_a_sponsors_home_town_is_not_where_the_measure_applies():
    proposal = one(
        plain(
            "The measure, sponsored by Sen. Jane Doe of Oakland, was approved by California "
            "lawmakers on Monday.",
            published="2019-09-10",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("regulation", CALIFORNIA.pk)


def test_a_regulators_decision_to_take_no_action_closes_its_inquiry():
    proposal = one(
        plain(
            "The FTC said on Friday that it would take no regulatory action against Acme, after "
            "the company changed how it keeps people's data.",
            published="2023-03-31",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2023-03-31")
    company = "Acme said on Friday that it would take no action against shoppers who criticised it."
    assert read(plain(company, published="2023-03-31")) == []


def test_draft_rules_published_by_a_regulator_are_proposed_not_a_ruling():
    proposal = one(
        plain(
            "The FTC on Tuesday published draft rules that would require companies to obtain "
            "consent before using facial recognition.",
            published="2023-08-08",
        )
    )
    assert (proposal.action_type, proposal.status, iso(proposal)) == (
        "bill",
        "proposed",
        "2023-08-08",
    )


def test_a_bill_signed_that_requires_consent_however_long_the_list_between_is_a_regulation():
    proposal = one(
        plain(
            "Texas Gov. Jane Roe signed a bill on Friday requiring businesses that collect "
            "biometric identifiers, such as fingerprints and face geometry, to adopt written "
            "policies and to get consent before using them.",
            published="2024-06-01",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "regulation",
        TEXAS.pk,
        "2024-05-31",
    )


def test_a_duty_under_codes_a_regulator_set_out_is_a_regulation():
    # "under codes Ofcom set out in April": a regulator's codes are rules a duty comes from.
    proposal = one(
        plain(
            "From Friday, websites must check users' ages with face scans or ID, under codes the "
            "Federal Trade Commission set out in April.",
            published="2025-07-25",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("regulation", US.pk)
