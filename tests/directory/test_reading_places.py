"""Which places a text names, read as a careful reader would: sentences in, places out."""

from .reading_directory import MATCHER, make_matcher, organisations_in, places_in


def test_a_place_written_after_the_name_decides_it_and_is_named_too():
    assert places_in("Voters in Portland, Maine, approved it.") == [
        "Portland, Maine",
        "Maine, United States",
    ]


def test_a_state_named_elsewhere_in_the_text_decides_a_shared_name():
    text = "The Portland City Council voted on Monday. Maine's largest city joins others."
    assert "Portland, Maine" in places_in(text.replace("The Portland City Council", "Portland"))


def test_without_context_the_much_larger_place_of_a_name_wins():
    assert places_in("Police in Portland used the system.") == ["Portland, Oregon"]


def test_two_places_of_one_name_and_similar_size_need_context():
    assert places_in("Councillors in Cambridge voted.") == []
    assert places_in("The call from Cambridge, England, echoes.") == [
        "Cambridge, England",
        "England, United Kingdom",
    ]


def test_each_qualified_mention_keeps_its_own_place():
    text = "Cambridge, England, and Cambridge, Massachusetts, both acted."
    assert set(places_in(text)) == {
        "Cambridge, England",
        "England, United Kingdom",
        "Cambridge, Massachusetts",
        "Massachusetts, United States",
    }


def test_a_state_in_the_text_places_a_smaller_city_over_a_larger_one():
    assert places_in("Lawmakers in Springfield changed Illinois law.") == [
        "Springfield, Illinois",
        "Illinois, United States",
    ]


def test_places_listed_together_share_their_kind():
    text = "Only Texas and Washington have similar laws."
    assert places_in(text) == ["Texas, United States", "Washington, United States"]
    assert places_in("The Redmond, Washington, company said so.")[1] == "Washington, United States"


def test_washington_alone_is_the_capital():
    assert places_in("Regulators in Washington have been signalling this.") == [
        "Washington, United States"
    ]


def test_new_york_is_the_state_and_new_york_city_the_city():
    assert places_in("New York bans facial recognition in schools.") == ["New York, United States"]
    assert places_in("Clearview is based in New York City.") == ["New York, New York"]


def test_a_place_inside_an_organisations_name_is_not_named():
    assert places_in("The ACLU of Michigan sued.") == []
    assert places_in("Trials by South Wales Police failed.") == []
    assert places_in("Budapest Pride organisers said the march would go ahead.") == []


def test_an_organisation_named_after_a_place_still_places_what_else_the_text_names():
    assert places_in("The ACLU of Michigan represented him. Detroit police agreed.") == [
        "Detroit, Michigan"
    ]


def test_a_city_in_capitals_before_a_dash_is_a_dateline_and_named():
    assert places_in("DETROIT \u2014 The police board voted on Tuesday.") == ["Detroit, Michigan"]
    assert places_in("BOSTON (Wire) \u2014 The council voted.") == ["Boston, Massachusetts"]
    assert places_in("Detroit \u2014 the word opens it.") == []
    assert places_in("READING \u2014 Officials balked.") == []  # no city dominates the name


def test_a_large_city_opening_a_sentence_is_named_when_the_text_names_one_of_its_bodies():
    text = "Detroit bans face recognition.\nThe Detroit City Council voted 7-2."
    assert places_in(text) == ["Detroit, Michigan"]


def test_a_large_city_may_open_a_headline_unless_its_name_is_also_a_word_or_a_person():
    assert places_in("Detroit bans face recognition.") == ["Detroit, Michigan"]
    assert places_in("Mobile phones can unlock with a face.") == []
    matcher = make_matcher(more_places=[(80, "Austin", "city", 18, 961_855, "")])
    assert places_in("Austin said the plan was dead.", matcher) == []
    assert places_in("Austin bans face recognition.", matcher) == []  # a given name too
    assert places_in("Police in Austin ban face recognition.", matcher) == ["Austin, Texas"]


def test_a_large_city_written_as_a_name_mid_sentence_needs_no_context():
    assert places_in("Cameras went up on London streets.") == ["London, England"]
    assert places_in("Officials in Mobile bought cameras.") == ["Mobile, Alabama"]


def test_a_country_keeps_its_meaning_beside_home_places_of_the_same_name():
    assert places_in("Italy fined the U.S. company; Italy's regulator acted.") == [
        "Italy",
        "United States",
    ]


def test_a_county_written_in_full_and_the_only_one_so_called_needs_no_context():
    assert places_in("Agencies in San Diego County will stop using it.") == [
        "San Diego County, California"
    ]
    assert places_in("Agencies in Orange County will stop using it.") == []
    assert places_in("Agencies in Orange County, California, will stop.") == [
        "Orange County, California",
        "California, United States",
    ]


def test_an_area_of_several_words_and_the_only_one_so_called_needs_no_context():
    # The metropolitan counties have no "County" in their names: "Greater Manchester" is as
    # sure a name as "San Diego County"; a one-word area ("Essex") still needs its context.
    areas = [
        (83, "Greater Manchester", "county", 20, None, ""),
        (84, "Essex", "county", 20, None, ""),
    ]
    matcher = make_matcher(more_places=areas)
    text = "Asda runs the trial in five stores in Greater Manchester, the chain said."
    assert places_in(text, matcher) == ["Greater Manchester, England"]
    assert places_in("Schools in Essex bought cameras.", matcher) == []


def test_a_country_is_not_a_town_of_a_state_the_text_names_unless_written_with_it():
    assert places_in("Texas sued; regulators in Italy fined it too.") == [
        "Texas, United States",
        "Italy",
    ]
    assert places_in("Police in Italy, Texas, began using it.") == [
        "Italy, Texas",
        "Texas, United States",
    ]


def test_states_listed_in_a_text_about_another_state_are_the_states_not_its_towns():
    towns = [(60, "Texas", "city", 13, 300, ""), (61, "Washington", "city", 13, 16_000, "")]
    matcher = make_matcher(more_places=towns)
    text = "Illinois passed BIPA in 2008. Texas and Washington also have biometric laws."
    assert places_in(text, matcher) == [
        "Illinois, United States",
        "Texas, United States",
        "Washington, United States",
    ]


def test_a_town_named_like_a_state_is_still_read_with_its_state_written_after_it():
    matcher = make_matcher(more_places=[(60, "Texas", "city", 13, 300, "")])
    assert places_in("Police in Texas, Illinois, began using it.", matcher) == [
        "Texas, Illinois",
        "Illinois, United States",
    ]


def test_a_state_office_after_a_shared_name_makes_it_the_state():
    assert places_in("Washington Gov. Jay Inslee signed it.") == ["Washington, United States"]
    index = make_matcher().name_index
    matcher = make_matcher()
    pk = matcher.read("Washington Gov. Jay Inslee signed it.").places[0]
    assert index.places[pk].kind == "state"
    pk = matcher.read("The Washington governor signed it.").places[0]
    assert index.places[pk].kind == "state"


def test_a_large_city_opening_a_sentence_with_a_possessive_before_a_name_is_named():
    assert places_in("Detroit's Board of Police Commissioners voted.") == ["Detroit, Michigan"]
    assert places_in("Mobile's market share grew.") == []


def test_a_large_city_abroad_in_a_region_of_its_name_is_the_city():
    germany = (60, "Germany", "country", None, None, "DE")
    region = (61, "Hamburg", "state", 60, None, "DE-HH")
    city = (62, "Hamburg", "city", 61, 1_973_896, "")
    matcher = make_matcher(more_places=[germany, region, city])
    pk = matcher.read("The talks in Hamburg ended.").places[0]
    assert pk == 62


def test_a_small_city_with_a_council_of_its_name_is_the_largest_so_called():
    alameda = (63, "Alameda", "city", 26, 78_630, "")
    other = (64, "Alameda", "city", 14, 500, "")
    matcher = make_matcher(more_places=[alameda, other])
    text = "Alameda becomes the latest city to ban it. The Alameda City Council voted."
    assert places_in(text, matcher) == ["Alameda, California"]
    assert places_in("Alameda becomes the latest city to ban it.", matcher) == []


def test_a_state_abroad_whose_name_of_several_words_only_it_has_needs_no_context():
    australia = (65, "Australia", "country", None, None, "AU")
    nsw = (66, "New South Wales", "state", 65, None, "AU-NSW")
    queensland = (67, "Queensland", "state", 65, None, "AU-QLD")
    matcher = make_matcher(more_places=[australia, nsw, queensland])
    assert places_in("It has stores in New South Wales.", matcher) == ["New South Wales, Australia"]
    assert places_in("It has stores in Queensland.", matcher) == []


def test_a_us_state_alone_is_the_state_not_a_province_abroad_of_the_same_name():
    assert places_in("Agencies in Montana must stop using it.") == ["Montana, United States"]


def test_a_laws_name_names_its_place_where_a_courts_name_does_not():
    assert places_in("It broke the Illinois Biometric Information Privacy Act.") == [
        "Illinois, United States"
    ]
    assert places_in("The Illinois Supreme Court heard it.") == []


def test_a_small_towns_name_joined_by_a_possessive_to_another_place_is_one_name():
    matcher = make_matcher(
        more_places=[(60, "King", "city", 17, None, ""), (61, "Cross", "city", 17, None, "")]
    )
    text = "The developer of the King's Cross estate in London stopped."
    assert places_in(text, matcher) == ["London, England"]


def test_a_body_word_that_is_also_a_town_is_no_context_for_other_places():
    matcher = make_matcher(
        more_places=[
            (70, "Missouri", "state", 1, None, "US-MO"),
            (71, "City", "city", 70, None, ""),
            (72, "Springfield", "city", 70, 169_176, ""),
        ]
    )
    text = "Agencies include the City of Detroit. Only Springfield has banned it."
    assert "Springfield, Missouri" not in places_in(text, matcher)
    assert "City, Missouri" not in places_in(text, matcher)


def test_a_name_left_open_in_one_place_means_what_the_text_settles_elsewhere():
    # Jamaica's parish of Portland outranks the city on its name alone in a headline.
    matcher = make_matcher(
        more_places=[
            (81, "Jamaica", "country", None, None, "JM"),
            (82, "Portland", "state", 81, None, "JM-04"),
        ]
    )
    text = "Portland passes the strictest ban\nThe Portland City Council voted on Wednesday."
    assert places_in(text, matcher) == ["Portland, Oregon"]


def test_a_title_case_headline_names_what_a_sentence_would():
    assert places_in("Italy Bans Facial Recognition In Public Places") == ["Italy"]
    assert places_in("Mobile Phones Unlock With A Face Across The Country") == []


def test_a_foreign_region_named_like_a_major_city_at_home_needs_its_country_named():
    assert places_in("Police in Portland used the system.") == ["Portland, Oregon"]
    assert places_in("Police in Portland, Jamaica used it.") == ["Portland, Jamaica", "Jamaica"]


def test_towns_the_text_names_without_a_state_are_those_of_the_state_its_places_are_in():
    text = "Boston follows Somerville, Cambridge and Springfield, which have all banned it."
    assert places_in(text) == [
        "Boston, Massachusetts",
        "Somerville, Massachusetts",
        "Cambridge, Massachusetts",
        "Springfield, Massachusetts",
    ]


def test_a_body_the_directory_places_settles_a_name_both_home_countries_hold():
    text = "The Information Commissioner's Office wrote to councillors in Cambridge."
    assert places_in(text) == ["Cambridge, England"]


def test_naming_one_home_country_settles_a_name_both_home_countries_hold():
    text = "Councillors in Cambridge voted, the first in the UK to do so."
    assert places_in(text) == ["Cambridge, England", "United Kingdom"]


def test_a_major_city_is_not_its_tiny_namesake_in_a_state_the_text_names():
    text = "Alabama passed the law. Supporters pointed to wrongful arrests in Detroit."
    assert places_in(text) == ["Alabama, United States", "Detroit, Michigan"]
    assert "Detroit, Alabama" in places_in("Police in Detroit, Alabama, use it.")


def test_a_name_written_without_its_accents_is_the_place_spelled_with_them():
    assert (
        places_in("Zurich police stopped the trial on Friday, Switzerland's broadcaster said.")[0]
        == "Zürich, Zürich"
    )


def test_a_city_abroad_is_what_the_name_of_the_region_named_after_it_means():
    assert places_in("The police of Zürich stopped the trial.") == ["Zürich, Zürich"]


def test_a_place_ending_a_campaigns_name_is_still_a_place_where_it_stands_alone():
    text = "The campaign, Ban Facial Recognition Denver, needs 8,000 signatures from Denver voters."
    assert places_in(text) == ["Denver, Colorado"]


def test_a_name_the_text_settles_elsewhere_is_that_place_where_it_stands_alone():
    text = "A Georgia man was arrested on the interstate in DeKalb County, Georgia, in November."
    assert "Georgia" not in places_in(text)
    assert "Georgia, United States" in places_in(text)


def test_initials_only_one_place_has_are_that_place_abroad_too():
    assert places_in("Police in B.C. stopped using it.") == ["British Columbia, Canada"]


def test_a_word_that_could_only_be_american_towns_does_not_move_a_world_city_there():
    # "Hilton" is two small American towns and no place the text means; the United States it
    # hints at does not make "London" Kentucky's village of 8,000.
    matcher = make_matcher(more_places=[(80, "Hilton", "city", 19, 5_000, "")])
    text = "Hilton said it had stopped the trial. Its hotels in London never used it."
    assert places_in(text, matcher) == ["London, England"]
    assert "London, Kentucky" in places_in("Police in London, Kentucky, use it.", matcher)


def test_towns_named_like_a_home_nation_take_no_context_from_the_country_either():
    # "Yorkshire" is only American towns here, so the text hints at the United States; England
    # is still the nation, not Kentucky's town of that name.
    towns = [(81, "England", "city", 24, 2_500, ""), (82, "Yorkshire", "city", 19, 1_200, "")]
    matcher = make_matcher(more_places=towns)
    text = "Police in England said so. Yorkshire is considering it."
    assert places_in(text, matcher) == ["England, United Kingdom"]
    assert "England, Kentucky" in places_in("The town of England, Kentucky, voted.", matcher)


def test_a_name_of_small_towns_in_several_states_makes_no_text_american():
    # Two small American towns called Hilton, neither meant: no context for Cambridge.
    towns = [(87, "Hilton", "city", 19, 5_000, ""), (88, "Hilton", "city", 17, 3_000, "")]
    matcher = make_matcher(more_places=towns)
    assert places_in("Councillors in Cambridge voted. Hilton said so.", matcher) == []
    text = "Councillors in Cambridge voted, the first in the U.S. to do so."
    assert places_in(text, matcher)[0] == "Cambridge, Massachusetts"


def test_a_name_a_word_after_it_settles_means_the_same_place_where_it_stands_alone():
    # "the Washington governor" is the state's, and so is "agencies in Washington" after it.
    text = "The Washington governor signed the bill. Agencies in Washington must test systems."
    assert MATCHER.read(text).places == (16,)


def test_parliament_before_what_a_legislature_does_is_the_countrys_wherever_it_stands():
    """ "Parliament passed the revision in 2020", "In 2020, Parliament approved it": the word
    alone before what only a legislature does is the parliament of the country the text is
    about; not "Parliament should settle it", nor "Italy's Parliament" (read as its own)."""
    for text in (
        "Italy's law applies now. Parliament passed the revision in 2020.",
        "Italy's law applies now. In 2020, Parliament approved it.",
    ):
        assert organisations_in(text) == ["Italian Parliament"], text
    assert organisations_in("Italy's law applies now. Parliament should settle it.") == []


def test_parliament_a_body_told_something_is_the_countrys_it_reports_to():
    """ "In June it told Parliament that the police had broken the law": the word alone after a
    verb of telling is the parliament the report went to, of the country the text is about."""
    text = "Italy's law applies now. In June the regulator told Parliament that it was broken."
    assert organisations_in(text) == ["Italian Parliament"]


def test_a_country_after_a_brand_is_the_companys_arm_there_and_still_the_country_elsewhere():
    """ "Vodafone Hungary said ...": a country's name after a capitalised word is a company's
    arm there, not a person's surname that would take the country's other mentions with it."""
    text = "Hungary has acted. Vodafone Hungary said it would comply."
    assert places_in(text) == ["Hungary"]
