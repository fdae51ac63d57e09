"""Readings first met in round lb of news the reader had not seen (bench/reading_unseen): an
ordinance introduced is a council's bill, as a bill introduced is a legislature's."""

from .reading_helpers import iso, plain, read


def test_an_ordinance_introduced_is_a_bill_proposed():
    proposals = read(
        plain(
            "The council on Thursday introduced an ordinance that would ban the police from "
            "using facial recognition.",
            published="2025-05-16",
        )
    )
    assert [(p.action_type, p.status, iso(p)) for p in proposals] == [
        ("bill", "proposed", "2025-05-15")
    ]


def test_a_committee_that_voted_to_advance_a_named_act_takes_a_step_on_a_bill():
    # Round ud: "voted 53-2 on Wednesday to advance the American Data Privacy and Protection
    # Act" was not read, the act being named rather than called "the bill".
    proposals = read(
        plain(
            "The House Energy and Commerce Committee voted 53-2 on Wednesday to advance the "
            "American Data Privacy and Protection Act, which covers face scans.",
            published="2022-07-21",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2022-07-20")]
