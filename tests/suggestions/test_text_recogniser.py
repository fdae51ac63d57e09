"""The directory's reader of names as the suggestion reader sees it: records with places."""

from suggestions.text_recogniser import DirectoryRecogniser
from tests.directory.reading_directory import make_matcher

SAN_DIEGO = (57, "San Diego", "city", 26, 1_386_932, "")


def test_a_regional_body_keeps_the_county_the_text_names_over_the_city_its_name_begins_with():
    recogniser = DirectoryRecogniser(make_matcher(more_places=[SAN_DIEGO]))
    text = (
        "San Diego-area police to lose a tool\n\nAgencies in San Diego County will stop, "
        "according to the San Diego Association of Governments."
    )
    (found,) = recogniser.organisations(text)
    assert (found.record.name, found.record.place.name) == (
        "San Diego Association of Governments",
        "San Diego County",
    )


def test_a_candidate_named_after_a_city_the_text_names_belongs_to_it():
    recogniser = DirectoryRecogniser(make_matcher(more_places=[SAN_DIEGO]))
    (found,) = recogniser.organisations("The San Diego City Council voted in San Diego.")
    assert found.record.place.name == "San Diego"


def test_a_candidate_keeps_a_place_its_name_makes_certain_though_the_text_names_it_nowhere_else():
    recogniser = DirectoryRecogniser(make_matcher())
    (found,) = recogniser.organisations("Mid-session, the Mississippi State Senate voted.")
    assert (found.record.name, found.record.place.name) == (
        "Mississippi State Senate",
        "Mississippi",
    )


def test_a_candidate_named_after_an_uncertain_place_keeps_none():
    recogniser = DirectoryRecogniser(make_matcher())
    (found,) = recogniser.organisations("Mid-session, the Springfield Valley Council voted.")
    assert found.record.place is None
