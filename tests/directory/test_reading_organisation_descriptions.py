"""Names a text describes as organisations: by a type noun before or after them, a comma's
description, or the word that ends them."""

from .reading_directory import organisations_in


def test_a_name_before_a_comma_and_a_type_noun_is_that_kind_of_organisation():
    assert organisations_in("Argent, the developer behind the estate, said it stopped.") == [
        "Argent"
    ]
    assert organisations_in("Roskomsvoboda, a digital rights group that backed it, spoke.") == [
        "Roskomsvoboda"
    ]


def test_a_name_described_as_a_business_of_a_kind_is_that_business():
    text = "She said Symphony Bronzeville Park, a Detroit nursing home, made her scan a finger."
    assert organisations_in(text) == ["Symphony Bronzeville Park"]
    assert organisations_in("Sunset Tan, a tanning salon in Boston, was sued.") == ["Sunset Tan"]
    assert organisations_in("She grew up in the Smith home, her mother said.") == []


def test_a_hospital_or_clinic_named_as_such_is_an_organisation():
    assert organisations_in("Nurses at Ingalls Memorial Hospital sued.") == [
        "Ingalls Memorial Hospital"
    ]
    assert organisations_in("The Mayo Clinic said it had stopped.") == ["Mayo Clinic"]


def test_a_firm_named_after_its_partners_keeps_the_names_before_its_commas():
    text = "The nurse sued the hospital and Becton, Dickinson and Company, which makes them."
    assert organisations_in(text) == ["Becton, Dickinson and Company"]
    assert organisations_in("It hired Smith & Co after the ruling.") == ["Smith & Co"]


def test_a_person_described_by_a_type_noun_is_no_organisation():
    assert organisations_in("Jane Smith, a company spokeswoman, said so.") == []
    assert organisations_in("Jane Smith, the group's director, said so.") == []


def test_a_name_written_like_a_web_address_after_a_type_noun_is_an_organisation():
    assert organisations_in("The digital rights group epicenter.works said so.") == [
        "epicenter.works"
    ]


def test_a_name_ending_in_technologies_solutions_or_systems_is_a_company():
    text = "Acme Technologies, Vigilant Solutions and Cognitec Systems sell face search."
    assert organisations_in(text) == ["Acme Technologies", "Vigilant Solutions", "Cognitec Systems"]


def test_names_set_off_by_commas_after_a_plural_type_noun_are_each_an_organisation():
    text = "Two immigrant rights groups, Mijente and NorCal Resist, and four activists sued."
    assert organisations_in(text) == ["Mijente", "NorCal Resist"]
    assert organisations_in("Rights groups, Acme said, were wrong.") == []


def test_a_name_ending_in_services_is_an_organisation():
    assert organisations_in("The tenants were represented by Brooklyn Legal Services.") == [
        "Brooklyn Legal Services"
    ]


def test_a_name_described_after_a_comma_with_a_nationality_or_a_place_is_an_organisation():
    text = "Its images come from VKontakte, a Russian social network."
    assert organisations_in(text) == ["VKontakte"]
    text = "The FTC said Acme Vision, a California company that sells cameras, misled buyers."
    assert organisations_in(text) == ["Acme Vision"]


def test_a_name_described_after_a_comma_with_a_place_of_several_words_is_an_organisation():
    text = "The FTC said Vizionary, a New York company that sells cameras, misled buyers."
    assert organisations_in(text) == ["Vizionary"]


def test_a_name_ending_with_carriers_or_logistics_is_a_companys():
    text = (
        "Jorome Tims, a former driver for Black Horse Carriers, sued. So did XPO Logistics staff."
    )
    assert organisations_in(text) == ["Black Horse Carriers", "XPO Logistics"]


def test_a_speaker_before_a_type_noun_is_no_name_of_its_kind():
    # "the White Castle burger chain" names a company; "Kaye said companies ..." does not.
    assert organisations_in("In Paris, Kaye said companies had sold spyware.") == []
    assert organisations_in("The White Castle burger chain said so.") == ["White Castle"]


def test_a_name_before_a_comma_may_be_described_in_up_to_four_words():
    text = "Vexa, the small cloud storage firm behind the app, was fined."
    assert organisations_in(text) == ["Vexa"]
    text = "Orlan, the road repair and lighting company owned by the town, was fined."
    assert organisations_in(text) == ["Orlan"]
    text = "It covers 100,000 Coloradans, the new rules reach any company that collects them."
    assert organisations_in(text) == []


def test_a_name_set_off_by_commas_after_a_type_noun_is_that_kind_of_organisation():
    text = "It fined a car dealership, Rossi Bruno & Figli, 120,000 euros."
    assert organisations_in(text) == ["Rossi Bruno & Figli"]
    assert organisations_in("The company, Vexa said, had stopped.") == []


def test_a_regions_adjective_opening_a_sentence_before_a_type_noun_is_no_name():
    """Round oe: "The Bavarian regulator has been examining the project": the sentence's article
    is no word of a name, and the adjective of a region alone before the noun is none either,
    as in the middle of a sentence."""
    assert organisations_in("The Bavarian regulator has been examining the project.") == []
    assert organisations_in("It said the Bavarian regulator had been examining it.") == []
    assert organisations_in("The Mozilla Foundation group said no.") == ["Mozilla Foundation"]
