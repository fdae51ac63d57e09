"""A dateline names a city, first met in round re of news the reader had not seen
(bench/reading_unseen): "NEW YORK — A state judge ..." is New York City, though the state has
the name too and the text names the New York State Supreme Court; and a city whose name ends
in "City" has a "City Council", not a "City City Council"."""

from .reading_directory import make_matcher, organisations_in, places_in


def test_a_dateline_names_the_city_of_a_name_a_state_shares():
    assert places_in("NEW YORK — The council voted on Monday.") == ["New York, New York"]


def test_a_dateline_stays_the_city_beside_a_body_of_the_state():
    text = "NEW YORK — A judge of the New York State Supreme Court ruled on Monday."
    assert places_in(text) == ["New York, New York"]


def test_a_city_named_city_has_one_city_council():
    matcher = make_matcher(more_places=[(90, "Jersey City", "city", 19, 292_449, "")])
    text = "Jersey City residents spoke before the City Council voted on Monday."
    assert organisations_in(text, matcher) == ["Jersey City Council"]
