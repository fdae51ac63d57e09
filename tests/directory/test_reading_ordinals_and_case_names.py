"""Names in court news, first met in round qc of news the reader had not seen
(bench/reading_unseen): an ordinal before a city in a headline ("Second Chicago judge ...")
is no first name, so the city stays a place wherever the text names it; the party a case's
name sues ("Gregg v. Central Transport") is an organisation the text names."""

from .reading_directory import organisations_in, places_in


def test_an_ordinal_before_a_city_opening_a_headline_is_no_first_name():
    text = "Second Detroit man sues police\nA man in Detroit sued the police on Monday."
    assert places_in(text) == ["Detroit, Michigan"]


def test_a_first_name_before_a_city_still_makes_it_a_persons():
    assert places_in("Councillor Robert Detroit spoke on Monday.") == []


def test_the_party_a_case_name_sues_is_named():
    text = "The judge ruled in Gregg v. Central Transport on Monday."
    assert organisations_in(text) == ["Central Transport"]


def test_a_surname_or_a_country_after_v_is_no_company():
    assert organisations_in("The court decided State v. Arteaga on Monday.") == []
    assert organisations_in("It cited Carpenter v. United States in its ruling.") == []


def test_a_known_party_keeps_its_known_name():
    assert organisations_in("The judge ruled in Vance v. Amazon Prime Video.") == ["Amazon"]
