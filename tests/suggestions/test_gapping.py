"""Clauses that leave out the verb of the clause before ("X fined A in March, and Y B in
July"), or repeat it with "did so": one action each, with its own actor, place and date."""

from .reading_helpers import (
    ACME,
    CLEARVIEW,
    FTC,
    GARANTE,
    ITALY,
    META,
    NETHERLANDS,
    OAKLAND,
    PORTLAND,
    SACRAMENTO,
    SAN_FRANCISCO,
    US,
    iso,
    one,
    plain,
    read,
)


def summary(proposal):
    return (proposal.action_type, iso(proposal), proposal.jurisdiction_id, proposal.organisations)


def test_a_clause_without_its_verb_is_a_second_action_with_its_own_actor_object_and_date():
    proposals = read(
        plain("The Garante fined Clearview in March 2020, and the FTC Meta in July 2020.")
    )
    assert [summary(p) for p in proposals] == [
        (
            "enforcement",
            "2020-03",
            ITALY.pk,
            ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target")),
        ),
        ("enforcement", "2020-07", US.pk, ((FTC.pk, "actor"), (META.pk, "target"))),
    ]


def test_a_place_s_body_without_its_verb_or_object_takes_the_object_of_the_clause_before():
    proposals = read(
        plain(
            "Italy's Garante fined Clearview in March 2020 and the Netherlands' data protection "
            "authority in May 2020."
        )
    )
    assert [summary(p) for p in proposals] == [
        (
            "enforcement",
            "2020-03",
            ITALY.pk,
            ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target")),
        ),
        ("enforcement", "2020-05", NETHERLANDS.pk, ((CLEARVIEW.pk, "target"),)),
    ]


def test_did_so_repeats_the_action_before_with_a_new_actor_and_its_target():
    proposals = read(
        plain(
            "The Garante fined Clearview in March 2020. The FTC did so in May 2020 and the "
            "Netherlands' regulator in July 2020, and both also ordered it to delete the data."
        )
    )
    assert [summary(p) for p in proposals] == [
        (
            "enforcement",
            "2020-03",
            ITALY.pk,
            ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target")),
        ),
        ("enforcement", "2020-05", US.pk, ((FTC.pk, "actor"), (CLEARVIEW.pk, "target"))),
        ("enforcement", "2020-07", NETHERLANDS.pk, ((CLEARVIEW.pk, "target"),)),
    ]


def test_names_listed_after_the_verb_are_its_objects_not_a_second_clause():
    proposal = one(plain("The FTC fined Acme and Meta in March 2020."))
    assert proposal.organisations == ((FTC.pk, "actor"), (ACME.pk, "target"), (META.pk, "target"))


def test_a_second_object_with_its_own_date_is_not_read_as_a_new_actor():
    proposals = read(plain("The FTC fined Acme in March 2020 and Meta in July 2020."))
    assert all((META.pk, "actor") not in p.organisations for p in proposals)


def test_a_clause_after_and_with_a_verb_of_its_own_is_no_gapped_action():
    proposal = one(
        plain("The FTC fined Acme in March 2020, and the Garante said in July 2020 it agreed.")
    )
    assert iso(proposal) == "2020-03"


def test_a_generic_subject_that_did_so_reports_no_action():
    proposal = one(
        plain("The FTC fined Acme in March 2020. It is one of the regulators to have done so.")
    )
    assert proposal.organisations == ((FTC.pk, "actor"), (ACME.pk, "target"))


def test_places_that_followed_took_the_same_action_dated_only_by_their_own_clause():
    proposals = read(
        plain(
            "Oakland banned face surveillance in June 2019, and San Francisco and Sacramento "
            "followed; Sacramento approved its ordinance in December 2019.",
            published="2020-08-05",
        )
    )
    assert sorted((p.jurisdiction_id, p.action_type, iso(p)) for p in proposals) == [
        (OAKLAND.pk, "ban", "2019-06"),
        (SAN_FRANCISCO.pk, "ban", None),
        (SACRAMENTO.pk, "ban", "2019-12"),
    ]


def test_places_a_place_joins_have_taken_the_measure_last_reported_undated():
    proposals = read(
        plain(
            "The Portland City Council voted on Monday to ban city use of facial recognition. "
            "A ballot question may follow in November. Maine's largest city joins, among "
            "others, Oakland and San Francisco in California.",
            published="2020-08-05",
        )
    )
    assert sorted((p.jurisdiction_id, p.action_type, iso(p)) for p in proposals) == [
        (OAKLAND.pk, "ban", None),
        (SAN_FRANCISCO.pk, "ban", None),
        (PORTLAND.pk, "ban", "2020-08-03"),
    ]


def test_joining_organisations_is_no_measure_of_theirs():
    proposals = read(
        plain(
            "The Portland City Council voted on Monday to ban city use of facial recognition. "
            "Acme joins the FTC and the ACLU in welcoming it.",
            published="2020-08-05",
        )
    )
    assert [p.jurisdiction_id for p in proposals] == [PORTLAND.pk]
