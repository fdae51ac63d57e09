"""A sentence that joins the act it reports to what another body will do later: the later
clause's date is that body's plan, not the act's."""

from .reading_helpers import iso, plain, read


def test_a_date_in_a_later_clause_of_what_others_will_do_does_not_date_the_act():
    text = (
        "The Portland City Council paused its plans, and the state's justice committee will "
        "hold hearings in April."
    )
    proposals = read(plain(text, published="2025-03-14"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("moratorium", None)]


def test_the_acts_own_date_still_stands_beside_a_later_clause():
    text = (
        "The Portland City Council paused its plans on Monday, and the state's justice "
        "committee will hold hearings in April."
    )
    proposals = read(plain(text, published="2025-03-14"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("moratorium", "2025-03-10")]
