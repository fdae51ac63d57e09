"""Loading the directory beside the curated records and staff edits: found, never doubled,
never overwritten."""

import pytest

from directory.gazetteer import PlaceRecord
from directory.loading import load_reference_records
from directory.models import Jurisdiction, JurisdictionAlias
from directory.populate import load_directory
from tests.directory.tree_checks import assert_tree_consistent

pytestmark = pytest.mark.django_db

US = "ocd-division/country:us"
MN = f"{US}/state:mn"
KS = f"{US}/state:ks"

FIXTURE = f"""
- {{slug: united-states, name: United States, kind: country, ocd_id: {US}, iso_code: US,
   aliases: [{{text: US, case_sensitive: true}}]}}
- {{slug: minnesota, name: Minnesota, kind: state, parent: united-states, ocd_id: {MN},
   iso_code: US-MN}}
- {{slug: minneapolis, name: Minneapolis, kind: city, parent: minnesota,
   ocd_id: {MN}/place:minneapolis}}
"""


def gazetteer():
    us = PlaceRecord(US, "United States", "country", ocd_id=US, iso_code="US")
    us.add_aliases(["U.S.", "US"])
    return [
        us,
        PlaceRecord(MN, "Minnesota", "state", US, ocd_id=MN, iso_code="US-MN"),
        PlaceRecord(KS, "Kansas", "state", US, ocd_id=KS, iso_code="US-KS"),
        PlaceRecord(
            f"{MN}/place:minneapolis",
            "Minneapolis",
            "city",
            MN,
            ocd_id=f"{MN}/place:minneapolis",
            official_name="Minneapolis city",
            geonames_id=5037649,
            population=410939,
            latitude=44.98,
            longitude=-93.26,
        ),
        PlaceRecord(
            f"{KS}/place:minneapolis", "Minneapolis", "city", KS, ocd_id=f"{KS}/place:minneapolis"
        ),
        PlaceRecord("geonames:1", "Paris", "city", None, geonames_id=1),
    ]


@pytest.fixture
def fixtures_dir(tmp_path):
    (tmp_path / "jurisdictions.yaml").write_text(FIXTURE)
    return tmp_path


def snapshot():
    return sorted(
        Jurisdiction.objects.values_list(
            "slug", "name", "parent__slug", "ocd_id", "tree_left", "tree_right", "qualified_name"
        )
    )


def test_the_directory_loaded_first_keeps_the_curated_slugs(fixtures_dir):
    load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    counts = load_reference_records(fixtures_dir)["jurisdictions"]
    assert (counts.created, counts.unchanged) == (0, 3)
    assert Jurisdiction.objects.count() == 6
    assert Jurisdiction.objects.get(slug="minneapolis").ocd_id == f"{MN}/place:minneapolis"
    assert Jurisdiction.objects.get(ocd_id=f"{KS}/place:minneapolis").slug == "minneapolis-kansas"
    assert_tree_consistent()


@pytest.mark.parametrize("few", [0, 200], ids=["numbered with the tree", "placed one by one"])
def test_the_curated_records_loaded_first_are_found_not_doubled(fixtures_dir, few, monkeypatch):
    monkeypatch.setattr("directory.populate.FEW", few)
    load_reference_records(fixtures_dir)
    report = load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    assert (report.places.created, report.places.unchanged) == (3, 3)
    assert Jurisdiction.objects.count() == 6
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    # Blank reference fields are filled in; nothing the record had is changed.
    assert (minneapolis.population, minneapolis.geonames_id) == (410939, 5037649)
    assert minneapolis.official_name == "Minneapolis city"
    assert set(
        JurisdictionAlias.objects.filter(jurisdiction__slug="united-states").values_list(
            "text", "case_sensitive"
        )
    ) == {("US", True), ("U.S.", False)}
    assert_tree_consistent()


def test_a_second_load_changes_nothing(fixtures_dir):
    load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    before, aliases = snapshot(), JurisdictionAlias.objects.count()
    report = load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    assert (report.places.created, report.aliases.created, report.filled) == (0, 0, 0)
    assert (snapshot(), JurisdictionAlias.objects.count()) == (before, aliases)


def test_staff_edits_survive_a_reload(fixtures_dir):
    load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    paris = Jurisdiction.objects.get(geonames_id=1)
    paris.name, paris.population = "Paris, France", 2_100_000
    paris.parent = Jurisdiction.objects.get(slug="united-states")  # a mistake staff may make
    paris.save()
    kansas_city = Jurisdiction.objects.get(slug="minneapolis-kansas")
    kansas_city.slug = "minneapolis-ks"
    kansas_city.save()
    Jurisdiction.objects.get(slug="minneapolis").aliases.create(text="Mill City")
    load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    paris.refresh_from_db()
    assert (paris.name, paris.population, paris.parent.slug) == (
        "Paris, France",
        2_100_000,
        "united-states",
    )
    assert Jurisdiction.objects.filter(slug__startswith="minneapolis").count() == 2
    assert Jurisdiction.objects.get(slug="minneapolis").aliases.get().text == "Mill City"


def test_a_few_places_missing_from_a_loaded_tree_are_placed_one_by_one(fixtures_dir):
    records = gazetteer()
    load_directory(records[:-1], fixtures_dir=fixtures_dir)
    report = load_directory(records, fixtures_dir=fixtures_dir)
    assert report.places.created == 1
    assert Jurisdiction.objects.get(geonames_id=1).history.count() == 1  # saved, so recorded
    assert_tree_consistent()


def test_a_later_load_fills_blanks_of_several_places_that_have_no_geonames_id(fixtures_dir):
    load_directory(gazetteer(), fixtures_dir=fixtures_dir)
    records = gazetteer()
    for record in records:
        if record.name in ("Minnesota", "Kansas"):
            record.population = 5_700_000  # a newer gazetteer knows what the older did not
    report = load_directory(records, fixtures_dir=fixtures_dir)
    assert report.filled == 2
    assert set(Jurisdiction.objects.filter(kind="state").values_list("population", flat=True)) == {
        5_700_000
    }


CN = "ocd-division/country:cn"


def china(*, with_regions):
    """China as older data gave it (every city under the country, the provinces with ISO's
    names) or as it is now (cities in their provinces, which have English names)."""
    country = PlaceRecord(CN, "China", "country", ocd_id=CN, iso_code="CN")
    provinces = [
        PlaceRecord(f"iso:{code}", f"{name} Sheng", "state", CN, iso_code=code)
        for code, name in (("CN-ZJ", "Zhejiang"), ("CN-JS", "Jiangsu"))
    ]
    if with_regions:
        for province in provinces:
            province.name, province.official_name = province.name[:-6], province.name
    region = provinces[0].key if with_regions else CN
    return [
        country,
        *provinces,
        PlaceRecord("geonames:1808926", "Hangzhou", "city", region, geonames_id=1808926),
        PlaceRecord("geonames:1799397", "Ningbo", "city", region, geonames_id=1799397),
    ]


def test_a_reload_moves_a_city_from_its_country_into_the_region_the_data_now_gives_it(
    fixtures_dir,
):
    load_directory(china(with_regions=False), fixtures_dir=fixtures_dir)
    assert Jurisdiction.objects.get(geonames_id=1808926).parent.name == "China"
    report = load_directory(china(with_regions=True), fixtures_dir=fixtures_dir)
    hangzhou = Jurisdiction.objects.get(geonames_id=1808926)
    assert (report.moved, report.renamed, report.places.created) == (2, 2, 0)
    assert hangzhou.qualified_name == "Hangzhou, Zhejiang, China"
    assert_tree_consistent()
    again = load_directory(china(with_regions=True), fixtures_dir=fixtures_dir)
    assert (again.moved, again.renamed) == (0, 0)


def test_a_city_staff_moved_and_a_region_staff_renamed_stay_as_they_are(fixtures_dir):
    load_directory(china(with_regions=False), fixtures_dir=fixtures_dir)
    ningbo = Jurisdiction.objects.get(geonames_id=1799397)
    ningbo.parent = Jurisdiction.objects.get(iso_code="CN-JS")  # a mistake staff may make
    ningbo.save()
    jiangsu = Jurisdiction.objects.get(iso_code="CN-JS")
    jiangsu.name = "Jiangsu Province"
    jiangsu.save()
    report = load_directory(china(with_regions=True), fixtures_dir=fixtures_dir)
    ningbo.refresh_from_db()
    assert (report.moved, report.renamed) == (1, 1)  # Hangzhou and Zhejiang alone
    assert ningbo.qualified_name == "Ningbo, Jiangsu Province, China"
    assert Jurisdiction.objects.get(geonames_id=1808926).parent.iso_code == "CN-ZJ"
