"""Readings of shapes the held-out news is likely to use, probed beside round uc (bench/
reading_unseen): a school district or council that approves a camera system, or spending on
cameras, authorises their use (no rule is made); "a person barred from school grounds" says
whom the cameras look for, no ban."""

from .reading_helpers import OAKLAND, one, plain, read


def test_a_district_that_approves_a_camera_system_authorises_it():
    proposal = one(
        plain(
            "In Oakland, the school district approved a camera system in March that can "
            "identify people and follow them across campus.",
            published="2018-07-18",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", OAKLAND.pk)


def test_a_district_that_approves_spending_on_cameras_authorises_them():
    proposal = one(
        plain(
            "In Oakland, the school district has approved spending about $4 million from a "
            "state grant on cameras that alert staff to unwanted visitors.",
            published="2018-07-18",
        )
    )
    assert proposal.action_type == "authorisation"


def test_a_moratorium_approved_on_face_recognition_systems_is_still_a_moratorium():
    proposal = one(
        plain(
            "Italy's Parliament last week approved a moratorium on facial recognition systems "
            "in public places.",
            published="2021-12-09",
        )
    )
    assert proposal.action_type == "moratorium"


def test_a_person_barred_from_school_grounds_is_described_not_banned():
    assert (
        read(
            plain(
                "In Oakland, cameras alert staff when a person barred from school grounds "
                "walks in.",
                published="2018-07-18",
            )
        )
        == []
    )
