"""Readings first met in round je of news the reader had not seen (bench/reading_unseen): a
head of state who "assented to" a bill, an instrument issued under its own title, a
government's order to telecoms operators, and the day a call joined to "said on Friday that"
was made."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_president_who_assented_to_a_bill_signed_it():
    proposals = read(
        plain(
            "President Sergio Mattarella on Monday assented to the Data Protection Bill 2023.",
            published="2023-06-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2023-06-12")]


def test_a_regulator_that_issued_an_instrument_named_by_its_title_made_it():
    proposals = read(
        plain(
            "The Federal Trade Commission on Thursday issued the General Application and "
            "Implementation Directive, which tells companies how to apply the law.",
            published="2025-03-21",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-03-20")]


def test_a_government_that_directed_operators_to_begin_blocking_lines_enforces():
    proposals = read(
        plain(
            "The Italian Parliament has directed the country's mobile network operators to "
            "begin blocking SIM cards that are not registered.",
            published="2022-09-02",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("enforcement", ITALY.pk)]


def test_a_call_joined_to_said_on_friday_that_is_dated_friday_not_by_what_was_said():
    proposals = read(
        plain(
            "Amnesty International said on Friday that the system Rome installed last month "
            "had been introduced without an assessment, and urged the authorities to review it.",
            published="2019-05-18",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2019-05-17")]
