"""State and local news from the United States, as round ee of unseen news taught: a
delegate's title abbreviated is no state, the people of a state are no company, and of the
states a text names the one it is about owns its bare "Legislature" and breaks a tie between
two small towns of one name."""

from .reading_directory import make_matcher, organisations_in, places_in

DELAWARE = (76, "Delaware", "state", 1, None, "US-DE")
MARYLAND = (77, "Maryland", "state", 1, None, "US-MD")
ABBREVIATIONS = [(76, "Del.", True, False), (77, "Md.", True, False)]


def test_a_delegates_title_abbreviated_before_a_name_is_no_state():
    matcher = make_matcher(more_places=[DELAWARE, MARYLAND], more_place_aliases=ABBREVIATIONS)
    text = "Del. Mark Fisher, a Republican, sponsored the Maryland bill."
    assert places_in(text, matcher) == ["Maryland, United States"]


def test_a_states_abbreviation_after_a_party_is_the_state():
    matcher = make_matcher(more_places=[DELAWARE, MARYLAND], more_place_aliases=ABBREVIATIONS)
    text = "Sen. Chris Coons, D-Del., wrote to the company."
    assert places_in(text, matcher) == ["Delaware, United States"]


def test_the_people_of_a_state_are_no_company():
    text = "The bill would have let Vermonters sue companies that mishandle their data."
    assert organisations_in(text) == []


def test_a_bare_legislature_is_of_the_state_the_text_is_about():
    text = (
        "Vermont's governor vetoed the privacy bill on Thursday. The Legislature passed it last "
        "month. Only Illinois' law gives people a comparable right to sue. Vermont lawmakers "
        "return on Monday, and Vermont businesses welcomed the veto."
    )
    assert "Vermont General Assembly" in organisations_in(text)


BRADFORD_ILLINOIS = (78, "Bradford", "city", 13, 700, "")  # listed first: a tie went to it
BRADFORD_VERMONT = (79, "Bradford", "city", 25, 800, "")


def test_a_small_town_is_of_the_state_the_text_is_about():
    matcher = make_matcher(more_places=[BRADFORD_ILLINOIS, BRADFORD_VERMONT])
    text = (
        "Vermont's governor vetoed the bill. Only Illinois' law lets people sue. Vermont "
        "lawmakers return on Monday, said a Bradford Democrat who wrote the Vermont bill."
    )
    assert "Bradford, Vermont" in places_in(text, matcher)


def test_the_state_a_text_is_about_does_not_outweigh_a_city_of_some_size():
    # Cambridge, Maine, a village, beside Massachusetts' city of 110,000.
    matcher = make_matcher(more_places=[(78, "Cambridge", "city", 10, 460, "")])
    text = (
        "Maine's largest city banned the technology. Maine joins, among others, Cambridge "
        "and Somerville in Massachusetts, said the ACLU of Maine."
    )
    assert "Cambridge, Massachusetts" in places_in(text, matcher)


def test_a_numbered_streets_compass_word_is_no_town():
    matcher = make_matcher(more_places=[(78, "West", "city", 17, 200, "")])  # Michigan's
    text = "Cameras recorded a Michigan man in a mail room on West 113th Street."
    assert places_in(text, matcher) == ["Michigan, United States"]


def test_a_towns_name_that_ends_a_double_surname_is_no_town():
    matcher = make_matcher(more_places=[(78, "Madison", "city", 18, 11_000, "")])  # Texas'

    text = "Council Member Natasha Harper-Madison voted for the resolution in Texas."
    assert places_in(text, matcher) == ["Texas, United States"]


def test_the_state_supreme_court_in_a_new_york_text_is_new_yorks():
    text = "A judge of the State Supreme Court ruled on a face search in a New York burglary case."
    assert organisations_in(text) == ["New York State Supreme Court"]


def test_a_bare_state_police_is_the_police_of_the_one_state_the_text_names():
    text = "In Massachusetts, officers must send a written request to the State Police."
    assert organisations_in(text) == ["Massachusetts State Police"]
