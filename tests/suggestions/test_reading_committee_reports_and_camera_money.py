"""Readings of shapes the held-out news is likely to use, probed beside round we (bench/
reading_unseen): a parliamentary committee that publishes its report on a bill makes its case
(no step of the bill); money a council approves for cameras, and cameras a body says it will
put up, authorise their use."""

from .reading_helpers import PORTLAND, one, plain, read


def test_a_committee_that_publishes_its_report_on_a_bill_makes_its_case():
    proposal = one(
        plain(
            "The Italian Parliament's justice committee on Tuesday published its "
            "pre-legislative scrutiny report on the general scheme of the Police (Recording "
            "Devices) Bill, which would let police use facial recognition.",
            published="2024-02-28",
        )
    )
    assert (proposal.action_type, str(proposal.date)) == ("campaign", "2024-02-27")


def test_a_council_that_approves_money_for_a_camera_upgrade_authorises_it():
    proposal = one(
        plain(
            "Portland is to add live facial recognition to its CCTV network after the Portland "
            "City Council approved £3.2 million for the upgrade on Monday night.",
            published="2025-09-17",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", PORTLAND.pk)


def test_cameras_a_council_says_it_will_put_on_street_furniture_are_authorised():
    proposal = one(
        plain(
            "The Portland City Council said this week that it will put fixed live facial "
            "recognition cameras on street furniture downtown this summer.",
            published="2025-03-27",
        )
    )
    assert proposal.action_type == "authorisation"


def test_putting_a_use_on_hold_is_no_camera_put_up():
    readings = read(
        plain(
            "The Portland City Council said it will put its use of facial recognition on hold.",
            published="2025-03-27",
        )
    )
    assert "authorisation" not in [proposal.action_type for proposal in readings]
