"""Organisations first met in round dd of news the reader had not seen (bench/reading_unseen):
a firm of two names joined by an ampersand, a name beside the word "agency", a coalition named
head first in Portuguese, the names a plural type noun introduces with "including", and a
nationality before a type noun, which names no organisation."""

from .reading_directory import organisations_in


def test_a_firm_of_two_names_joined_by_an_ampersand_is_one_name():
    assert organisations_in("An audit by the law firm Covington & Burling found nothing.") == [
        "Covington & Burling"
    ]


def test_a_name_beside_the_word_agency_is_an_organisation():
    assert organisations_in("It was prepared with the data rights agency AWO.") == ["AWO"]
    assert organisations_in("The agency said on Friday it would appeal.") == []


def test_a_portuguese_coalition_named_head_first_is_one_name():
    assert organisations_in("It was presented by the Coalizão Direitos na Rede on Tuesday.") == [
        "Coalizão Direitos na Rede"
    ]


def test_names_listed_after_organisations_including_are_organisations():
    text = "A letter signed by 30 organisations including Coding Rights, Artigo 19 and others."
    assert organisations_in(text) == ["Coding Rights", "Artigo 19"]
    assert organisations_in("Rights groups such as Coding Rights objected.") == ["Coding Rights"]


def test_a_nationality_before_a_type_noun_opening_a_sentence_is_no_name():
    assert organisations_in("It sued. The Chinese company said it would appeal.") == []


def test_a_name_ending_in_investments_or_holdings_is_a_company():
    text = "A group of investors led by Harrington Investments filed it with Acme Holdings."
    assert organisations_in(text) == ["Harrington Investments", "Acme Holdings"]
