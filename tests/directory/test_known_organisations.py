"""The organisations the directory's data knows by name: who they are, where they act, and the
names they go by."""

import yaml
from django.conf import settings


def test_the_federal_departments_that_sanction_companies_are_known_as_the_us_government():
    """ "The Commerce Department on Monday put 28 companies on its Entity List": the act is the
    United States', which only the department's record can say when the sentence names no
    place of its own (it names Xinjiang, where the repression is)."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    for name, alias in [
        ("Department of Commerce", "Commerce Department"),
        ("Department of the Treasury", "Treasury Department"),
    ]:
        record = records[name]
        assert (record["kind"], record["jurisdiction"]) == ("government", "US")
        assert alias in record["aliases"]


def test_the_uk_cabinet_office_and_the_fcc_are_known_with_their_countries():
    """ "The Cabinet Office on Thursday ordered government departments to stop installing" and
    "the FCC said on Friday" place what they do, where the sentence names no country."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    cabinet_office = records["Cabinet Office"]
    fcc = records["Federal Communications Commission"]
    assert (cabinet_office["kind"], cabinet_office["jurisdiction"]) == ("government", "GB")
    assert (fcc["kind"], fcc["jurisdiction"]) == ("regulator", "US")
    assert {"text": "FCC", "case_sensitive": True} in fcc["aliases"]


def test_an_airport_operator_and_a_van_camera_maker_are_known_companies():
    """ "Aeroporti di Roma paused a similar system" and "footage from Netradyne cameras": single
    names with no word a company's name ends in, which only the directory can know."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    assert (records["Aeroporti di Roma"]["kind"], records["Aeroporti di Roma"]["jurisdiction"]) == (
        "company",
        "IT",
    )
    assert (records["Netradyne"]["kind"], records["Netradyne"]["jurisdiction"]) == ("company", "US")


def test_airport_delivery_and_tax_bodies_fined_over_biometrics_are_known():
    """ "fined Aena", "fined Foodinho, the company through which Glovo runs", "the Guardia di
    Finanza", "served a final enforcement notice on HM Revenue and Customs": names with no word
    a body's name ends in, and HMRC's initials, which only the directory can know."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    for name, kind, country in [
        ("Aena", "company", "ES"),
        ("Glovo", "company", "ES"),
        ("Foodinho", "company", "IT"),
        ("Guardia di Finanza", "government", "IT"),
        ("HM Revenue and Customs", "government", "GB"),
    ]:
        assert (records[name]["kind"], records[name]["jurisdiction"]) == (kind, country)
    assert {"text": "HMRC", "case_sensitive": True} in records["HM Revenue and Customs"]["aliases"]


def test_australias_review_tribunals_are_known_courts_of_australia():
    """ "the Administrative Review Tribunal partly set aside the finding": a national tribunal,
    whose decisions are Australia's wherever the facts it reviews took place."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    for name in ("Administrative Review Tribunal", "Administrative Appeals Tribunal"):
        assert (records[name]["kind"], records[name]["jurisdiction"]) == ("court", "AU")


def test_a_grocer_and_amazons_doorbell_company_are_known():
    """ "Wegmans said on Monday", "Amazon's Ring began rolling out Familiar Faces": Ring only
    capitalised (a ring is no company), and with no country, as it sells abroad too."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    assert (records["Wegmans"]["kind"], records["Wegmans"]["jurisdiction"]) == ("company", "US")
    assert records["Ring"]["kind"] == "company" and "jurisdiction" not in records["Ring"]
    assert {"text": "Ring", "case_sensitive": True} in records["Ring"]["aliases"]


def test_the_aclus_california_advocacy_arm_is_known():
    """ "the ACLU California Action": the California affiliates' legislative arm, not the
    national ACLU with a place and a word after it."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    record = records["ACLU California Action"]
    assert (record["kind"], record["jurisdiction"]) == ("civil_society", "US-CA")


def test_the_numbered_federal_appeals_courts_are_known_by_their_short_names():
    """ "the Seventh Circuit's 2019 ruling", "the 9th Circuit": how the news names them after
    the first mention, as "D.C. Circuit" names its court."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    for word, number in [
        ("First", "1st"),
        ("Seventh", "7th"),
        ("Ninth", "9th"),
        ("Eleventh", "11th"),
    ]:
        aliases = records[f"United States Court of Appeals for the {word} Circuit"]["aliases"]
        for short in (f"{word} Circuit", f"{number} Circuit"):
            assert {"text": short, "case_sensitive": True} in aliases


def test_indonesias_and_malaysias_chambers_are_known():
    """ "Indonesia's House of Representatives" is not the United States'; "the Dewan Rakyat" and
    "the Dewan Negara" are Malaysia's two chambers, named in Malay in English news."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    indonesia = records["House of Representatives of Indonesia"]
    assert indonesia["jurisdiction"] == "ID"
    assert "Indonesia's House of Representatives" in indonesia["aliases"]
    for name in ("Dewan Rakyat", "Dewan Negara", "Parliament of Malaysia"):
        assert (records[name]["kind"], records[name]["jurisdiction"]) == ("government", "MY")


def test_turkeys_parliament_and_the_uns_mission_on_iran_are_known():
    """ "Turkey's Grand National Assembly" (read before as a bare "Grand National Assembly")
    and the UN's fact-finding mission on Iran, named in full."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    assembly = records["Grand National Assembly of Turkey"]
    assert (assembly["kind"], assembly["jurisdiction"]) == ("government", "TR")
    assert "Turkey's Grand National Assembly" in assembly["aliases"]
    mission = records["Independent International Fact-Finding Mission on Iran"]
    assert mission["jurisdiction"] == "united-nations"


def test_a_uk_party_italys_interior_ministry_and_briefcams_owner_are_known():
    """ "the Liberal Democrats' digital spokesperson", "the Interior Ministry" in a text about
    Italy (Italy's own, as the reader finds it under "Italian Interior Ministry") and "the
    Japanese camera maker Canon", only capitalised: names only the directory can know."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    for name, kind, country in [
        ("Liberal Democrats", "government", "GB"),
        ("Italian Ministry of the Interior", "government", "IT"),
    ]:
        assert (records[name]["kind"], records[name]["jurisdiction"]) == (kind, country)
    assert "Italian Interior Ministry" in records["Italian Ministry of the Interior"]["aliases"]
    assert records["Canon"]["kind"] == "company" and "jurisdiction" not in records["Canon"]
    assert {"text": "Canon", "case_sensitive": True} in records["Canon"]["aliases"]


def test_the_new_orleans_police_department_is_known_by_its_initials():
    """ "Cantrell signs ordinance letting NOPD use facial recognition": a related item that
    names only the department is placed in New Orleans by it."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    nopd = records["New Orleans Police Department"]
    assert nopd["jurisdiction"] == "ocd-division/country:us/state:la/place:new_orleans"
    assert {"text": "NOPD", "case_sensitive": True} in nopd["aliases"]


def test_south_africas_regulator_and_parliament_and_mexicos_chambers_are_known():
    """ "the Information Regulator can now ... impose fines", "after Parliament passed it",
    "Mexico's Senate voted", "The Chamber of Deputies approved the bill": each with its country,
    so a bare chamber in a text about the country is its own (not Brazil's or Canada's)."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    expected = {
        "Information Regulator": ("regulator", "ZA"),
        "Parliament of South Africa": ("government", "ZA"),
        "Vumacam": ("company", "ZA"),
        "Senate of Mexico": ("government", "MX"),
        "Chamber of Deputies of Mexico": ("government", "MX"),
    }
    for name, (kind, country) in expected.items():
        assert (records[name]["kind"], records[name]["jurisdiction"]) == (kind, country), name


def test_the_european_peoples_party_is_known_by_its_initials():
    """ "An amendment from the centre-right EPP group ... was defeated": the Parliament's largest
    group, named by initials only the directory can know."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    epp = records["European People's Party"]
    assert (epp["kind"], epp["jurisdiction"]) == ("government", "EU")
    assert {"text": "EPP", "case_sensitive": True} in epp["aliases"]


def test_serco_leisure_is_a_known_company_of_the_united_kingdom():
    """ "Last year the ICO ordered Serco Leisure to stop using face and fingerprint scans": a
    company whose name ends in no word a company's name ends in."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    serco = records["Serco Leisure"]
    assert (serco["kind"], serco.get("jurisdiction")) == ("company", "GB")


def test_japans_parliament_is_known_by_its_one_word_name_as_written():
    """ "expected to ask the Diet to approve it": a parliament called by a common word, known only
    with its capital."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    diet = records["National Diet"]
    assert (diet["kind"], diet["jurisdiction"]) == ("government", "JP")
    assert {"text": "Diet", "case_sensitive": True} in diet["aliases"]


def test_parliaments_of_ecuador_and_tanzania_and_mexicos_old_regulator_are_known():
    """ "Ecuador's National Assembly on Monday approved", "The act, which Parliament passed": a
    lone body's name in a text about the one country; "the National Transparency Institute
    (INAI)", the regulator's English short name."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    assert records["National Assembly of Ecuador"]["jurisdiction"] == "EC"
    assert records["Parliament of Tanzania"]["jurisdiction"] == "TZ"
    inai = records[
        "National Institute for Transparency, Access to Information and Personal Data Protection"
    ]
    assert "National Transparency Institute" in inai["aliases"]


def test_saxonys_parliament_germanys_left_and_far_right_and_two_interior_ministries_are_known():
    """ "The Landtag in Dresden approved the law ... Die Linke and the Greens voted against it
    ... the far-right Alternative for Germany (AfD)"; "Bulgaria's Interior Ministry, which runs
    the register" and "the Interior Ministry" in a text about Serbia, each its country's."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    landtag = records["Landtag of Saxony"]
    assert (landtag["kind"], landtag["jurisdiction"]) == ("government", "DE-SN")
    assert records["Die Linke"]["jurisdiction"] == "DE"
    assert {"text": "AfD", "case_sensitive": True} in records["Alternative for Germany"]["aliases"]
    bulgaria = records["Ministry of Interior of Bulgaria"]
    assert bulgaria["jurisdiction"] == "BG" and "Bulgarian Interior Ministry" in bulgaria["aliases"]
    serbia = records["Ministry of Internal Affairs of Serbia"]
    assert serbia["jurisdiction"] == "RS" and "Serbian Interior Ministry" in serbia["aliases"]


def test_hungarys_parties_its_civil_liberties_union_and_bavarias_regulator_in_english_are_known():
    """ "Viktor Orbán's Fidesz party and its junior partner, the Christian Democratic People's
    Party (KDNP)", "The main opposition party, Tisza" (not the river), "the Bavarian State Office
    for Data Protection Supervision", the BayLDA's English name."""
    path = settings.BASE_DIR / "directory" / "data" / "organisations.yaml"
    records = {record["name"]: record for record in yaml.safe_load(path.read_text())}
    for name in ("Fidesz", "Christian Democratic People's Party", "Tisza"):
        assert (records[name]["kind"], records[name]["jurisdiction"]) == ("government", "HU")
    assert {"text": "River Tisza", "exclude": True} in records["Tisza"]["aliases"]
    assert records["Hungarian Civil Liberties Union"]["kind"] == "civil_society"
    bavaria = records["Bayerisches Landesamt für Datenschutzaufsicht"]
    assert "Bavarian State Office for Data Protection Supervision" in bavaria["aliases"]
