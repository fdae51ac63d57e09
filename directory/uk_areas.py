"""The United Kingdom's local areas, as its news names them: the counties, unitary authorities,
London boroughs, metropolitan districts, Scottish council areas, Welsh principal areas and
Northern Irish districts that ISO 3166-2 lists below England, Scotland, Wales and Northern
Ireland ("a school in Essex", "North Ayrshire's schools", "police in Croydon"), and the areas
`places.yaml` adds that ISO leaves out (Greater Manchester, the West Midlands, Yorkshire).

Part of `directory.gazetteer`: records in, records out. An area named like a city the
directory already holds in the same nation (Birmingham, Leeds, "Glasgow City", "Bristol,
City of") is left out: a reader who writes the name means the city.
"""

import pycountry
from django.utils.text import slugify

from core.records import RecordError

from .names import iso_subdivision_name, match_key

# The nations the areas sit under, by their ISO codes.
_NATIONS = ("GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR")
# Areas whose name news uses for something else: "Westminster" is Parliament.
_NAMES_FOR_OTHER_THINGS = frozenset({"GB-WSM"})


def uk_area_records(places, record_type, curated_areas=None):
    """A record of kind "county" for each local area of the United Kingdom, under its nation;
    `places` holds the nations and cities already read (`gazetteer.Places`); `curated_areas`
    ({nation's ISO code: [name, ...]}) adds the areas ISO 3166-2 leaves out."""
    nation_keys = {code: places.key_of_iso.get(code) for code in _NATIONS}
    cities = _city_names_by_nation(places, nation_keys)
    records = []
    for area in sorted(pycountry.subdivisions.get(country_code="GB"), key=lambda s: s.code):
        nation_key = nation_keys.get(area.parent_code)
        if nation_key is None or area.code in _NAMES_FOR_OTHER_THINGS:
            continue  # a nation itself, a country the directory does not hold, a metonym
        names = iso_subdivision_name(area.name)
        name = as_written(names.name)
        if match_key(_without_city(name)) in cities[nation_key]:
            continue
        record = record_type(
            key=f"iso:{area.code}",
            name=name,
            kind="county",
            parent_key=nation_key,
            iso_code=area.code,
            official_name=area.name if area.name != name else "",
        )
        record.add_aliases(names.aliases, case_sensitive=False)
        records.append(record)
    for code, names in (curated_areas or {}).items():
        nation_key = nation_keys.get(code)
        if nation_key is None:
            raise RecordError(f"places.yaml: uk_areas: {code} is not one of {', '.join(_NATIONS)}")
        nation = places.by_key[nation_key].name
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise RecordError(f"places.yaml: uk_areas: {code} must list the areas' names")
        for name in names:
            slug = slugify(f"{name} {nation}")  # found again by it: these have no code
            records.append(
                record_type(key=f"uk-area:{slug}", name=name, kind="county",
                            parent_key=nation_key, slug=slug)
            )  # fmt: skip
    return records


def as_written(iso_name):
    """ "Durham, County" is County Durham, "London, City of" the City of London, "Vale of
    Glamorgan, The" the Vale of Glamorgan: ISO's inverted names put right."""
    head, comma, tail = iso_name.rpartition(", ")
    if not comma:
        return iso_name
    if tail in ("County", "City of"):
        return f"{tail} {head}"
    if tail == "The":
        return head
    return iso_name


def _without_city(name):
    """ "Glasgow City", "City of Bristol": the city's own name."""
    if name.startswith("City of "):
        return name.removeprefix("City of ")
    return name.removesuffix(" City")


def _city_names_by_nation(places, nation_keys):
    names = {key: set() for key in nation_keys.values() if key is not None}
    for record in places.by_key.values():
        if record.kind == "city" and record.parent_key in names:
            names[record.parent_key].add(match_key(record.name))
    return names
