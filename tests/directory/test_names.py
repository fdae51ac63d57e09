"""Names as people write them, from the census's and ISO's names."""

import pytest

from core.records import RecordError
from directory.names import (
    census_county_name,
    census_place_name,
    english_city_names,
    iso_subdivision_name,
    match_key,
    takes_the,
)


@pytest.mark.parametrize(
    ("census", "name", "aliases"),
    [
        ("Boston city", "Boston", []),
        ("Brookline town", "Brookline", []),
        ("Hastings charter township", "Hastings", []),
        ("Juneau city and borough", "Juneau", []),
        # A capitalised type word is part of the name.
        ("Carson City", "Carson City", []),
        ("Boise City city", "Boise City", []),
        # Consolidated governments are named for their city.
        ("Nashville-Davidson metropolitan government (balance)", "Nashville", []),
        ("Lexington-Fayette urban county", "Lexington", []),
        ("Lynchburg, Moore County metropolitan government", "Lynchburg", []),
        ("Indianapolis city (balance)", "Indianapolis", []),
        # The name in brackets is the one people also use.
        ("San Buenaventura (Ventura) city", "San Buenaventura", ["Ventura"]),
        ("St. Louis city", "St. Louis", ["Saint Louis", "St Louis"]),
    ],
)
def test_census_places_lose_the_census_type_word(census, name, aliases):
    names = census_place_name(census)
    assert (names.name, names.aliases) == (name, aliases)
    assert names.official_name == (census if census != name else "")


@pytest.mark.parametrize(
    ("census", "name"),
    [
        ("King County", "King County"),
        ("Acadia Parish", "Acadia Parish"),
        ("North Slope Borough", "North Slope Borough"),
        ("Bethel Census Area", "Bethel Census Area"),
        ("Anchorage Municipality", "Anchorage"),
        ("Juneau City and Borough", "Juneau"),
        ("Adjuntas Municipio", "Adjuntas"),
    ],
)
def test_counties_keep_the_word_people_write(census, name):
    assert census_county_name(census).name == name


@pytest.mark.parametrize(
    ("iso", "english", "name", "aliases"),
    [
        ("Wales [Cymru GB-CYM]", None, "Wales", ["Cymru"]),
        ("Stockholms län [SE-01]", None, "Stockholms län", []),
        ("Madrid, Comunidad de", None, "Madrid", []),
        ("Adygeya, Respublika", None, "Adygeya", []),
        (
            "San Andrés, Providencia y Santa Catalina",
            None,
            "San Andrés, Providencia y Santa Catalina",
            [],
        ),
        ("Ilocos (Region I)", None, "Ilocos", []),
        ("Mahārāshtra", None, "Maharashtra", ["Mahārāshtra"]),
        ("Zürich", None, "Zürich", []),
        ("Attikí", "Attica", "Attica", ["Attikí"]),
        ("Catalunya [Cataluña]", "Catalonia", "Catalonia", ["Cataluña", "Catalunya"]),
        (
            "Amānat al \u2018Āşimah [city]",
            None,
            "Amanat al \u2018Asimah",
            ["Amānat al \u2018Āşimah"],
        ),
    ],
)
def test_iso_subdivisions_are_named_as_english_text_names_them(iso, english, name, aliases):
    names = iso_subdivision_name(iso, english)
    assert (names.name, names.aliases) == (name, aliases)


def test_names_from_different_sources_match_despite_accents_and_saints():
    assert match_key("St. Louis") == match_key("Saint Louis") == "saint louis"
    assert match_key("Hagåtña") == "hagatna"
    assert match_key("Washington, D.C.") == "washington d c"


@pytest.mark.parametrize(
    ("name", "kind", "written"),
    [
        ("United States", "country", True),
        ("Netherlands", "country", True),
        ("European Union", "supranational", True),
        ("Council of Europe", "international", True),
        ("District of Columbia", "state", True),
        ("Canary Islands", "state", True),
        ("France", "country", False),
        ("Isle of Man", "country", False),
        ("Massachusetts", "state", False),
        ("Central", "state", False),  # a region called Central: "in Central"
        ("United", "city", False),
        ("Union City", "city", False),
    ],
)
def test_countries_and_unions_english_writes_with_the_take_it_in_sentences(name, kind, written):
    assert takes_the(name, kind) is written


def test_a_city_named_in_english_keeps_its_own_languages_name_and_a_wrong_id_is_refused():
    cities = {"2886242": {"geonameid": 2886242, "name": "Köln"}}
    assert english_city_names({2886242: "Cologne"}, cities, "places.yaml") == {
        2886242: ("Cologne", [])
    }
    assert english_city_names({2886242: {"aliases": ["Koeln"]}}, cities, "places.yaml") == {
        2886242: ("Köln", ["Koeln"])
    }
    with pytest.raises(RecordError, match=r"places.yaml: city_names: no city 1 in GeoNames"):
        english_city_names({1: "Nowhere"}, cities, "places.yaml")
    with pytest.raises(RecordError, match=r"places.yaml: city_names: 2886242 must be a name"):
        english_city_names({2886242: {"nmae": "Cologne"}}, cities, "places.yaml")
