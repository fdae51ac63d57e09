"""Names first met in round jb of news the reader had not seen (bench/reading_unseen): a body's
initials in brackets after its name are its short form, there and later in the text, not a
place spelt the same."""

from .reading_directory import make_matcher, organisations_in, places_in

# pk, name, kind, parent, population, iso code
PERU = (95, "Peru", "country", None, None, "PE")
ICA = (96, "Ica", "city", 95, 280000, None)
MATCHER = make_matcher(more_places=[PERU, ICA])


def test_initials_in_brackets_after_a_bodys_name_are_no_place():
    text = "The law lets the Immigration and Checkpoints Authority (ICA) use face scans."
    assert organisations_in(text, MATCHER) == ["Immigration and Checkpoints Authority"]
    assert places_in(text, MATCHER) == []


def test_the_same_initials_later_in_the_text_are_still_the_body():
    text = (
        "The law lets the Immigration and Checkpoints Authority (ICA) use face scans. "
        "The data will stay with the ICA."
    )
    assert places_in(text, MATCHER) == []


def test_the_city_spelt_the_same_is_still_a_place_where_no_name_gives_the_initials():
    assert places_in("The data will stay with the ICA.", MATCHER) == ["Ica, Peru"]
