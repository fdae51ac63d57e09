"""A landform's name, first met in round se of news the reader had not seen
(bench/reading_unseen): "the upper North Island" ends in the landform's word after a
capitalised one, and names no town called Island (in Kentucky, whose Wellington it then drew
a New Zealand dateline to)."""

from .reading_directory import make_matcher, places_in

_ISLAND = (91, "Island", "city", 24, None, "")  # a town in Kentucky


def test_a_landforms_word_after_a_capitalised_one_is_no_town():
    matcher = make_matcher(more_places=[_ISLAND])
    text = "Stores across the North Island, and one in Kentucky, took part."
    assert places_in(text, matcher) == ["Kentucky, United States"]


def test_the_word_alone_with_its_state_is_still_the_town():
    matcher = make_matcher(more_places=[_ISLAND])
    assert places_in("Stores in Island, Kentucky, took part.", matcher) == [
        "Island, Kentucky",
        "Kentucky, United States",
    ]
