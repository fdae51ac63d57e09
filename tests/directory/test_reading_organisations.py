"""Which organisations a text names: the directory's, their branches, and candidates."""

from directory.recognition import Candidate

from .reading_directory import MATCHER, make_matcher, organisations_in


def test_the_longest_name_wins_a_branch_is_not_also_its_organisation():
    assert organisations_in("The ACLU of Vermont sued.") == ["ACLU of Vermont"]
    assert organisations_in("The ACLU of Northern California backed it.") == [
        "ACLU of Northern California"
    ]
    assert organisations_in("Amnesty International France called for a ban.") == [
        "Amnesty International France"
    ]
    assert organisations_in("The national ACLU agreed.") == ["American Civil Liberties Union"]


def test_a_branch_is_a_candidate_tied_to_its_place():
    keys = MATCHER.read("The ACLU of Maine sued.").organisations
    assert keys == (("candidate", Candidate("ACLU of Maine", "civil_society", 10)),)


def test_bodies_named_after_a_place_are_tied_to_the_place_the_text_means():
    keys = MATCHER.read("The Portland City Council voted. Maine's largest city acted.")
    assert keys.organisations == (
        ("candidate", Candidate("Portland City Council", "government", 30)),
    )


def test_a_states_police_is_not_another_states_state_police():
    assert organisations_in("The Maine State Police supported it.") == ["Maine State Police"]


def test_two_organisations_joined_by_and_are_two():
    assert organisations_in("Big Brother Watch and Liberty condemned it.") == [
        "Big Brother Watch",
        "Liberty",
    ]
    assert organisations_in("The Minderoo Centre for Technology and Democracy") == [
        "Minderoo Centre for Technology and Democracy"
    ]


def test_a_known_body_whole_before_and_is_not_the_start_of_a_longer_name():
    matcher = make_matcher(more_organisations=[(312, "Folketing", "government", 3)])
    text = "He met the parties in the Folketing and National Police Commissioner Thorkild Fogde."
    names = organisations_in(text, matcher)
    assert names[0] == "Folketing"
    assert not any(name.startswith("Folketing and") for name in names)


def test_a_known_body_whole_before_for_is_not_the_start_of_a_longer_name():
    # "... for the Detroit Police Department": the company, and the police it works for.
    text = "The city signed a contract with Clearview AI for the Detroit Police Department."
    assert organisations_in(text) == ["Clearview AI", "Detroit Police Department"]


def test_a_chamber_elided_after_and_is_the_same_states_chamber():
    assert organisations_in("It passed the Maine House and Senate.") == [
        "Maine House",
        "Maine Senate",
    ]


def test_a_generic_name_after_the_full_one_is_the_same_body():
    text = "The Illinois Supreme Court ruled. The Supreme Court reversed the decision."
    assert organisations_in(text) == ["Illinois Supreme Court"]


def test_a_generic_name_is_the_one_the_directory_knows_for_a_place_in_the_text():
    text = "San Francisco voters agreed. The Board of Supervisors passed it in 2019."
    assert organisations_in(text) == ["San Francisco Board of Supervisors"]


def test_days_and_sentence_openers_are_not_part_of_a_name():
    assert organisations_in("The European Parliament on Wednesday approved it.") == [
        "European Parliament"
    ]
    assert organisations_in("Police may not run searches themselves.") == []


def test_a_name_beside_a_word_for_a_company_is_a_company():
    assert organisations_in("Spain fined the supermarket chain Mercadona.") == ["Mercadona"]
    assert organisations_in("a case against the White Castle burger chain") == ["White Castle"]
    assert organisations_in("a Chinese company said") == []


def test_an_organisation_of_an_organisation_is_named_in_full():
    text = "the University of Michigan Law School's Civil Rights Litigation Initiative"
    assert organisations_in(text) == [
        "University of Michigan Law School Civil Rights Litigation Initiative"
    ]


def test_people_laws_and_products_are_not_organisations():
    text = (
        "Governor Gavin Newsom signed Assembly Bill 1215, the Body Camera Accountability Act. "
        "Amazon sells Rekognition. The Biometric Information Privacy Act (BIPA) applies."
    )
    assert organisations_in(text) == ["Amazon"]


def test_an_excluded_phrase_is_not_the_organisation():
    assert organisations_in("Fires in the Amazon rainforest spread.") == []


def test_a_name_staff_rejected_is_never_a_candidate_again():
    matcher = make_matcher(rejected=["Cheshire Cat Coalition"])
    assert organisations_in("The Cheshire Cat Coalition grinned.", matcher) == []
    assert organisations_in("The Cheshire Cat Coalition grinned.") == ["Cheshire Cat Coalition"]


def test_the_version_changes_with_the_directory():
    assert make_matcher().version == MATCHER.version
    assert make_matcher(rejected=["X Council"]).version != MATCHER.version


def test_spans_say_where_each_name_is_and_the_place_an_organisation_s_name_puts_it_in():
    text = "Hungary's National Assembly met in Portland, Maine."
    spans = MATCHER.spans(text)
    assert [(text[n.start : n.end], n.key[0]) for n in spans.places] == [
        ("Hungary", "jurisdiction"),
        ("Portland", "jurisdiction"),
        ("Maine", "jurisdiction"),
    ]
    ((start, end, owner),) = [(n.start, n.end, n.owner) for n in spans.organisations]
    assert (text[start:end], owner) == ("National Assembly", 3)
    assert MATCHER.read(text).places == tuple(n.key[1] for n in spans.places)


def test_a_title_word_stays_where_it_begins_a_body_or_a_place():
    assert organisations_in("Lawmakers in the General Assembly of Vermont voted.") == [
        "General Assembly of Vermont"
    ]
    assert organisations_in("The Justice Department sued.") == ["Justice Department"]
    king_county = (57, "King County", "county", 16, None, "")
    text = "The King County Sheriff's Office stopped using it."
    assert organisations_in(text, make_matcher(more_places=[king_county])) == [
        "King County Sheriff's Office"
    ]


def test_a_title_before_a_persons_name_is_still_no_organisation():
    assert organisations_in("Attorney General Dana Nessel sued.") == []


def test_the_members_of_a_body_name_the_body():
    assert organisations_in("Members of the Detroit City Council objected.") == [
        "Detroit City Council"
    ]


def test_a_formation_of_a_court_or_tribunal_names_the_court_or_tribunal():
    assert organisations_in("A Full Bench of the Fair Work Commission ruled for him.") == [
        "Fair Work Commission"
    ]
    assert organisations_in("The Grand Chamber of the Strasbourg Human Rights Court ruled.") == [
        "Strasbourg Human Rights Court"
    ]


def test_a_trust_fund_is_money_set_aside_not_an_organisation():
    assert organisations_in("The Ombudsman faulted the Emergency Trust Fund for Africa.") == []
    assert organisations_in("It was paid from the Highway Trust Fund.") == []


def test_a_states_journal_of_record_is_no_organisation():
    text = "The amendments were published in the Official Gazette on Tuesday."
    assert organisations_in(text) == []
    assert organisations_in("It appeared in the Government Gazette and The Gazette.") == []
    assert organisations_in("The Montreal Gazette reported it first.") == ["Montreal Gazette"]


def test_a_states_attorney_general_named_with_the_holder_is_a_person_not_an_office():
    assert organisations_in("Texas Attorney General Ken Paxton sued Amazon.") == ["Amazon"]


def test_title_case_small_words_join_a_name():
    text = "The plaintiffs include the Chicago Alliance Against Sexual Exploitation."
    assert organisations_in(text) == ["Chicago Alliance Against Sexual Exploitation"]


def test_a_group_called_by_name_and_a_named_coalition_are_candidates():
    text = "Civil liberties groups backed it, while a group called Stop Crime SF opposed it."
    assert organisations_in(text) == ["Stop Crime SF"]
    keys = MATCHER.read("It followed a campaign by the Eye on Surveillance coalition.")
    assert keys.organisations == (
        ("candidate", Candidate("Eye on Surveillance", "coalition", None)),
    )


def test_a_judges_or_attorneys_title_names_no_district():
    assert organisations_in("U.S. District Judge Sharon Johnson Coleman approved it.") == []


def test_a_known_office_followed_by_its_holders_name_is_the_office():
    text = "Privacy Commissioner of Canada Daniel Therrien said so."
    assert organisations_in(text) == ["Privacy Commissioner of Canada"]


def test_a_club_is_an_organisation_and_negotiators_for_a_body_name_the_body():
    assert organisations_in("A member of the Chaos Computer Club complained.") == [
        "Chaos Computer Club"
    ]
    assert organisations_in("Negotiators for the Detroit City Council agreed.") == [
        "Detroit City Council"
    ]


def test_a_public_defenders_office_is_named_in_full():
    assert organisations_in("It was brought by the Public Defender's Office of Texas.") == [
        "Public Defender's Office of Texas"
    ]


def test_airlines_are_companies_and_a_police_board_is_not_the_police():
    assert organisations_in("Delta Air Lines and United Airlines expanded it.") == [
        "Delta Air Lines",
        "United Airlines",
    ]
    assert organisations_in("The Detroit police board approved a policy.") == []


def test_a_division_is_a_body():
    assert organisations_in("He asked his office's Division of Criminal Justice to act.") == [
        "Division of Criminal Justice"
    ]


def test_the_state_house_is_a_building():
    assert organisations_in("The bill had support from both parties in the State House.") == []


def test_a_title_case_headline_names_the_bodies_a_sentence_would():
    assert organisations_in("Detroit City Council Votes To Ban Facial Recognition") == [
        "Detroit City Council"
    ]
    assert organisations_in("UK Watchdog Fines Amazon Over Illegal Database") == ["Amazon"]


def test_a_companys_legal_form_after_its_name_is_the_same_company():
    assert organisations_in("The regulator fined Clearview AI Inc on Monday.") == ["Clearview AI"]
    assert organisations_in("Clearview AI Inc. was told to delete the data.") == ["Clearview AI"]


def test_a_hyphenated_word_does_not_cut_a_name_in_two():
    assert organisations_in("The Pro-Privacy Alliance condemned it.") == ["Pro-Privacy Alliance"]


def test_a_known_one_word_name_inside_a_longer_name_is_not_named():
    text = "said the director of the Technology for Liberty Program at the union."
    assert organisations_in(text) == []
    assert organisations_in("Liberty lawyer Megan Goulding said it.") == ["Liberty"]


def test_a_name_goes_on_through_a_common_nouns_possessive():
    assert organisations_in("The Fuyang District People's Court ordered the park to pay.") == [
        "Fuyang District People's Court"
    ]
    assert organisations_in("Researchers at Queen's University said so.") == ["Queen's University"]
    assert organisations_in("The King's speech was given on Tuesday.") == []


def test_a_service_a_company_calls_its_own_is_its_product_not_an_organisation():
    text = "Amazon changed the terms of its Azure OpenAI Service for police."
    assert organisations_in(text) == ["Amazon"]
    assert organisations_in("The Toronto Police Service said so.") == ["Toronto Police Service"]


def test_a_police_chiefs_title_is_not_a_force_named_after_a_town_called_chief():
    matcher = make_matcher(more_places=[(90, "Chief", "city", 17, None, "")])
    text = "Police Chief Jody Kasper said the department did not use it."
    assert organisations_in(text, matcher) == []


def test_a_body_named_again_without_its_of_phrase_is_the_same_body():
    text = (
        "The Cyberspace Administration of China issued the rules. Firms must register with "
        "the provincial office of the Cyberspace Administration."
    )
    assert "Cyberspace Administration" not in organisations_in(text)


def test_a_laws_name_beside_a_company_is_no_company():
    text = "It ruled under the Biometric Information Privacy Act every time a company scans a face."
    assert organisations_in(text) == []


def test_a_sentences_first_word_before_a_type_noun_is_no_name_alone():
    assert organisations_in("Electronics retailer Amazon said it would pause the trial.") == [
        "Amazon"
    ]


def test_of_organisations_of_one_name_the_one_whose_home_the_text_is_about():
    matcher = make_matcher(
        more_organisations=[
            (120, "House of Commons", "government", 2),
            (121, "House of Commons of Canada", "government", 8),
        ],
        more_aliases=[(121, "House of Commons", False, False)],
    )
    canadian = "A House of Commons committee said Canadian police should pause."
    assert organisations_in(canadian, matcher) == ["House of Commons of Canada"]
    british = "The House of Commons voted in London."
    assert organisations_in(british, matcher) == ["House of Commons"]


def test_a_nationality_before_police_is_no_town_named_like_it():
    matcher = make_matcher(more_places=[(76, "Canadian", "city", 18, None, "")])
    assert organisations_in("Canadian police said they would pause.", matcher) == []


def test_a_caucus_is_a_body():
    assert organisations_in("The Congressional Progressive Caucus wrote to Acme.") == [
        "Congressional Progressive Caucus"
    ]


def test_a_regional_body_of_a_city_that_is_its_own_region_belongs_to_the_city():
    # Oregon's Washington County is no region of the capital's.
    matcher = make_matcher(more_places=[(78, "Washington County", "county", 15, 600_000, "")])
    (key,) = matcher.read(
        "The Metropolitan Washington Council of Governments ended it."
    ).organisations
    assert key == (
        "candidate",
        Candidate("Metropolitan Washington Council of Governments", "government", 39),
    )


def test_a_place_whose_name_ends_in_an_organisation_word_makes_no_organisation_of_its_phrase():
    matcher = make_matcher(more_places=[(79, "European Union", "supranational", None, None, "")])
    text = "They will push in Brussels for the European Union's rules to exclude it."
    assert organisations_in(text, matcher) == []


def test_of_two_namesakes_the_text_is_about_the_narrower_places_comes_first():
    matcher = make_matcher(
        more_organisations=[
            (122, "U.S. Department of Justice", "government", 1),
            (123, "Texas Department of Justice", "government", 18),
        ],
        more_aliases=[
            (122, "Department of Justice", False, False),
            (123, "Department of Justice", False, False),
        ],
    )
    state = "The Texas law leaves enforcement to the Department of Justice alone."
    assert organisations_in(state, matcher) == ["Texas Department of Justice"]
    federal = "The Department of Justice wrote to police in the United States."
    assert organisations_in(federal, matcher) == ["U.S. Department of Justice"]


def test_a_head_word_after_of_joined_by_and_is_inside_one_name():
    # "Police" after "of" is the object of the name, not a police force the "and" ends.
    assert organisations_in("The Association of Police and Crime Commissioners said so.") == [
        "Association of Police and Crime Commissioners"
    ]
    assert organisations_in("Big Brother Watch and Liberty condemned it.") == [
        "Big Brother Watch",
        "Liberty",
    ]
