"""Who took an action, who it was taken against, who signed it: read from the sentence's
structure, not from who the organisations are."""

from suggestions.reading import read_document
from suggestions.reading.recognition import AliasRecogniser, Name, OrganisationRecord

from .reading_helpers import (
    ACLU,
    ACME,
    CLEARVIEW,
    COUNCIL,
    COURT,
    FTC,
    GARANTE,
    META,
    one,
    plain,
    read,
)


def roles(sentence):
    return one(plain(sentence)).organisations


def test_the_organisation_named_before_the_action_takes_it_and_the_one_after_is_its_target():
    assert roles("The FTC on Monday banned Meta from using facial recognition.") == (
        (FTC.pk, "actor"),
        (META.pk, "target"),
    )


def test_in_the_passive_the_one_named_first_is_the_target_and_the_one_after_by_acts():
    assert roles("Clearview AI was fined 20 million euros by the Garante on Wednesday.") == (
        (CLEARVIEW.pk, "target"),
        (GARANTE.pk, "actor"),
    )


def test_those_a_letter_is_signed_by_sign_it_and_its_addressee_is_its_target():
    assert roles("The ACLU on Tuesday sent a letter signed by Acme and Meta to the FTC.") == (
        (ACLU.pk, "actor"),
        (ACME.pk, "signatory"),
        (META.pk, "signatory"),
        (FTC.pk, "target"),
    )


def test_an_organisation_in_a_clause_about_what_led_to_the_action_is_no_party_to_it():
    assert roles(
        "Acme said on Monday it will no longer sell facial recognition to police, hours after "
        "the FTC opened an inquiry."
    ) == ((ACME.pk, "actor"),)


def test_an_organisation_named_only_to_describe_another_is_no_party():
    assert roles(
        "Researchers at Acme, part of Meta, on Tuesday launched a campaign for a ban on police "
        "use of facial recognition."
    ) == ((ACME.pk, "actor"),)


def test_an_organisation_the_directory_does_not_know_is_proposed_by_name():
    board = OrganisationRecord(None, "Springfield City Council", "government")
    recogniser = AliasRecogniser(organisations=[(board, [Name("City Council")])])
    (proposal,) = read_document(
        plain("The Springfield City Council voted on Monday to ban facial recognition."),
        recogniser,
    )
    assert proposal.organisations == ()
    assert proposal.candidates == (("Springfield City Council", "actor"),)


def test_a_court_whose_ruling_it_is_takes_it():
    (proposal,) = [
        p
        for p in read(
            plain("Lawmakers acted in response to the Texas Supreme Court's 2019 ruling.")
        )
        if p.action_type == "court_ruling"
    ]
    assert proposal.organisations == ((COURT.pk, "actor"),)


def test_those_named_before_an_earlier_coordinated_action_do_not_take_the_later_one():
    proposals = read(
        plain(
            "In 2019 the FTC required Acme to delete its models, and in May 2020 the "
            "commission issued a policy statement on biometric data."
        )
    )
    assert [p.organisations for p in proposals] == [
        ((FTC.pk, "actor"), (ACME.pk, "target")),
        ((FTC.pk, "actor"),),
    ]


def test_two_bodies_that_each_act_in_one_sentence_take_an_action_each_even_undated():
    proposals = read(
        plain(
            "The FTC approved the rules in March and the Garante gave its final approval in June.",
            published=None,
        )
    )
    assert [p.organisations for p in proposals] == [
        ((FTC.pk, "actor"),),
        ((GARANTE.pk, "actor"),),
    ]


def test_a_body_that_acts_twice_on_one_target_takes_one_action():
    proposal = one(
        plain("The Garante on Tuesday fined Clearview 20 million euros and banned it from Italy.")
    )
    assert proposal.organisations == ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target"))


def test_the_subject_of_a_clause_about_what_comes_later_is_no_party():
    proposal = one(
        plain(
            "On Tuesday the Portland City Council voted to let Acme fly drones for a year "
            "before the FTC approves a policy for them."
        )
    )
    assert (proposal.action_type, proposal.organisations) == (
        "authorisation",
        ((COUNCIL.pk, "actor"), (ACME.pk, "target")),
    )


def test_the_subject_of_a_relative_clause_that_reports_another_action_is_no_party_to_this_one():
    proposals = read(
        plain(
            "Voters in Portland on Tuesday approved an initiative that replaces the ban that "
            "the Portland City Council passed in August.",
            published="2020-11-05",
        )
    )
    assert [(p.date.isoformat(), p.organisations) for p in proposals] == [
        ("2020-11-03", ()),
        ("2020-08-01", ((COUNCIL.pk, "actor"),)),
    ]


def test_alerting_a_regulator_is_a_complaint_by_the_clause_s_own_subject_alone():
    proposal = one(
        plain(
            "The Garante began an inquiry in May 2019, and in May 2020 the ACLU also alerted it "
            "to the practices of Clearview.",
            published="2020-08-05",
        )
    )
    assert (proposal.action_type, proposal.organisations) == (
        "lawsuit",
        ((ACLU.pk, "actor"), (CLEARVIEW.pk, "target")),
    )
