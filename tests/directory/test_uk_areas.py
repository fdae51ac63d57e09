"""The United Kingdom's local areas join the directory as its news names them: counties,
boroughs and council areas under their nation, written the right way round, and left to the
city where a city of the same nation has the name."""

import pytest

from core.records import RecordError
from directory.gazetteer import PlaceRecord, Places
from directory.uk_areas import as_written, uk_area_records

NATIONS = (
    ("GB-ENG", "England"),
    ("GB-SCT", "Scotland"),
    ("GB-WLS", "Wales"),
    ("GB-NIR", "Northern Ireland"),
)


def areas(cities=(), curated_areas=None):
    """The areas read beside the nations and the given (name, nation code) cities."""
    places = Places()
    places.add(PlaceRecord(key="iso:GB", name="United Kingdom", kind="country", iso_code="GB"))
    for code, name in NATIONS:
        places.add(
            PlaceRecord(
                key=f"iso:{code}", name=name, kind="state", parent_key="iso:GB", iso_code=code
            )
        )
    for name, nation in cities:
        places.add(
            PlaceRecord(key=f"geonames:{name}", name=name, kind="city", parent_key=f"iso:{nation}")
        )
    records = uk_area_records(places, PlaceRecord, curated_areas)
    return {record.name: record for record in records}


def test_a_local_area_is_a_county_under_its_nation():
    found = areas()
    essex, north_ayrshire = found["Essex"], found["North Ayrshire"]
    assert (essex.kind, essex.parent_key, essex.iso_code) == ("county", "iso:GB-ENG", "GB-ESS")
    assert (north_ayrshire.kind, north_ayrshire.parent_key) == ("county", "iso:GB-SCT")


def test_an_area_named_like_a_city_of_its_nation_is_left_to_the_city():
    assert "Birmingham" in areas()
    found = areas(cities=[("Birmingham", "GB-ENG"), ("Glasgow", "GB-SCT"), ("Bristol", "GB-ENG")])
    assert not {"Birmingham", "Glasgow City", "City of Bristol", "Bristol"} & set(found)


def test_isos_inverted_names_are_written_as_people_write_them():
    assert as_written("Durham, County") == "County Durham"
    assert as_written("Vale of Glamorgan, The") == "Vale of Glamorgan"
    assert as_written("Newry, Mourne and Down") == "Newry, Mourne and Down"
    assert "County Durham" in areas()


def test_a_welsh_areas_welsh_name_is_an_alias():
    assert ("Bro Morgannwg", False) in areas()["Vale of Glamorgan"].aliases


def test_westminster_is_left_out_as_news_means_parliament_by_it():
    assert "Westminster" not in areas()


def test_areas_iso_leaves_out_are_added_under_their_nation_with_a_slug_to_find_them_by():
    found = areas(curated_areas={"GB-ENG": ["Greater Manchester", "West Midlands"]})
    manchester = found["Greater Manchester"]
    assert (manchester.kind, manchester.parent_key) == ("county", "iso:GB-ENG")
    assert manchester.slug == "greater-manchester-england"
    assert found["West Midlands"].key == "uk-area:west-midlands-england"


def test_an_added_area_under_no_nation_is_an_error_naming_the_file_and_the_code():
    with pytest.raises(RecordError, match=r"places\.yaml: uk_areas: GB-XX"):
        areas(curated_areas={"GB-XX": ["Atlantis"]})


def test_added_areas_not_written_as_a_list_of_names_are_an_error_naming_the_file():
    with pytest.raises(RecordError, match=r"places\.yaml: uk_areas: GB-ENG must list"):
        areas(curated_areas={"GB-ENG": "Greater Manchester"})
