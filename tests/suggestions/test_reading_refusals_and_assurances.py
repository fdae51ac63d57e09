"""Readings first met in round fc of news the reader had not seen (bench/reading_unseen): a
court that refuses a company's request to lift a regulator's ban, and a government's assurance
that its cameras would not use facial recognition."""

from .reading_helpers import COURT, TEXAS, iso, one, plain, read


def test_a_court_that_refuses_a_request_to_lift_a_ban_rules_on_the_day_it_refuses():
    proposal = one(
        plain(
            "The Texas Supreme Court on Monday refused Acme's request to lift the temporary "
            "ban the FTC imposed last week on its iris scanning.",
            published="2024-03-11",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "court_ruling",
        "2024-03-11",
        TEXAS.pk,
    )
    assert COURT.pk in [pk for pk, _role in proposal.organisations]


def test_a_council_that_rejects_a_request_makes_no_ruling():
    proposals = read(
        plain(
            "The Portland City Council on Monday rejected Acme's request to install cameras.",
            published="2024-03-11",
        )
    )
    assert all(p.action_type != "court_ruling" for p in proposals)


def test_cameras_that_would_not_use_facial_recognition_are_nobodys_pledge():
    proposals = read(
        plain(
            "The Italian Parliament approved the article on Thursday. The government insisted "
            "the cameras would not use facial recognition.",
            published="2023-03-24",
        )
    )
    assert all(p.action_type != "corporate_pledge" for p in proposals)


def test_a_company_that_would_not_use_it_still_pledges():
    proposal = one(
        plain(
            "Acme said on Thursday it would not use facial recognition in its stores.",
            published="2023-03-24",
        )
    )
    assert proposal.action_type == "corporate_pledge"
