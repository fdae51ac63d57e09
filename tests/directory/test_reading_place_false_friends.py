"""Words and names a careful reader does not take for places: people, common words, sentence
openers."""

from .reading_directory import make_matcher, places_in


def test_a_place_that_is_part_of_a_persons_name_is_not_a_place():
    assert places_in("Mayor London Breed put it on the ballot. Breed, who faces re-election.") == []
    text = "The ACLU of Michigan represented Robert Williams. Michigan police paid Williams."
    assert places_in(text) == ["Michigan, United States"]


def test_jackson_the_surname_is_not_a_town_but_jackson_mississippi_is():
    assert places_in("The law, said Jackson, was overdue.") == []
    assert places_in("Jackson, Mississippi. The council voted.") == [
        "Jackson, Mississippi",
        "Mississippi, United States",
    ]


def test_common_words_that_are_towns_need_context():
    assert places_in("Mobile phones can unlock with a face.") == []
    assert places_in("Reading the report, officials balked.") == []
    assert places_in("Officials in reading rooms.") == []
    assert places_in("It was passed in May by Illinois lawmakers.") == ["Illinois, United States"]


def test_a_lower_case_word_is_never_a_place():
    assert places_in("the portland of it") == []


def test_the_commonwealth_is_no_place_of_that_name():
    matcher = make_matcher(more_places=[(83, "Commonwealth", "city", 1, 198_285, "")])
    assert places_in("The Commonwealth's capital joined a growing list.", matcher) == []


def test_a_title_case_headlines_auxiliary_verb_is_no_town_of_that_name():
    # Will, Illinois: "Will" is the headline's verb, though the text names the state.
    matcher = make_matcher(more_places=[(84, "Will", "city", 13, None, "")])
    text = "Clearview Says It Will Stop Selling To Companies Based In Illinois"
    assert places_in(text, matcher) == ["Illinois, United States"]
    assert places_in("Police In Will, Illinois, Drop Face Searches", matcher)[0] == "Will, Illinois"


def test_a_capitalised_word_for_people_is_not_the_town_of_that_name():
    text = "Alabama passed the law after Black men were wrongly arrested."
    assert places_in(text) == ["Alabama, United States"]
    assert "Black, Alabama" in places_in("The town of Black, Alabama, voted.")


def test_a_portfolio_is_no_town_of_its_name():
    assert places_in("Michigan's senators wrote to the Home Secretary.") == [
        "Michigan, United States"
    ]
    assert places_in("Police in Home, Michigan, stopped using it.")[0] == "Home, Michigan"


def test_a_persons_first_name_is_no_context_for_the_town_of_that_name():
    assert places_in("Residents of Home met James Cleverly on Friday.") == []


def test_a_sentence_opening_with_man_tells_of_a_man_not_of_a_large_town_abroad():
    matcher = make_matcher(more_places=[(84, "Man", "city", 4, 188_704, "")])
    text = "Man wrongly arrested over a face match sues Detroit police."
    assert places_in(text, matcher) == ["Detroit, Michigan"]


def test_a_question_that_opens_with_its_verb_names_the_place_after_it():
    """ "Did Texas not already protect biometric data?": the verb opens the question, no one's
    first name, so the place is named there and wherever else the text names it."""
    assert places_in("Maine police acted. Did Maine not already ban it?") == [
        "Maine, United States"
    ]
    assert places_in("Is Maine next?") == ["Maine, United States"]


def test_a_comparison_that_opens_a_sentence_names_the_place_after_it():
    """ "Compare Illinois.", "Unlike Oregon, ...": the comparing word is no one's first name."""
    assert "Texas, United States" in places_in("Maine's law is weaker. Compare Texas.")
    assert "Oregon, United States" in places_in("Unlike Oregon, Maine lets people sue.")
