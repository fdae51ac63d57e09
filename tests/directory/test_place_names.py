"""Any place is found by any of its names, whatever the case and accents, and its search keys
follow what staff edit."""

import pytest

from directory.models import Jurisdiction, JurisdictionAlias
from directory.place_names import PlaceName, normalize_name, place_keys, query_readings
from tests.factories import JurisdictionFactory


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Zürich", "zurich"),
        ("SÃO PAULO", "sao paulo"),
        ("St. Louis", "st louis"),
        ("Martha\u2019s Vineyard", "marthas vineyard"),
        ("U.S.", "us"),
        ("Saint-Denis", "saint denis"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("  New   York ", "new york"),
    ],
)
def test_names_are_keyed_without_case_accents_or_punctuation(written, key):
    assert normalize_name(written) == key


def test_a_place_is_keyed_by_its_name_aliases_later_words_and_code():
    assert place_keys("New York", ["NYC"], "US-NY") == {
        "new york": 0,
        "nyc": 1,
        "york": 2,
        "us ny": 3,
        "ny": 3,
    }


def test_a_search_is_read_as_a_name_then_as_a_name_with_places_around_it():
    assert query_readings("Boston, MA") == [("boston", ["ma"])]
    assert query_readings("portland oregon") == [("portland oregon", []), ("portland", ["oregon"])]
    assert query_readings(" , ") == []


def test_at_most_three_last_words_are_read_as_places_around_the_name():
    readings = query_readings("st louis county missouri united states")
    assert [name for name, _qualifiers in readings] == [
        "st louis county missouri united states",
        "st louis county missouri united",
        "st louis county missouri",
        "st louis county",
    ]
    assert readings[-1][1] == ["missouri", "united", "states"]
    assert query_readings("a, b, c, d, e") == [("a", ["b", "c", "d"])]


@pytest.fixture
def bostons(db):
    us = JurisdictionFactory(name="United States", slug="us", kind="country", iso_code="US")
    uk = JurisdictionFactory(name="United Kingdom", slug="uk", kind="country", iso_code="GB")
    england = JurisdictionFactory(name="England", slug="england", kind="state", parent=uk)
    massachusetts = JurisdictionFactory(name="Massachusetts", slug="massachusetts", kind="state",
                                        parent=us, iso_code="US-MA")  # fmt: skip
    georgia = JurisdictionFactory(name="Georgia", slug="georgia-us", kind="state", parent=us,
                                  iso_code="US-GA")  # fmt: skip
    maine = JurisdictionFactory(name="Maine", slug="maine", kind="state", parent=us,
                                iso_code="US-ME")  # fmt: skip
    oregon = JurisdictionFactory(name="Oregon", slug="oregon", kind="state", parent=us,
                                 iso_code="US-OR")  # fmt: skip
    places = {
        "boston-ma": JurisdictionFactory(name="Boston", slug="boston-ma", parent=massachusetts),
        "boston-ga": JurisdictionFactory(name="Boston", slug="boston-ga", parent=georgia),
        "boston-uk": JurisdictionFactory(name="Boston", slug="boston-uk", parent=england),
        "portland-me": JurisdictionFactory(name="Portland", slug="portland-me", parent=maine),
        "portland-or": JurisdictionFactory(name="Portland", slug="portland-or", parent=oregon),
        "zurich": JurisdictionFactory(name="Zürich", slug="zurich"),
    }
    Jurisdiction.objects.rebuild_tree()
    return {slug: Jurisdiction.objects.get(slug=slug) for slug in places}


def found(text):
    return sorted(Jurisdiction.objects.named(text).values_list("slug", flat=True))


def test_boston_finds_every_boston_with_its_qualified_name(bostons):
    assert found("Boston") == ["boston-ga", "boston-ma", "boston-uk"]
    names = set(Jurisdiction.objects.named("boston").values_list("qualified_name", flat=True))
    assert "Boston, Massachusetts, United States" in names
    assert "Boston, England, United Kingdom" in names


@pytest.mark.parametrize("text", ["BOSTON", "bost", "  boston  "])
def test_case_spacing_and_a_beginning_are_enough(bostons, text):
    assert "boston-ma" in found(text)


def test_accents_are_not_needed_and_not_in_the_way(bostons):
    assert found("zurich") == found("Zürich") == found("ZURICH") == ["zurich"]


@pytest.mark.parametrize(
    "text",
    ["Boston, Massachusetts", "Boston, MA", "boston massachusetts", "boston ma", "Boston, US-MA"],
)
def test_a_state_or_its_code_after_the_name_narrows_the_search(bostons, text):
    assert found(text) == ["boston-ma"]


def test_portland_maine_is_not_portland_oregon(bostons):
    assert found("Portland, Maine") == ["portland-me"]
    assert found("portland or") == ["portland-or"]


def test_a_qualifier_naming_many_places_finds_what_is_inside_any_of_them(bostons):
    for n in range(30):
        state = JurisdictionFactory(name=f"Mass {n}", slug=f"mass-{n}", kind="state")
        JurisdictionFactory(name=f"Town {n}", slug=f"town-{n}", parent=state)
    JurisdictionFactory(name="Town elsewhere", slug="town-elsewhere")
    Jurisdiction.objects.rebuild_tree()
    assert found("town mass") == sorted(f"town-{n}" for n in range(30))
    assert found("boston mass") == ["boston-ma"]
    assert found("boston zzzz") == []


def test_a_country_narrows_to_the_places_inside_it(bostons):
    assert found("Boston, United States") == ["boston-ga", "boston-ma"]
    assert found("Boston, UK") == []  # "UK" is no alias of the United Kingdom here


def test_an_exact_name_ranks_before_a_beginning_and_a_later_word(bostons):
    JurisdictionFactory(name="Bostonia", slug="bostonia")
    JurisdictionFactory(name="South Boston", slug="south-boston")
    matches = dict(Jurisdiction.objects.named("boston").values_list("slug", "name_match"))
    assert matches["boston-ma"] == 0
    assert matches["bostonia"] == 1
    assert matches["south-boston"] == 2


def test_nothing_is_found_for_nothing(bostons):
    assert found("") == []
    assert found("...") == []
    assert found("Atlantis") == []


def test_an_alias_added_or_removed_in_the_admin_is_found_or_forgotten(bostons):
    alias = JurisdictionAlias.objects.create(jurisdiction=bostons["boston-ma"], text="Beantown")
    assert found("beantown") == ["boston-ma"]
    alias.delete()
    assert found("beantown") == []


def test_an_exclusion_alias_is_not_a_name(bostons):
    JurisdictionAlias.objects.create(
        jurisdiction=bostons["boston-ma"], text="Boston Tea Party", exclude=True
    )
    assert found("boston tea") == []


def test_a_renamed_place_is_found_by_its_new_name_only(bostons):
    place = bostons["zurich"]
    place.name = "Zurich City"
    place.save()
    assert found("zurich city") == ["zurich"]
    assert found("zürich") == ["zurich"]  # still a beginning of the new name


def test_a_place_with_aliases_can_be_deleted(bostons):
    JurisdictionAlias.objects.create(jurisdiction=bostons["zurich"], text="Zurigo")
    bostons["zurich"].delete()
    assert not PlaceName.objects.filter(key="zurigo").exists()


def test_a_bulk_load_is_indexed_by_one_sync_that_a_rerun_leaves_alone(bostons):
    Jurisdiction.objects.bulk_create([Jurisdiction(name="Reykjavík", slug="reykjavik",
                                                   kind="city")])  # fmt: skip
    assert found("reykjavik") == []
    assert PlaceName.objects.sync()[0] > 0
    assert found("reykjavik") == ["reykjavik"]
    assert PlaceName.objects.sync() == (0, 0)
