"""Places first met in round kb of news the reader had not seen (bench/reading_unseen): a city
that ends a body's name joined by "of" ("the University of Technology Sydney") is no person's
name, so the city named alone elsewhere in the text stays a place."""

from .reading_directory import make_matcher, places_in

AUSTRALIA = (901, "Australia", "country", None, None, "AU")
NEW_SOUTH_WALES = (902, "New South Wales", "state", 901, None, "AU-NSW")
SYDNEY = (903, "Sydney", "city", 902, 5_000_000, "")
SYDNEY_NOVA_SCOTIA = (904, "Sydney", "city", 28, 30_000, "")  # a namesake in Canada
MATCHER = make_matcher(more_places=[AUSTRALIA, NEW_SOUTH_WALES, SYDNEY, SYDNEY_NOVA_SCOTIA])


def test_a_city_ending_a_university_of_name_leaves_the_city_named_alone_a_place():
    text = (
        "Sydney researchers publish a model law. The report by the University of Technology "
        "Sydney proposes rules for Australia."
    )
    assert "Sydney, New South Wales" in places_in(text, MATCHER)


def test_a_city_after_a_person_s_first_name_is_still_the_person():
    text = "Police Commissioner William Sydney spoke. Sydney said the rules for Australia work."
    assert "Sydney, New South Wales" not in places_in(text, MATCHER)
