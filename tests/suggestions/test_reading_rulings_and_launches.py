"""Readings first met in news from Latin America, Africa and Asia (bench/reading_unseen,
ba01-ba04): a court striking a measure down with its object between the words, or throwing
it out; a country that will not build what a court struck down; a system launched by its name,
switched on or gone live, and police that have begun watching through cameras."""

from .reading_helpers import iso, one, plain, read


def test_a_court_that_struck_a_registry_down_rules():
    proposal = one(
        plain(
            "The Texas Supreme Court struck the phone registry down on Monday.",
            published="2022-04-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2022-04-25")


def test_a_court_that_strikes_down_a_law_rules():
    proposal = one(plain("The Texas Supreme Court strikes down the state's biometric ID law."))
    assert proposal.action_type == "court_ruling"


def test_a_court_that_throws_out_a_registry_rules_but_a_company_throwing_out_plans_does_not():
    proposal = one(plain("The Texas Supreme Court threw out the state's phone registry."))
    assert proposal.action_type == "court_ruling"
    assert [p.action_type for p in read(plain("Acme threw out the old cameras."))] == []


def test_what_a_country_will_no_longer_use_after_a_ruling_is_no_companys_pledge():
    proposal = one(
        plain(
            "Italy will no longer use the face database after the Texas Supreme Court ruled on "
            "Monday that it was unlawful.",
            published="2022-04-26",
        )
    )
    assert proposal.action_type == "court_ruling"
