"""A measure for federal bodies in a text that names no place at all is the United States'
("Senator Ed Markey and Rep. Pramila Jayapal introduced a bill to ban federal use of ...")."""

from .reading_helpers import US, iso, plain, read


def test_a_bill_to_bind_federal_agencies_in_a_text_of_no_place_is_the_united_states():
    text = "Two lawmakers on Thursday introduced a bill to ban federal use of face recognition."
    proposals = read(plain(text, title="Lawmakers move on face scans", published="2025-06-27"))
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("bill", US.pk, "2025-06-26")
    ]


def test_a_text_that_names_its_place_keeps_it():
    text = "Italian lawmakers on Thursday introduced a bill to ban federal use of face scans."
    proposals = read(plain(text, title="Lawmakers move on face scans", published="2025-06-27"))
    assert [p.jurisdiction_id for p in proposals] != [US.pk]
