"""Readings first met in round gf of news the reader had not seen (bench/reading_unseen):
regulators outside Europe and North America. A finding told in the body's order ("..., the
authority and the commissioner found in a joint report"), with the regulators its actors; the
report's recommendation told after it, part of it; a police rank's "said" is no regulator's;
a regulator's or government's paper that sets out principles is its guidance, and one that
calls for a law is a call."""

from .reading_helpers import COUNCIL, FTC, GARANTE, iso, one, plain, read


def test_a_finding_told_before_the_regulators_who_found_it_is_theirs():
    proposal = one(
        plain(
            "The Portland City Council kept photographs of residents without a lawful reason, "
            "the FTC found in a joint report released on Monday.",
            published="2022-09-12",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2022-09-12")
    assert dict(proposal.organisations) == {FTC.pk: "actor", COUNCIL.pk: "target"}


def test_what_the_report_recommended_is_part_of_the_finding_just_told():
    proposals = read(
        plain(
            "The Portland City Council kept photographs of residents without a lawful reason, "
            "the FTC found in a report released on Monday. The report recommended that the "
            "council delete every photograph taken unlawfully.",
            published="2022-09-12",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2022-09-12")]


def test_a_police_deputy_commissioner_saying_images_were_unlawfully_held_finds_nothing():
    text = (
        "Deputy Commissioner Jane Roe said police accepted the findings and would delete the "
        "images identified as unlawfully held."
    )
    assert read(plain(text, published="2022-09-12")) == []


def test_a_regulators_report_setting_out_how_to_use_cameras_is_its_guidance():
    proposal = one(
        plain(
            "The Garante on Thursday published a report setting out how shops should use "
            "cameras with facial recognition.",
            published="2023-03-03",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2023-03-02")
    assert GARANTE.pk in dict(proposal.organisations)


def test_a_paper_that_calls_for_a_data_protection_law_is_a_call_for_it():
    proposal = one(
        plain(
            "The Garante published a discussion paper on Monday that calls for a data "
            "protection law before facial recognition is used more widely.",
            published="2022-11-24",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2022-11-21")


def test_a_call_for_a_law_enforcement_response_is_no_call_for_a_law():
    text = "The ACLU called for a swift law enforcement response to the thefts on Monday."
    assert read(plain(text, published="2022-11-24")) == []
