"""Banks, a central bank among them, are organisations named by the word "bank" ("the State
Bank of Vietnam", "the Reserve Bank of India"), as a court or a ministry is by its own word; a
bank in lower case is no name."""

from .reading_directory import organisations_in


def test_a_bank_of_a_country_is_an_organisation():
    text = "The rule was issued by the State Bank of Vietnam in December."
    assert organisations_in(text) == ["State Bank of Vietnam"]


def test_a_bank_in_lower_case_is_no_name():
    assert organisations_in("Customers queued at a Hanoi bank on Saturday.") == []
