"""Loading the reference records in fixtures/: places and organisations with their aliases.

Records are created when missing and otherwise left as staff left them; missing aliases are
added; a bad record fails alone, named by file and slug."""

import pytest
import yaml
from django.conf import settings

from directory.demonyms import DEMONYMS
from directory.loading import load_reference_records
from directory.models import Jurisdiction, Organisation
from directory.place_names import PlaceName

pytestmark = pytest.mark.django_db


def fixtures(folder, *, jurisdictions=None, organisations=None):
    if jurisdictions is not None:
        (folder / "jurisdictions.yaml").write_text(jurisdictions)
    if organisations is not None:
        (folder / "organisations.yaml").write_text(organisations)
    return folder


def test_a_bad_record_fails_alone_naming_the_file_and_the_slug(tmp_path):
    fixtures(
        tmp_path,
        jurisdictions="- {slug: utopia, name: Utopia, kind: country}\n"
        "- {slug: atlantis, name: Atlantis, kind: city, parent: nowhere}\n"
        "- {slug: narnia, name: Narnia, kind: kingdom}\n",
        organisations="- {slug: ngo, name: An NGO, kind: civil_society}\n",
    )
    counts = load_reference_records(tmp_path)
    assert counts["jurisdictions"].created == 1
    assert counts["jurisdictions"].failed == 2
    problems = [problem for _source, problem in counts["jurisdictions"].failures]
    assert problems[0] == "jurisdiction 'atlantis': unknown parent 'nowhere' (list parents first)"
    assert problems[1].startswith("jurisdiction 'narnia':")
    assert all(
        source.endswith("jurisdictions.yaml") for source, _ in counts["jurisdictions"].failures
    )
    assert list(Jurisdiction.objects.values_list("slug", flat=True)) == ["utopia"]
    assert Organisation.objects.filter(slug="ngo").exists()  # beside the organisation directory


def test_a_fixture_file_that_is_not_yaml_is_reported(tmp_path):
    fixtures(tmp_path, organisations="- {slug: ngo, name: [unclosed\n")
    counts = load_reference_records(tmp_path)["organisations"]
    assert counts.failed == 1
    source, problem = counts.failures[0]
    assert source.endswith("organisations.yaml")
    assert problem.startswith("invalid YAML, line 2:")


def test_missing_files_load_nothing_and_fail_nothing(tmp_path):
    counts = load_reference_records(tmp_path)
    assert {kind: counts[kind].as_dict() for kind in ("jurisdictions", "organisations")} == {
        kind: {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        for kind in ("jurisdictions", "organisations")
    }


def test_places_are_loaded_into_the_tree_parents_first(tmp_path):
    fixtures(
        tmp_path,
        jurisdictions="- {slug: us, name: United States, kind: country, iso_code: US,"
        " ocd_id: 'ocd-division/country:us'}\n"
        "- {slug: mn, name: Minnesota, kind: state, parent: us}\n"
        "- {slug: mpls, name: Minneapolis, kind: city, parent: mn}\n",
    )
    load_reference_records(tmp_path)
    minneapolis = Jurisdiction.objects.get(slug="mpls")
    assert minneapolis.qualified_name == "Minneapolis, Minnesota, United States"
    inside = Jurisdiction.objects.descendants_of(Jurisdiction.objects.get(slug="us"))
    assert set(inside.values_list("slug", flat=True)) == {"us", "mn", "mpls"}
    assert Jurisdiction.objects.get(slug="us").ocd_id == "ocd-division/country:us"


def test_aliases_are_text_or_a_mapping_with_their_options(tmp_path):
    fixtures(
        tmp_path,
        organisations="- slug: acme\n  name: Acme\n  kind: company\n  aliases:\n"
        "    - Acme.com\n"
        "    - {text: ACME, case_sensitive: true}\n"
        "    - {text: Acme valley, exclude: true}\n",
    )
    load_reference_records(tmp_path)
    aliases = {
        (a.text, a.case_sensitive, a.exclude)
        for a in Organisation.objects.get(slug="acme").aliases.all()
    }
    assert aliases == {
        ("Acme.com", False, False),
        ("ACME", True, False),
        ("Acme valley", False, True),
    }


def test_an_alias_that_is_neither_text_nor_a_mapping_fails_its_record(tmp_path):
    fixtures(
        tmp_path,
        organisations="- {slug: ngo, name: An NGO, kind: civil_society, aliases: [[nested]]}\n"
        "- {slug: other, name: Another, kind: civil_society}\n",
    )
    counts = load_reference_records(tmp_path)["organisations"]
    assert (counts.created, counts.failed) == (1, 1)
    assert counts.failures[0][1].startswith("organisation 'ngo': alias ['nested']")
    assert Organisation.objects.filter(slug="other").exists()
    assert not Organisation.objects.filter(slug="ngo").exists()


def test_a_reload_keeps_staff_edits_and_adds_only_missing_aliases(tmp_path):
    fixtures(
        tmp_path,
        organisations="- {slug: ngo, name: An NGO, kind: civil_society, aliases: [NGO]}\n",
    )
    load_reference_records(tmp_path)
    ngo = Organisation.objects.get(slug="ngo")
    ngo.name = "The NGO, renamed by staff"
    ngo.save()
    fixtures(
        tmp_path,
        organisations="- {slug: ngo, name: An NGO, kind: company, aliases: [NGO, The NGO]}\n",
    )
    counts = load_reference_records(tmp_path)["organisations"]
    assert (counts.created, counts.unchanged, counts.failed) == (0, 1, 0)
    ngo.refresh_from_db()
    assert (ngo.name, ngo.kind) == ("The NGO, renamed by staff", "civil_society")
    assert sorted(ngo.aliases.values_list("text", flat=True)) == ["NGO", "The NGO"]


def test_a_fixture_alias_is_searchable_and_places_the_fixtures_do_not_touch_are_not_reindexed(
    tmp_path,
):
    untouched = Jurisdiction.objects.create(slug="ohio", name="Ohio", kind="state")
    PlaceName.objects.filter(jurisdiction=untouched).delete()  # as a bulk load leaves it
    fixtures(tmp_path, jurisdictions="- {slug: uk, name: United Kingdom, kind: country}\n")
    load_reference_records(tmp_path)
    fixtures(
        tmp_path,
        jurisdictions="- {slug: uk, name: United Kingdom, kind: country, aliases: [Britain]}\n",
    )
    load_reference_records(tmp_path)
    assert PlaceName.objects.filter(jurisdiction__slug="uk", key="britain").exists()
    assert not PlaceName.objects.filter(jurisdiction=untouched).exists()


def test_no_curated_place_is_known_by_a_nationality():
    """ "French deputies" name no place: the key of every reading set counts France only where a
    text names it."""
    records = yaml.safe_load((settings.BASE_DIR / "fixtures" / "jurisdictions.yaml").read_text())
    aliases = {
        alias["text"] if isinstance(alias, dict) else alias
        for record in records
        for alias in record.get("aliases", [])
    }
    assert not aliases & DEMONYMS.keys()


def test_an_organisation_of_an_international_body_names_it_by_its_slug(tmp_path):
    fixtures(
        tmp_path,
        jurisdictions="- {slug: united-nations, name: United Nations, kind: international}\n"
        "- {slug: utopia, name: Utopia, kind: country, iso_code: UT}\n",
        organisations="- {slug: unesco, name: UNESCO, kind: government,"
        " jurisdiction: united-nations}\n"
        "- {slug: ministry, name: Ministry, kind: government, jurisdiction: utopia}\n",
    )
    load_reference_records(tmp_path)
    assert Organisation.objects.get(slug="unesco").jurisdiction.slug == "united-nations"
    assert Organisation.objects.get(slug="ministry").jurisdiction is None  # a country: its code


def test_an_organisation_of_a_city_abroad_names_it_by_its_geonames_id(tmp_path):
    london = Jurisdiction.objects.create(
        name="London", slug="london", kind="city", geonames_id=2643743
    )
    fixtures(
        tmp_path,
        jurisdictions="",
        organisations="- {slug: met, name: Metropolitan Police Service, kind: government,"
        ' jurisdiction: "geonames:2643743"}\n',
    )
    load_reference_records(tmp_path)
    assert Organisation.objects.get(slug="met").jurisdiction == london


def test_a_geonames_id_that_is_no_number_fails_its_record_with_a_clear_error(tmp_path):
    fixtures(
        tmp_path,
        jurisdictions="",
        organisations="- {slug: met, name: Met, kind: government,"
        " jurisdiction: 'geonames:London'}\n"
        "- {slug: other, name: Another, kind: civil_society}\n",
    )
    counts = load_reference_records(tmp_path)["organisations"]
    assert (counts.created, counts.failed) == (1, 1)
    assert "a GeoNames ID is a number" in counts.failures[0][1]
    assert not Organisation.objects.filter(slug="met").exists()
