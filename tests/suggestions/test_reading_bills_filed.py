"""A bill filed, tabled or sponsored is a bill introduced, however the sentence orders it."""

from .reading_helpers import CALIFORNIA, ITALY, iso, plain, read


def test_lawmakers_who_filed_a_bill_on_a_day_report_the_bill():
    text = "California lawmakers filed a bill on Tuesday that would require warrants for searches."
    proposals = read(plain(text, published="2025-04-02"))
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("bill", CALIFORNIA.pk, "2025-04-01")
    ]


def test_a_bill_said_to_be_filed_before_what_it_would_do_is_the_bill():
    text = "A bill filed in the California Legislature would require warrants for searches."
    proposals = read(plain(text, published="2025-04-02"))
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("bill", CALIFORNIA.pk)]


def test_a_bill_tabled_in_a_parliament_is_a_bill():
    text = "Ministers tabled legislation in the Italian Parliament on Tuesday to ban the cameras."
    proposals = read(plain(text, published="2025-04-02"))
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("bill", ITALY.pk, "2025-04-01")
    ]


def test_what_a_bill_introduced_would_do_is_the_bill_however_far_from_its_verb():
    text = "Ministers introduced a bill in the Italian Parliament on Tuesday to ban the cameras."
    proposals = read(plain(text, published="2025-04-02"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2025-04-01")]
    passed = "The Italian Parliament passed legislation on Tuesday to ban the cameras."
    proposals = read(plain(passed, published="2025-04-02"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("ban", "2025-04-01")]
