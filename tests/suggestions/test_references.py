"""An actor the action's sentence names only by reference ("the regulator", "the council",
"it") is the nearest organisation named before it of a kind the words fit."""

from .reading_helpers import (
    ACLU,
    ACME,
    CLEARVIEW,
    COUNCIL,
    COURT,
    GARANTE,
    META,
    feed,
    one,
    plain,
    read,
)


def test_the_regulator_is_the_regulator_named_in_the_sentence_before():
    # (the inquiry opened in May is read too, as the background of the fine)
    (fine,) = [
        p
        for p in read(
            plain(
                "The Garante opened an inquiry into Clearview in May. On Tuesday the regulator "
                "fined Clearview 20 million euros."
            )
        )
        if not p.background
    ]
    assert fine.organisations == ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target"))


def test_the_council_is_the_council_named_in_the_sentence_before():
    proposal = one(
        plain(
            "The Portland City Council held a hearing on Monday. On Wednesday the council "
            "voted to ban city use of facial recognition."
        )
    )
    assert proposal.organisations == ((COUNCIL.pk, "actor"),)


def test_a_reference_is_not_taken_by_an_organisation_of_another_kind():
    proposal = one(
        plain(
            "The Garante opened an inquiry in May. On Wednesday the council voted to ban city "
            "use of facial recognition."
        )
    )
    assert proposal.organisations == ()


def test_it_is_the_company_named_before_when_the_action_is_one_a_company_takes():
    proposal = one(
        plain(
            "Meta has run face recognition on Facebook for a decade. On Tuesday it "
            "stopped offering the feature."
        )
    )
    assert proposal.organisations == ((META.pk, "actor"),)


def test_it_does_not_reach_into_an_earlier_paragraph():
    proposal = one(
        plain(
            "Meta has run face recognition on Facebook for a decade.\n\nOn Tuesday it "
            "stopped offering the feature."
        )
    )
    assert proposal.organisations == ()


def test_a_headline_s_watchdog_is_the_regulator_the_text_then_names():
    proposal = one(
        feed(
            "Privacy watchdog fines Clearview",
            "The Garante said on Monday that the company built an illegal database.",
        )
    )
    assert proposal.organisations == ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target"))


def test_the_case_a_later_sentence_describes_gives_the_ruling_its_parties():
    proposals = read(
        plain(
            "The Texas Supreme Court ruled on Friday that users need not show harm. The case "
            "began in 2016, when the ACLU sued Meta."
        )
    )
    rulings = [p.organisations for p in proposals if p.action_type == "court_ruling"]
    assert rulings == [((COURT.pk, "actor"), (ACLU.pk, "target"), (META.pk, "target"))]


def test_those_who_represented_a_party_take_part_in_the_lawsuit_reported_before():
    proposal = one(
        plain(
            "Meta agreed on Friday to settle the lawsuit. The ACLU and Acme, which represented "
            "the plaintiffs, praised the terms."
        )
    )
    assert proposal.organisations == ((META.pk, "actor"), (ACLU.pk, "actor"), (ACME.pk, "actor"))


def test_those_a_suit_is_said_to_name_are_parties_to_the_lawsuit_reported_before():
    proposal = one(
        plain(
            "The ACLU sued Clearview on Thursday over its face searches. The suit names Meta and "
            "Acme as well as the company itself."
        )
    )
    assert proposal.organisations == (
        (ACLU.pk, "actor"),
        (CLEARVIEW.pk, "target"),
        (META.pk, "target"),
        (ACME.pk, "target"),
    )
