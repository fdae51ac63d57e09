"""A Title Case headline shortens a body's name ("Portland Council Bans ...") that the text
names in full ("The Portland City Council voted ..."): the same body, named once."""

from .reading_directory import organisations_in


def test_a_headlines_council_without_city_is_the_city_council_the_text_names():
    assert organisations_in(
        "Portland Council Bans Facial Recognition\n\nThe Portland City Council in Maine voted "
        "on Monday to ban it."
    ) == ["Portland City Council"]


def test_a_headlines_police_without_state_is_the_state_police_the_text_names():
    assert organisations_in(
        "Maine Police Drop Face Searches\n\nThe Maine State Police said it had stopped."
    ) == ["Maine State Police"]
