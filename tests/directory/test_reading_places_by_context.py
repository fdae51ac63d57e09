"""Places read from what else the text says, as rounds ap to ax of unseen news taught: a
person's name lists no town, a nationality is context for its country, a count is no first
name, a state beside a state, a state that holds a city named, a province over its city."""

from .reading_directory import make_matcher, organisations_in, places_in


def test_a_persons_name_after_and_lists_no_town_beside_a_state():
    # Vermont, Illinois and Elizabeth, Illinois: "Vermont and Elizabeth" is no list of towns.
    matcher = make_matcher(
        more_places=[(76, "Vermont", "city", 13, None, ""), (77, "Elizabeth", "city", 13, None, "")]
    )
    text = "Bernie Sanders of Vermont and Elizabeth Warren of Massachusetts wrote to the agency."
    assert places_in(text, matcher) == ["Vermont, United States", "Massachusetts, United States"]


PALESTINE = (76, "Palestine", "country", None, None, "PS")
HEBRON_GOVERNORATE = (77, "Hebron", "state", 76, None, "PS-HBN")
HEBRON = (78, "Hebron", "city", 76, 160_470, "")  # filed under the country, beside its region
HEBRON_ILLINOIS = (79, "Hebron", "city", 13, None, "")


def test_a_nationality_is_context_for_its_countrys_places():
    matcher = make_matcher(more_places=[PALESTINE, HEBRON_GOVERNORATE, HEBRON, HEBRON_ILLINOIS])
    text = "The army tracks Palestinians through checkpoints in Hebron, the report says."
    assert places_in(text, matcher) == ["Hebron, Palestine"]
    assert matcher.read(text).places == (78,)  # the city of that name, not its governorate


def test_a_count_that_opens_a_sentence_is_no_first_name():
    assert places_in("Three U.S. senators wrote to the company.") == ["United States"]


def test_a_state_beside_a_state_whose_name_a_town_shares_is_a_state():
    # Louisiana, Missouri shares its name with the state: it still makes Georgia a state.
    matcher = make_matcher(
        more_places=[
            (76, "Louisiana", "state", 1, None, "US-LA"),
            (77, "Louisiana", "city", 17, None, ""),
        ]
    )
    text = "Bill Cassidy of Louisiana and Jon Ossoff of Georgia wrote to the company."
    assert places_in(text, matcher) == ["Louisiana, United States", "Georgia, United States"]


def test_a_state_that_holds_a_city_the_text_names_is_named_by_it():
    matcher = make_matcher(
        more_places=[
            (76, "India", "country", None, None, "IN"),
            (77, "Telangana", "state", 76, None, "IN-TG"),
            (78, "Hyderabad", "city", 77, 6_809_970, ""),
            (79, "Pakistan", "country", None, None, "PK"),
            (80, "Sindh", "state", 79, None, "PK-SD"),
            (81, "Hyderabad", "city", 80, 1_732_693, ""),
        ]
    )
    text = "Groups launched a campaign in Hyderabad. Police in the capital of Telangana object."
    assert places_in(text, matcher) == ["Hyderabad, Telangana", "Telangana, India"]


QUEBEC = (76, "Quebec", "state", 8, None, "CA-QC")
QUEBEC_CITY = (77, "Québec", "city", 76, 531_902, "")
QUEBEC_REGULATOR = (119, "Commission d'accès à l'information du Québec", "regulator", 76)


def test_a_text_that_speaks_of_the_province_means_the_province_not_its_city():
    matcher = make_matcher(more_places=[QUEBEC, QUEBEC_CITY], more_organisations=[QUEBEC_REGULATOR])
    text = (
        "Quebec adopts a privacy overhaul. Quebec's legislature on Tuesday changed the "
        "province's privacy law, which obliges firms to tell the Commission d'accès à "
        "l'information du Québec of their biometric databases."
    )
    assert places_in(text, matcher) == ["Quebec, Canada"]


def test_a_longer_name_of_one_place_does_not_decide_the_shorter_one():
    text = "The New York City Council passed a bill. New York's attorney general sued."
    assert 19 in make_matcher().read(text).places  # the state


def test_a_name_that_ends_a_phrase_after_a_describes_a_person_not_a_town():
    # Republican, Illinois: "a Republican" after a senator's name is his party.
    matcher = make_matcher(more_places=[(76, "Republican", "city", 13, None, "")])
    text = (
        "Senator Chris Coons of Texas, a Democrat, and Senator Mike Lee of Vermont, a Republican."
    )
    assert places_in(text, matcher) == ["Texas, United States", "Vermont, United States"]
    # It still qualifies the noun after it: "a Detroit firm" names Detroit.
    assert places_in("The city hired a Detroit firm.") == ["Detroit, Michigan"]


def test_a_party_before_a_place_is_no_first_name():
    # "Democratic" describes the senators; the country after it is no person's surname.
    assert places_in("Five Democratic U.S. senators wrote to the company.") == ["United States"]
    assert places_in("Two Republican Texas lawmakers filed the bill.") == ["Texas, United States"]


def test_a_city_before_its_airports_name_is_named_in_a_text_about_airports():
    # "London Heathrow": the airport of London, where the text speaks of airports.
    text = "Passengers at London Heathrow can board by face, the airport said."
    assert places_in(text) == ["London, England"]
    # Without the word, the capitalised word after it may be a surname ("London Breed").
    assert places_in("Passengers at London Heathrow can board by face.") == []
    # A small town's name before another word stays part of a name.
    assert places_in("Staff at Williams Heathrow said the airport is shut.") == []


def test_a_city_before_its_terminus_is_named_in_a_text_about_stations():
    # "London Euston": the station of London, where the text speaks of stations.
    text = "The trials covered stations including London Euston and Leeds."
    assert places_in(text) == ["London, England"]
    assert places_in("The trials covered London Euston.") == []


def test_a_place_inside_a_bodys_name_is_no_persons_surname():
    # "BAA London Airports" is a company, not a person called London: London stays a place
    # where it stands alone, and the operator of airports is read as a company.
    text = "BAA London Airports said the gates at London Gatwick would close."
    assert places_in(text) == ["London, England"]
    assert organisations_in(text) == ["BAA London Airports"]
