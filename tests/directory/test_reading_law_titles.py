"""A place's name inside a law's name: the law's place, or a word of its title."""

from .reading_directory import make_matcher, organisations_in, places_in

# A large town named like a given name, and one named like a common word.
_NAMESAKES = [
    (80, "George", "city", 4, 188_580, ""),
    (81, "Sale", "city", 4, 972_299, ""),
    (82, "Justice", "city", 13, 12_600, ""),
]


def test_a_given_name_opening_a_laws_name_is_the_person_it_honours_not_a_place():
    matcher = make_matcher(more_places=_NAMESAKES)
    text = "The House passed the George Floyd Justice in Policing Act, which limits cameras."
    assert places_in(text, matcher) == []


def test_a_common_word_inside_a_laws_title_is_no_place():
    matcher = make_matcher(more_places=_NAMESAKES)
    text = "The House passed the Fourth Amendment Is Not For Sale Act, which limits brokers."
    assert places_in(text, matcher) == []


def test_a_small_towns_name_inside_a_laws_title_is_no_place_though_its_state_is_named():
    matcher = make_matcher(more_places=_NAMESAKES)
    text = "The House passed the Justice in Policing Act, which a senator from Illinois backs."
    assert places_in(text, matcher) == ["Illinois, United States"]


def test_a_place_with_no_other_sense_still_names_its_laws_place():
    matcher = make_matcher(more_places=_NAMESAKES)
    text = "It broke the Illinois Biometric Information Privacy Act."
    assert places_in(text, matcher) == ["Illinois, United States"]


def test_a_laws_name_ends_at_its_head_so_a_small_town_opening_it_is_no_place():
    matcher = make_matcher(more_places=[(83, "Freedom", "city", 19, 2_400, "")])
    text = (
        "The New York Civil Liberties Union asked for the records under the Freedom of "
        "Information Act in January."
    )
    assert places_in(text, matcher) == []


def test_the_subject_after_act_on_the_in_a_laws_title_is_no_body():
    text = (
        "The National Assembly passed the Framework Act on the Development of Artificial "
        "Intelligence and Establishment of Trust on Thursday."
    )
    assert organisations_in(text) == ["National Assembly"]
