"""A body described in lower case and named only by the initials beside it ("Morocco's data
protection commission, the CNDP, announced ...")."""

from .reading_directory import organisations_in


def test_initials_set_off_after_a_body_described_in_lower_case_name_that_body():
    assert organisations_in(
        "Morocco's data protection commission, the CNDP, announced a moratorium."
    ) == ["CNDP"]


def test_initials_in_brackets_after_a_body_described_in_lower_case_name_that_body():
    assert organisations_in("The country's data protection authority (CNDP) said so.") == ["CNDP"]


def test_a_places_initials_after_a_body_word_name_no_body():
    assert organisations_in("The court (UK) ruled on Monday.") == []
