"""Readings first met in round de of news the reader had not seen (bench/reading_unseen): a
criminal complaint filed against a company, a government's consultation on a new law, a company
withdrawing from its own case, and a court letting a class action go ahead."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_criminal_complaint_filed_against_a_company_is_a_suit():
    proposals = read(
        plain(
            "The ACLU said on Tuesday it had filed a criminal complaint against Acme and its "
            "managers.",
            published="2025-10-29",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2025-10-28")]


def test_a_consultation_opened_on_a_new_legal_framework_puts_rules_forward():
    proposals = read(
        plain(
            "Italy's government on Thursday opened a ten-week consultation on a new legal "
            "framework for police use of facial recognition.",
            published="2025-12-05",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("bill", "2025-12-04", ITALY.pk)
    ]


def test_a_company_withdrawing_from_its_case_takes_a_step_in_the_suit():
    proposals = read(plain("Acme has withdrawn from its case in the Texas Supreme Court."))
    assert "lawsuit" in [p.action_type for p in proposals]


def test_a_court_letting_a_class_action_go_ahead_rules_for_it():
    proposals = read(
        plain(
            "The Texas Supreme Court on Monday let a class action go ahead that accuses Acme "
            "of scanning faces without consent.",
            published="2019-09-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2019-09-02")]
