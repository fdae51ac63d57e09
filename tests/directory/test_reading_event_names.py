"""A name after "the" and a year names an event ("the 2025 Jubilee"), not a town that would
put the text in its state."""

from .reading_directory import make_matcher, places_in

MATCHER = make_matcher(
    more_places=[
        (901, "Lazio", "state", 5, None, "IT-62"),
        (902, "Rome", "city", 901, 2_872_800, ""),
        (903, "Rome", "city", 13, 1_700, ""),  # Illinois' village
        (904, "Jubilee", "city", 13, 2_400, ""),  # Illinois' township, named like a feast
    ]
)


def test_a_name_after_the_and_a_year_is_an_event_and_no_context():
    text = "Rome will explain its plans for cameras before the 2025 Jubilee."
    assert places_in(text, MATCHER) == ["Rome, Lazio"]
    text = "Officials in Illinois said cameras would be ready for the 2025 Jubilee."
    assert places_in(text, MATCHER) == ["Illinois, United States"]


def test_a_name_after_a_year_that_a_noun_follows_is_still_a_place():
    text = "Officials in Illinois said the 2025 Jubilee parade was cancelled."
    assert "Jubilee, Illinois" in places_in(text, MATCHER)
