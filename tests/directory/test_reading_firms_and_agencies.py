"""Organisations first met in round dd of news the reader had not seen (bench/reading_unseen):
a firm of two names joined by an ampersand, a name beside the word "agency", and a coalition
named head first in Portuguese."""

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
