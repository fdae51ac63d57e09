"""Readings first met in round rb of news the reader had not seen (bench/reading_unseen): a
fine named before the verb that imposed it, a regulator's criticism given in a decision, an
authorisation extended, and a complaint dated by the year said after its own filing."""

from .reading_helpers import ACME, GARANTE, ITALY, feed, iso, one, plain, read


def test_a_penalty_named_before_the_verb_that_imposed_it_is_an_enforcement():
    proposal = one(
        plain(
            "The penalty, imposed in July by the Garante, covers Acme's use of fingerprints.",
            published="2025-08-06",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2025-07")
    assert GARANTE.pk in [pk for pk, _role in proposal.organisations]


def test_the_fines_that_could_be_imposed_are_none_imposed():
    assert read(plain("The Garante said fines that can be imposed reach 4% of turnover.")) == []


def test_a_regulators_criticism_in_a_decision_is_its_enforcement():
    proposal = one(
        feed(
            "Regulator faults Acme's face-scan entry",
            "The Garante criticised Acme in a decision published on Wednesday for offering "
            "members no alternative to facial recognition.",
            published="2024-07-04",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "enforcement",
        "2024-07-03",
        ITALY.pk,
    )


def test_criticism_without_a_regulator_or_a_decision_is_no_enforcement():
    assert read(plain("Rights groups criticised Acme in a ruling they called weak.")) == []
    assert read(plain("Rights groups criticised Acme's cameras on Monday.")) == []


def test_an_authorisation_extended_is_an_authorisation():
    proposal = one(
        plain(
            "The Garante on Thursday extended the authorisation it first gave Acme, letting it "
            "use facial recognition at more stadiums in Italy.",
            published="2023-06-22",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("authorisation", "2023-06-22")


def test_permission_to_appeal_granted_is_no_authorisation():
    proposals = read(
        plain(
            "The Court of Appeal on Monday granted permission to appeal to Acme in Italy.",
            published="2023-06-22",
        )
    )
    assert "authorisation" not in [p.action_type for p in proposals]


def test_a_complaint_takes_the_year_said_after_its_own_filing():
    proposals = read(
        plain(
            "The penalty, imposed in July by the Garante, follows a complaint the worker filed "
            "in 2021 against Acme in Italy.",
            published="2025-08-06",
        )
    )
    assert ("lawsuit", "2021") in [(p.action_type, iso(p)) for p in proposals]


def test_a_regulator_whose_criticism_is_the_action_takes_it():
    proposal = one(
        plain(
            "Italy's data protection authority, the Garante, criticised Acme in a decision "
            "published on Wednesday.",
            published="2024-07-04",
        )
    )
    names = dict(proposal.organisations)
    assert names.get(GARANTE.pk) == "actor"
    assert names.get(ACME.pk) == "target"


def test_a_body_that_criticised_what_another_did_is_still_a_commentator():
    proposal = one(plain("The Garante criticised Acme's decision on Monday to ban the scans."))
    assert GARANTE.pk not in [pk for pk, _role in proposal.organisations]
