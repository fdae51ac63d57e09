"""A company's arm in one country, named with the country's short form ("Compass Group
USA"), and a place before a word that ends company names but is also a subject ("the Texas
AI law"), and a region's adjective that describes a group ("a Latin American
organisation")."""

from .reading_directory import organisations_in, places_in


def test_a_country_short_form_after_an_organisation_word_is_part_of_the_companys_name():
    text = "The suit against Compass Group UK went ahead."
    assert organisations_in(text) == ["Compass Group UK"]
    assert places_in(text) == []


def test_the_company_named_again_without_its_country_is_the_same_company():
    assert organisations_in(
        "A worker sued Compass Group UK on Monday. Compass Group said it would appeal."
    ) == ["Compass Group UK"]


def test_a_place_before_ai_is_the_places_ai_not_a_company():
    assert organisations_in("The Texas AI law took effect on Thursday.") == []
    assert organisations_in("Clearview AI was fined on Thursday.") == ["Clearview AI"]


def test_a_regions_adjective_before_a_type_noun_describes_and_names_no_organisation():
    assert organisations_in(
        "Big Brother Watch, a European organisation, and a Latin American organisation said "
        "the rules would help."
    ) == ["Big Brother Watch"]
