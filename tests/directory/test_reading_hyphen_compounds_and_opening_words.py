"""A place joined by a hyphen to the word after it ("a Colorado-based company"), which is an
adjective and no description of a person, and a village named like a common word that the
text writes only at the start of a sentence, which is the word."""

from .reading_directory import make_matcher, organisations_in, places_in


def test_a_place_before_based_after_a_is_a_place_not_a_persons_description():
    assert places_in("Acme, a Texas-based company, has not responded.") == ["Texas, United States"]
    assert places_in("Senator Mike Lee of Vermont, a Republican, spoke.") == [
        "Vermont, United States"
    ]


def test_a_name_described_as_a_place_based_company_is_a_company():
    assert organisations_in("Photobucket, a Texas-based company, has not responded.") == [
        "Photobucket"
    ]


def test_a_village_named_like_a_common_word_opening_a_headline_is_the_word():
    # Time, Illinois: "Time clock maker" opens the headline, though the text names the state.
    matcher = make_matcher(more_places=[(90, "Time", "city", 13, 20, "")])
    text = "Time clock maker settles Illinois biometrics case"
    assert places_in(text, matcher) == ["Illinois, United States"]
    assert places_in("He was born in Time, Illinois.", matcher) == [
        "Time, Illinois",
        "Illinois, United States",
    ]
