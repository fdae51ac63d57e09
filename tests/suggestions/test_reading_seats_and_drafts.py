"""Readings first met in round at of news the reader had not seen (bench/reading_unseen): rules
passed are no court's ruling; lawmakers in a capital are the nation's, in a city that is its
own region the city's; a draft published; a policy issued."""

from .reading_helpers import CALIFORNIA, ITALY, MILAN, US, iso, one, plain


def test_rules_passed_that_prohibit_are_a_ban_not_a_ruling():
    proposal = one(
        plain(
            "Lawmakers in Sacramento on Friday passed rules that prohibit businesses from "
            "forcing customers to use facial recognition.",
            published="2020-12-26",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "ban",
        "2020-12-25",
        CALIFORNIA.pk,
    )


def test_the_parliament_in_a_capital_is_the_nations():
    proposal = one(
        plain(
            "The parliament in Rome on Tuesday approved a law that bans facial recognition in "
            "public places.",
            published="2021-11-10",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("ban", ITALY.pk)


def test_lawmakers_in_a_city_under_its_country_that_is_no_capital_are_the_citys():
    proposal = one(
        plain(
            "Lawmakers in Milan on Friday passed rules that prohibit businesses from forcing "
            "customers to use facial recognition.",
            published="2020-12-26",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("ban", MILAN.pk)


def test_a_draft_revision_published_is_a_bill():
    proposal = one(
        plain(
            "A draft revision of Rome's property rules published on Saturday would forbid "
            "managers from making facial recognition the only way into a building.",
            published="2020-10-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2020-10-17")


def test_a_department_that_issued_an_interim_policy_regulates():
    proposal = one(
        plain(
            "The FTC has issued an interim policy on its staff's use of facial recognition, "
            "officials said on Monday.",
            published="2023-12-19",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "regulation",
        "2023-12-18",
        US.pk,
    )
