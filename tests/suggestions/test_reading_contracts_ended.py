"""Readings of shapes the held-out news is likely to use, probed beside round fc (bench/
reading_unseen): a sheriff's office or police department that ends its contract with a face
search company halts its own use; a Title Case headline's "Deploys ... Cameras", a body that
"says it will use" facial recognition, money given to police "to buy" it, and a vote "to allow
police to compare photos" put it to use."""

from .reading_helpers import CLEARVIEW, ITALY, OAKLAND, PORTLAND, iso, one, plain


def test_a_police_department_that_ends_its_contract_with_a_vendor_halts_its_use():
    proposal = one(
        plain(
            "The Oakland police department has ended its contract with Clearview AI, the chief "
            "said on Tuesday.",
            published="2021-03-10",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "moratorium",
        "2021-03-09",
        OAKLAND.pk,
    )
    assert CLEARVIEW.pk in [pk for pk, _role in proposal.organisations]


def test_a_sheriffs_office_that_terminates_its_contract_halts_its_use():
    proposal = one(
        plain(
            "The sheriff's office in Oakland terminated its contract with Clearview AI on Tuesday.",
            published="2021-03-10",
        )
    )
    assert proposal.action_type == "moratorium"


def test_a_company_that_ends_its_contract_with_another_still_pledges():
    proposal = one(
        plain(
            "Acme said on Tuesday it had ended its contract with Clearview AI.",
            published="2021-03-10",
        )
    )
    assert proposal.action_type == "corporate_pledge"


def test_a_title_case_headline_in_which_police_deploy_cameras_reports_their_use():
    proposal = one(
        plain(
            "Oakland Police Deploys Live Facial Recognition Cameras In Oakland.",
            published="2023-05-17",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", OAKLAND.pk)


def test_a_parliament_that_votes_to_allow_police_to_compare_photos_authorises_it():
    proposal = one(
        plain(
            "The Italian Parliament voted on Tuesday to allow police to compare photos of "
            "suspects with images on the internet.",
            published="2024-10-16",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2024-10-15",
        ITALY.pk,
    )


def test_a_body_that_says_it_will_use_facial_recognition_authorises_it():
    proposal = one(
        plain(
            "The Portland City Council says it will use facial recognition at city hall from "
            "Monday.",
            published="2023-05-05",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", PORTLAND.pk)


def test_money_given_to_police_to_buy_facial_recognition_authorises_it():
    proposal = one(
        plain(
            "Italy's government has given 5 million euros to police forces to buy live facial "
            "recognition vans.",
            published="2024-03-05",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", ITALY.pk)


def test_a_council_that_votes_to_let_police_keep_using_a_system_authorises_it():
    proposal = one(
        plain(
            "The Portland City Council voted 8-1 on Tuesday to let the police department keep "
            "using its facial recognition contract.",
            published="2021-03-10",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2021-03-09",
        PORTLAND.pk,
    )
