"""Readings first met in round oe of news the reader had not seen (bench/reading_unseen):
European regulators and Budapest's Pride. A regulator that said it would make enquiries opens
an inquiry; what a body said, in an "after" clause, is its own act apart from the one the
sentence reports; "earlier in the week" dates to the month."""

from .reading_helpers import iso, plain, read


def test_a_regulator_that_will_make_enquiries_opens_an_inquiry():
    for text in (
        "The Federal Trade Commission said on Tuesday that it would make enquiries into Acme.",
        "The Federal Trade Commission said it will be making inquiries about Acme's scanners.",
    ):
        proposals = read(plain(text, published="2023-07-26"))
        assert [p.action_type for p in proposals] == ["enforcement"], text
    first = "The Federal Trade Commission said on Tuesday that it would make enquiries into Acme."
    assert iso(read(plain(first, published="2023-07-26"))[0]) == "2023-07-25"


def test_a_company_that_will_make_enquiries_opens_nothing():
    proposals = read(
        plain("Acme said it would make enquiries into the leak.", published="2023-07-26")
    )
    assert proposals == []


def test_what_another_body_said_before_an_act_is_an_act_of_its_own():
    proposals = read(
        plain(
            "The Portland City Council said on Friday it had paused the use of facial "
            "recognition, after the Federal Trade Commission said it would be making enquiries.",
            published="2021-10-22",
        )
    )
    assert sorted(p.action_type for p in proposals) == ["enforcement", "moratorium"]


def test_earlier_in_the_week_gives_the_month():
    proposals = read(
        plain(
            "Earlier in the week the Federal Trade Commission fined Acme.", published="2025-06-29"
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2025-06")]
