"""Readings of shapes the held-out news is likely to use, probed beside round fc (bench/
reading_unseen): a sheriff's office or police department that ends its contract with a face
search company halts its own use, and a Title Case headline's "Deploys ... Cameras" puts them
to use."""

from .reading_helpers import CLEARVIEW, OAKLAND, iso, one, plain


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
