"""Readings first met in round vf of news the reader had not seen (bench/reading_unseen): a court
rejecting several appeals, a cabinet's bills and one chamber's vote as steps of a bill, a rule
widened to a named platform, a company a headline adds to a ban, and a law's passive ban of
something outside this field."""

from .reading_helpers import feed, iso, plain, read


def test_a_court_that_rejected_appeals_rules():
    proposals = read(
        plain(
            "The Texas Supreme Court on Thursday rejected appeals by residents who argued that "
            "the system breaches their right to privacy.",
            published="2023-03-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2023-03-09")]


def test_bills_a_cabinet_approved_are_bills():
    proposals = read(
        plain(
            "On Tuesday the Cabinet approved bills to abolish paper health insurance cards.",
            published="2023-03-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2023-03-07")]


def test_one_chambers_vote_on_it_is_a_step_of_the_bill():
    proposals = read(
        plain(
            "The proposal had waited in the lower house since the Senate passed it last year.",
            published="2025-09-18",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2024")]


def test_a_platform_added_to_those_a_rule_covers_is_a_rule_made():
    proposals = read(
        plain(
            "The federal government on Wednesday added Acme to the platforms covered by the "
            "social media minimum age, reversing an exemption it had promised.",
            published="2025-07-30",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-07-30")]


def test_a_company_a_headline_adds_to_a_ban_pledges_nothing():
    proposals = read(feed("Acme added to Italy's under-16 ban after the regulator's advice", ""))
    assert "corporate_pledge" not in [p.action_type for p in proposals]


def test_a_laws_passive_ban_of_something_outside_this_field_leaves_it_a_law():
    proposals = read(
        plain(
            "The president on Wednesday signed a law that requires platforms to verify the age "
            "of their users. Accounts of children must be linked to a parent's account, and "
            "paid loot boxes in games aimed at children are banned.",
            published="2025-09-18",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-09-17")]


def test_a_laws_passive_ban_of_face_recognition_still_makes_it_a_ban():
    proposals = read(
        plain(
            "The president on Wednesday signed a law that requires platforms to verify the age "
            "of their users. Accounts of children must be linked to a parent's account, and "
            "facial recognition in schools is banned.",
            published="2025-09-18",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("ban", "2025-09-17")]
