"""Readings first met in round ha of news the reader had not seen (bench/reading_unseen): a
supervisory body's finding made in an audit that bears a month, a regulator's response to a
government's consultation, and a country's standing practice of adopting another's rules."""

from .reading_helpers import GARANTE, ITALY, iso, plain, read


def test_a_finding_made_in_an_audit_dated_a_month_is_of_that_month():
    proposals = read(
        plain(
            "The Garante found in an audit dated February that the police had no legal basis "
            "to use the face search, which officers kept using until February 2020.",
            published="2022-03-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2022-02")]
    assert GARANTE.pk in [pk for pk, _role in proposals[0].organisations]


def test_the_date_a_decision_bears_still_dates_no_other_act_in_its_sentence():
    proposals = read(
        plain(
            "The decision, dated July 13, followed a complaint filed by the ACLU.",
            published="2022-07-15",
        )
    )
    assert "2022-07-13" not in [iso(p) for p in proposals]


def test_a_regulators_consultation_response_is_its_call_dated_when_it_was_sent():
    proposals = read(
        plain(
            "The Garante has asked the government to write a ban on remote biometric "
            "identification into its new AI law.\n\n"
            "In a consultation response sent on Monday to the ministry, the Garante said such "
            "identification is a serious intrusion into private life.\n\n"
            "It also urged the ministry to take over the regulation in full.",
            published="2025-10-02",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("campaign", "2025-09-29", ITALY.pk)
    ]


def test_a_country_adopting_most_of_anothers_rules_adopts_no_measure():
    proposals = read(
        plain(
            "Italy is not a member of the bloc but adopts most of its single market rules "
            "through an agreement.",
            published="2025-10-02",
        )
    )
    assert proposals == []


def test_an_auditors_findings_in_a_report_make_its_case_dated_when_released():
    # Round td: the GAO's report on agencies that use others' face recognition systems.
    proposals = read(
        plain(
            "The Government Accountability Office said in a report released on Tuesday that 13 "
            "of the 14 federal agencies it found using face recognition systems owned by others "
            "do not track which ones their employees use.",
            published="2021-06-29",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2021-06-29")]


def test_a_police_department_saying_something_in_a_report_makes_no_case():
    proposals = read(
        plain(
            "The police department said in a report released on Tuesday that it ran 300 face "
            "searches last year.",
            published="2021-06-29",
        )
    )
    assert proposals == []
