"""Organisations named by their place, as a careful reader tells them: a city's council and police
described in words, a state's or a country's legislature and regulator named by possessive,
nationality or alone, a group's branch, a court by its seat: sentences in, names out."""

from directory.recognition import Candidate

from .reading_directory import MATCHER, make_matcher, organisations_in, places_in

SAN_DIEGO = (57, "San Diego", "city", 26, 1_386_932, "")


def test_a_city_police_in_lower_case_is_its_police_department():
    assert organisations_in("The ACLU of Michigan said Detroit police agreed.") == [
        "ACLU of Michigan",
        "Detroit Police Department",
    ]


def test_a_city_police_capitalised_before_a_chiefs_title_is_its_police_department():
    text = "Detroit Police Chief James Craig said the department would stop."
    assert organisations_in(text) == ["Detroit Police Department"]


def test_a_city_council_described_in_words_is_the_citys_council():
    assert organisations_in("The city council of Detroit voted 7-2.") == ["Detroit City Council"]
    assert organisations_in("Detroit's city council voted.") == ["Detroit City Council"]
    assert organisations_in("The Detroit city council voted.") == ["Detroit City Council"]
    keys = MATCHER.read("The Detroit city council voted.").organisations
    assert keys == (("organisation", 106),)  # the one the directory knows, tied to Detroit


def test_a_council_of_a_place_that_is_no_city_is_no_organisation():
    assert organisations_in("The city council of Michigan said so.") == []


def test_a_countrys_parliament_belongs_to_the_country():
    keys = MATCHER.read("Hungary's National Assembly passed a law.").organisations
    assert keys == (("candidate", Candidate("National Assembly", "government", 3)),)


def test_a_body_of_a_regions_governments_belongs_to_the_county_not_the_city():
    matcher = make_matcher(more_places=[SAN_DIEGO])
    text = "Agencies in San Diego County will stop, the San Diego Association of Governments said."
    assert matcher.read(text).organisations == (
        ("candidate", Candidate("San Diego Association of Governments", "government", 54)),
    )


def test_a_city_body_stays_the_citys_though_a_county_is_named_like_it():
    matcher = make_matcher(more_places=[SAN_DIEGO])
    text = "In San Diego County, the San Diego City Council voted."
    assert matcher.read(text).organisations == (
        ("candidate", Candidate("San Diego City Council", "government", 57)),
    )


def test_a_states_body_named_with_a_possessive_takes_the_states_name():
    assert organisations_in("Vermont's General Assembly passed it.") == ["Vermont General Assembly"]
    assert organisations_in("Oregon's State Police objected.") == ["Oregon State Police"]


def test_a_countrys_body_named_with_a_possessive_keeps_its_own_name():
    assert organisations_in("Hungary's National Assembly passed it.") == ["National Assembly"]


def test_a_possessive_body_with_a_name_of_its_own_keeps_it():
    assert organisations_in("Oregon's Privacy Advisory Commission met.") == [
        "Privacy Advisory Commission"
    ]


def test_a_groups_chapter_in_a_state_is_its_branch_there():
    assert organisations_in("The Oregon chapter of the ACLU backed both.") == ["ACLU of Oregon"]
    assert organisations_in("The ACLU's Oregon chapter backed both.") == ["ACLU of Oregon"]
    assert places_in("The Oregon chapter of the ACLU backed both.") == []


def test_a_section_named_by_an_adjective_is_the_group_itself():
    text = "Amnesty International's French section objected."
    assert organisations_in(text) == ["Amnesty International"]


def test_a_countrys_privacy_regulator_described_in_words_is_the_one_the_directory_knows():
    assert organisations_in("Italy's data protection authority fined it.") == [
        "Garante per la protezione dei dati personali"
    ]
    assert organisations_in("Italy's privacy watchdog fined it.") == [
        "Garante per la protezione dei dati personali"
    ]
    assert places_in("Italy's privacy watchdog fined it.") == ["Italy"]
    assert organisations_in("France's data protection authority fined it.") == []


def test_a_force_named_with_its_place_after_the_word_police():
    scotland = (58, "Scotland", "state", 2, None, "GB-SCT")
    matcher = make_matcher(more_places=[scotland])
    text = "Police Scotland said so. It is policing by consent in Scotland."
    assert organisations_in(text, matcher) == ["Police Scotland"]
    assert places_in(text, matcher) == ["Scotland, United Kingdom"]


def test_a_legislature_named_bare_belongs_to_the_one_state_the_text_names():
    assert organisations_in("A Vermont law took effect. The General Assembly passed it.") == [
        "Vermont General Assembly"
    ]
    assert organisations_in("Maine and Vermont acted. The General Assembly passed it.") == [
        "General Assembly"
    ]


def test_a_national_body_named_bare_is_the_one_the_directory_knows_for_the_country_named():
    text = "France's highest court agreed. The National Assembly passed the law in April."
    assert organisations_in(text) == ["French National Assembly"]


def test_a_place_named_with_a_possessive_is_the_one_its_known_body_belongs_to():
    text = "The force told Ontario's Information and Privacy Commissioner about it."
    assert organisations_in(text) == ["Information and Privacy Commissioner of Ontario"]
    assert places_in(text) == ["Ontario, Canada"]


def test_a_bare_city_council_belongs_to_the_one_city_named_not_to_towns_called_city():
    matcher = make_matcher(
        more_places=[(62, "City", "city", 22, None, ""), (63, "Council", "city", 23, None, "")]
    )
    text = "Somerville, Massachusetts, acted on Tuesday, when its City Council voted."
    assert organisations_in(text, matcher) == ["Somerville City Council"]


def test_a_national_body_named_bare_belongs_to_the_one_country_named_under_the_texts_name():
    keys = MATCHER.read("The Interior Ministry withdrew the draft law, Italy's press reported.")
    assert keys.organisations == (("candidate", Candidate("Interior Ministry", "government", 5)),)


def test_city_councilors_name_their_council():
    assert organisations_in("Detroit city councilors voted 7-2 on Tuesday.") == [
        "Detroit City Council"
    ]


def test_a_countrys_parliament_in_lower_case_is_the_one_the_directory_knows():
    assert organisations_in("Italy's parliament has approved a moratorium.") == [
        "Italian Parliament"
    ]


def test_a_countrys_parliament_in_lower_case_is_the_body_whose_alias_says_parliament():
    matcher = make_matcher(
        more_places=[(310, "Sweden", "country", None, None, "SE")],
        more_organisations=[(311, "Riksdag", "government", 310)],
        more_aliases=[(311, "Swedish Parliament", False, False)],
    )
    text = "Sweden's parliament, the Riksdag, approved the proposal on Tuesday."
    assert organisations_in(text, matcher) == ["Riksdag"]


def test_a_legislature_named_by_its_word_alone_belongs_to_the_one_state_named():
    # Maine's legislature is not in this directory: a candidate under the name the text uses.
    keys = MATCHER.read("Officers in Maine may not use it until the Legislature approves.")
    assert keys.organisations == (("candidate", Candidate("Legislature", "government", 10)),)


def test_a_lone_chamber_word_that_completes_another_name_is_not_a_body_of_its_own():
    assert organisations_in("It passed the Maine House and Senate.") == [
        "Maine House",
        "Maine Senate",
    ]
    assert organisations_in("It went to the Legislature's Joint Committee on Health.") == [
        "Joint Committee on Health"
    ]


def test_a_sheriffs_office_named_bare_belongs_to_the_county_its_council_names():
    text = "The San Diego County Board voted to bar agencies, including the Sheriff's Office."
    assert "San Diego County Sheriff's Office" in organisations_in(text)


def test_a_bare_city_council_of_a_text_naming_several_cities_is_the_first_ones():
    matcher = make_matcher(more_places=[(85, "Tacoma", "city", 16, 219_346, "")])
    text = "Tacoma's mayor signed it, days after the City Council approved it, as Detroit did."
    assert organisations_in(text, matcher) == ["Tacoma City Council"]


def test_a_nationalitys_data_protection_authority_is_that_countrys_regulator():
    assert organisations_in("The Italian data protection authority rejected the system.") == [
        "Garante per la protezione dei dati personali"
    ]


def test_a_councils_possessive_city_is_a_city_not_a_parish_that_outranks_it():
    keys = MATCHER.read("Portland's City Council approved two ordinances.").organisations
    assert keys == (("candidate", Candidate("Portland City Council", "government", 31)),)


def test_a_citys_councilors_named_with_a_possessive_are_its_council():
    assert organisations_in("Boston's city councilors voted 13-0.") == ["Boston City Council"]


def test_a_countrys_chamber_named_by_possessive_or_nationality_is_the_one_the_directory_knows():
    assert organisations_in("Italy's Senate gave final approval.") == ["Italian Senate"]
    assert organisations_in("The Italian parliament approved it.") == ["Italian Parliament"]


def test_the_legislature_of_a_text_about_one_state_is_that_states_the_directory_knows():
    text = "Vermont's governor signed it. Any use now needs the approval of the Legislature."
    assert organisations_in(text) == ["Vermont General Assembly"]


def test_a_countrys_privacy_commissioners_are_the_one_it_has():
    text = "Canada's privacy commissioners said Clearview AI broke the law."
    assert organisations_in(text) == ["Privacy Commissioner of Canada", "Clearview AI"]


def test_a_provinces_information_and_privacy_commissioner_in_lower_case_is_its_regulator():
    text = "Ontario's information and privacy commissioner said the stores broke the law."
    assert organisations_in(text) == ["Information and Privacy Commissioner of Ontario"]


def test_a_court_named_in_words_by_its_seat_is_a_candidate_court_there():
    text = "The administrative court of Detroit annulled the decision."
    assert MATCHER.read(text).organisations == (
        ("candidate", Candidate("Administrative Court of Detroit", "court", 41)),
    )
    assert places_in(text) == []
    assert organisations_in("The court of appeal in Detroit agreed.") == []


def test_a_city_parliament_abroad_described_in_words_is_the_citys_council():
    text = "Zurich's municipal parliament voted on Wednesday to ban it."
    assert organisations_in(text) == ["Zurich City Council"]
    assert places_in(text) == ["Zürich, Zürich"]


def test_a_countrys_parliament_the_directory_does_not_hold_is_a_candidate_named_for_it():
    text = "Hungary's parliament on Tuesday approved the law."
    assert organisations_in(text) == ["Parliament of Hungary"]
    assert places_in(text) == ["Hungary"]


def test_a_countrys_parliament_is_no_second_body_beside_the_chamber_the_text_names():
    text = "Hungary's parliament bans Pride events. Hungary's National Assembly voted 136 to 27."
    assert "Parliament of Hungary" not in organisations_in(text)


GERMANY = (76, "Germany", "country", None, None, "DE")
HAMBURG_STATE = (77, "Hamburg", "state", 76, None, "DE-HH")
HAMBURG = (78, "Hamburg", "city", 77, 1_973_896, "")
HAMBURG_COMMISSIONER = (
    117,
    "Hamburg Commissioner for Data Protection and Freedom of Information",
    "regulator",
    77,
)


def test_a_body_known_by_its_place_is_known_written_with_the_places_s():
    matcher = make_matcher(
        more_places=[GERMANY, HAMBURG_STATE, HAMBURG], more_organisations=[HAMBURG_COMMISSIONER]
    )
    text = "Hamburg's Commissioner for Data Protection and Freedom of Information ordered it."
    assert organisations_in(text, matcher) == [HAMBURG_COMMISSIONER[1]]
    assert places_in(text, matcher) == ["Hamburg, Hamburg"]  # one place: the city, named once


def test_a_countrys_data_protection_agency_is_its_regulator():
    assert organisations_in("Italy's data protection agency fined the company.") == [
        "Garante per la protezione dei dati personali"
    ]


def test_a_countrys_court_named_bare_after_its_s_is_the_court_of_that_country():
    keys = MATCHER.read("Hungary's Supreme Court ruled on Friday that the law was void.")
    assert keys.organisations == (("candidate", Candidate("Supreme Court of Hungary", "court", 3)),)


def test_a_body_named_after_a_places_s_is_found_by_the_places_own_name_too():
    matcher = make_matcher(
        more_organisations=[
            (118, "Data Protection Authority of the United Kingdom", "regulator", 2)
        ]
    )
    text = "The UK's Data Protection Authority said so."
    assert organisations_in(text, matcher) == ["Data Protection Authority of the United Kingdom"]


def test_a_service_named_for_what_it_matches_is_a_system_not_an_organisation():
    text = "The agency awarded the contract for the shared Biometric Matching Service to Acme."
    assert "Biometric Matching Service" not in organisations_in(text)
    assert organisations_in("The Toronto Police Service said so.") == ["Toronto Police Service"]


def test_a_groups_branch_in_a_state_whose_name_opens_with_north_is_its_branch_there():
    # "North" opens the state's own name; "Northern" before a place is only a prefix, even
    # where some place is called "Northern".
    matcher = make_matcher(
        more_places=[
            (61, "North Carolina", "state", 1, None, "US-NC"),
            (62, "Northern", "city", 26, None, ""),
        ]
    )
    text = "The ACLU of North Carolina objected."
    assert organisations_in(text, matcher) == ["ACLU of North Carolina"]
    assert places_in(text, matcher) == []
    text = "The ACLU of Northern California objected."
    assert organisations_in(text, matcher) == ["ACLU of Northern California"]


def test_a_body_owned_by_a_place_that_is_a_body_is_the_known_body_of_that_place():
    # Round wa: "the UN's Human Rights Committee" is the UN Human Rights Committee; the UN is
    # its place, as Ontario is the commissioner's, not a second organisation.
    matcher = make_matcher(
        more_places=[(9301, "UN", "international", None, None, "")],
        more_organisations=[
            (9302, "United Nations", "government", 9301),
            (9303, "United Nations Human Rights Committee", "government", 9301),
        ],
        more_aliases=[(9302, "UN", True, False), (9303, "UN Human Rights Committee", False, False)],
    )
    text = "What the UN's Human Rights Committee says about cameras at protests."
    assert organisations_in(text, matcher) == ["United Nations Human Rights Committee"]
    assert places_in(text, matcher) == ["UN"]
