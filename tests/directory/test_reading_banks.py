"""Banks, a central bank among them, are organisations named by the word "bank" ("the State
Bank of Vietnam", "the Reserve Bank of India"), as a court or a ministry is by its own word; a
bank in lower case is no name."""

from .reading_directory import MATCHER, organisations_in


def test_a_bank_of_a_country_is_an_organisation():
    text = "The rule was issued by the State Bank of Vietnam in December."
    assert organisations_in(text) == ["State Bank of Vietnam"]


def test_a_bank_in_lower_case_is_no_name():
    assert organisations_in("Customers queued at a Hanoi bank on Saturday.") == []


def _candidate_kinds(text):
    return [value.kind for key, value in MATCHER.read(text).organisations if key == "candidate"]


def test_a_central_bank_is_a_regulator_and_another_bank_a_company():
    assert _candidate_kinds("The State Bank of Vietnam issued the rule.") == ["regulator"]
    assert _candidate_kinds("The Reserve Bank of India issued the rule.") == ["regulator"]
    assert _candidate_kinds("Customers of the Bank of Lagos objected.") == ["company"]
