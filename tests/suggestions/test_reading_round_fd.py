"""Readings first met in round fd of news the reader had not seen (bench/reading_unseen): the
United Kingdom's Parliament and courts. A private member's bill is a bill; a challenge
described at some length is still the case a court dismisses; a court's decision an act was
told in dates the act."""

from .reading_helpers import iso, plain, read


def test_a_private_members_bill_introduced_is_a_bill():
    proposals = read(
        plain(
            "A peer this month introduced a private member's bill in the Italian Senate that "
            "would make it unlawful for the police to use facial recognition.",
            published="2020-02-17",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2020-02")]


def test_a_private_members_bill_tabled_is_a_bill():
    proposals = read(
        plain(
            "A senator tabled a private member's bill on Tuesday to ban facial recognition.",
            published="2020-02-19",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2020-02-18")]


def test_a_challenge_told_in_four_words_that_a_court_dismissed_is_its_ruling():
    proposals = read(
        plain(
            "Two judges of the Texas Supreme Court today dismissed the world's first legal "
            "challenge to police use of facial recognition.",
            published="2019-09-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2019-09-04")]


def test_a_decision_a_ruling_was_told_in_dates_the_ruling():
    proposals = read(
        plain(
            "The Texas Supreme Court has rejected the ACLU's challenge to the decree, ruling in "
            "a decision dated November 4 that consent is freely given.",
            published="2020-11-05",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2020-11-04")]


def test_a_decision_that_is_the_subject_still_dates_nothing_else():
    proposals = read(
        plain(
            "The FTC fined Acme on Monday; the decision, dated October 30, followed a complaint.",
            published="2020-11-05",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2020-11-02")]


def test_a_regulator_described_in_a_clause_of_time_opens_its_investigation():
    proposals = read(
        plain(
            "The FTC intervened in the case. The ruling comes weeks after the commission opened "
            "an investigation into the cameras on an estate in Portland last month.",
            published="2019-09-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2019-08")]


def test_a_company_described_in_a_clause_of_time_opens_no_regulators_investigation():
    proposals = read(
        plain(
            "The ruling comes weeks after the company opened an investigation into its own "
            "cameras last month.",
            published="2019-09-04",
        )
    )
    assert proposals == []
