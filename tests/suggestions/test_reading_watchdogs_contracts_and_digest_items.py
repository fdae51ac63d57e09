"""Readings first met in round qd of news the reader had not seen (bench/reading_unseen): an
inspector general's or auditor's report told in other words, a supplier shut out of a
government's contracts, a measure word inside a bill's name, a regulator's order that makes a
company pay, a newsletter's numbered items, and a report dated to the day by a related item."""

from .reading_helpers import ACME, COUNCIL, feed, iso, item, plain, read


def test_an_inspector_general_releasing_a_report_makes_its_case_that_day():
    proposals = read(
        plain(
            "The Office of Inspector General released a report on Wednesday on the breach at "
            "a contractor.",
            published="2020-09-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2020-09-23")]


def test_an_auditor_saying_what_the_agencies_it_surveyed_do_makes_its_case():
    proposals = read(
        plain(
            "The Government Accountability Office said on Tuesday that 18 of the 24 agencies it "
            "surveyed used facial recognition in 2020.",
            published="2021-08-25",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2021-08-24")]


def test_a_report_told_after_its_findings_is_dated_by_its_own_clause():
    proposals = read(
        plain(
            "Most departments surveyed by the City Council used face recognition in 2020, its "
            "report found last week.",
            published="2021-09-01",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2021-08")]


def test_an_agency_suspending_a_company_from_its_contracts_sanctions_the_company():
    proposals = read(
        plain(
            "The agency suspended Acme from new federal contracts later in 2019.",
            published="2020-09-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2019")]
    assert ACME.pk in [pk for pk, _role in proposals[0].organisations]


def test_a_moratorium_in_a_bills_name_is_the_bill_even_in_a_capitalised_sentence():
    proposals = read(
        plain(
            "Senators Ed Markey and Jeff Merkley reintroduced the Facial Recognition and "
            "Biometric Technology Moratorium Act on Tuesday.",
            published="2021-06-16",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2021-06-15")]


def test_a_proposed_order_under_which_a_company_will_pay_is_enforcement():
    proposals = read(
        plain(
            "Under a proposed order filed in federal court in Washington, D.C., Acme will pay "
            "$5.8 million to be returned to customers.",
            published="2023-06-02",
        )
    )
    assert [p.action_type for p in proposals] == ["enforcement"]


def test_a_newsletters_numbered_items_are_two_orders_each_dated_by_its_lede():
    proposals = read(
        plain(
            "1. Acme to pay $5.8 million over employees watching videos\n\n"
            "The FTC said on Wednesday that Acme had let employees watch customers' videos.\n\n"
            "Under a proposed order, Acme will pay $5.8 million.\n\n"
            "2. Meta to pay $25 million over children's recordings\n\n"
            "In a second case announced the same day, the FTC said Meta kept children's "
            "recordings for years.\n\n"
            "The proposed order requires Meta to pay a $25 million civil penalty.",
            published="2023-06-02",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [
        ("enforcement", "2023-05-31"),
        ("enforcement", "2023-05-31"),
    ]


def test_a_report_dated_last_week_takes_the_day_a_related_item_gives_it():
    proposals = read(
        feed(
            "The federal government is buying more face recognition",
            "The Government Accountability Office said in a report released last week that "
            "most agencies use face recognition.",
            published="2021-09-01",
            related=[
                item(
                    "GAO: most agencies use face recognition",
                    "The Government Accountability Office said on Tuesday that 18 of 24 "
                    "agencies it surveyed used face recognition.",
                    published="2021-08-25",
                )
            ],
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2021-08-24")]


def test_the_body_a_watchdog_is_the_arm_of_is_no_party_to_its_report():
    proposals = read(
        plain(
            "The Office of Inspector General, the audit arm of the City Council, released "
            "a report on Tuesday on face searches.",
            published="2021-06-30",
        )
    )
    assert [p.action_type for p in proposals] == ["campaign"]
    assert COUNCIL.pk not in [pk for pk, _role in proposals[0].organisations]
