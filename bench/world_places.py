"""A world-sized directory of places, generated, for tests and benchmarks of the public site.

The shape of the real directory: the UN and the Council of Europe, the EU with its 27 members
inside it, 250 countries, ~5,000 first-level subdivisions, the US states with ~3,000 counties
and ~30,000 census places, and ~30,000 cities elsewhere; about one place in ten has an alias.
Names repeat the way real ones do (dozens of Springfields), some carry accents ("Zürich"),
and a few real places are always there for tests to find: Boston (Massachusetts, Georgia,
Indiana, Lincolnshire), Portland (Oregon, Maine), Massachusetts, Maine, France, the UK.

    build_world(scale=1.0)   # ~70,000 places; scale=0.1 gives ~7,000, the same shape

Rows are written in bulk with their nested-set bounds already computed, then the tree is
checked with `rebuild_tree()` and the search keys indexed, as a real bulk load would.
"""

import json
import random
from pathlib import Path

from django.db import transaction

from directory.models import Jurisdiction, JurisdictionAlias, JurisdictionKind
from directory.place_names import PlaceName

ROOT = Path(__file__).resolve().parent.parent
COUNTRY_CODES = ROOT / "maps" / "geodata" / "iso-3166-1-codes.json"

EU_MEMBERS = {
    "AT": "Austria", "BE": "Belgium", "BG": "Bulgaria", "HR": "Croatia", "CY": "Cyprus",
    "CZ": "Czechia", "DK": "Denmark", "EE": "Estonia", "FI": "Finland", "FR": "France",
    "DE": "Germany", "GR": "Greece", "HU": "Hungary", "IE": "Ireland", "IT": "Italy",
    "LV": "Latvia", "LT": "Lithuania", "LU": "Luxembourg", "MT": "Malta", "NL": "Netherlands",
    "PL": "Poland", "PT": "Portugal", "RO": "Romania", "SK": "Slovakia", "SI": "Slovenia",
    "ES": "Spain", "SE": "Sweden",
}  # fmt: skip
OTHER_COUNTRIES = {
    "US": ("United States", ["United States of America", "U.S.", "USA"]),
    "GB": ("United Kingdom", ["UK", "Britain", "Great Britain"]),
    "CH": ("Switzerland", []), "BR": ("Brazil", []), "CA": ("Canada", []),
    "AU": ("Australia", []), "IN": ("India", []), "CN": ("China", []), "JP": ("Japan", []),
    "AE": ("United Arab Emirates", ["UAE"]), "MA": ("Morocco", []), "NO": ("Norway", []),
}  # fmt: skip
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
}  # fmt: skip
# Real places tests look for: (name, country code, subdivision code or name, slug).
KNOWN_CITIES = [
    ("Boston", "US", "MA", "boston-ma"),
    ("Boston", "US", "GA", "boston-ga"),
    ("Boston", "US", "IN", "boston-in"),
    ("Cambridge", "US", "MA", "cambridge-ma"),
    ("Springfield", "US", "MA", "springfield-ma"),
    ("Springfield", "US", "IL", "springfield-il"),
    ("Portland", "US", "OR", "portland-or"),
    ("Portland", "US", "ME", "portland-me"),
    ("Bangor", "US", "ME", "bangor-me"),
    ("Boston", "GB", "England", "boston-lincolnshire"),
    ("Zürich", "CH", "Zürich", "zurich"),
    ("São Paulo", "BR", "São Paulo", "sao-paulo"),
    ("Paris", "FR", "Île-de-France", "paris"),
]
PREFIXES = [
    "Ash", "Bay", "Bell", "Brook", "Cedar", "Clear", "Elm", "Fair", "Fox", "Glen", "Green",
    "High", "Lake", "Maple", "Mill", "North", "Oak", "Pine", "Red", "River", "Rock", "Silver",
    "Spring", "Stone", "Sun", "West", "East", "Wood", "Win", "Cold", "Deer", "Hill",
]  # fmt: skip
SUFFIXES = [
    "field", "ville", "ton", "burg", "wood", "dale", "port", "ford", "view", "haven", "mont",
    "land", "side", "bridge", "ham", "ridge", "creek", "falls", "brook", "water",
]  # fmt: skip
SYLLABLES = [
    "ka", "lo", "mi", "ra", "ve", "to", "san", "dor", "el", "ba", "ri", "na", "go", "ze",
    "lu", "pe", "ta", "vo", "ny", "ja", "qui",
]  # fmt: skip
ACCENTED = {"a": "á", "e": "é", "o": "ö", "u": "ü", "i": "í", "n": "ñ"}


def _english_name(rng):
    return rng.choice(PREFIXES) + rng.choice(SUFFIXES)


def _foreign_name(rng):
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.15:  # some names carry accents: they must be found without them
        plain = rng.choice([c for c in name if c in ACCENTED] or [name[0]])
        name = name.replace(plain, ACCENTED.get(plain, plain), 1)
    return name.capitalize()


class _Tree:
    """Places as they are generated: rows, children in name order, aliases, unique slugs."""

    def __init__(self):
        self.rows, self.children, self.aliases, self.slugs = [], {}, [], set()

    def add(self, name, kind, parent=None, *, slug=None, iso_code="", ocd_id=None, aliases=()):
        base = slug or "-".join(filter(None, [_slug(name), parent and parent.slug]))[:180]
        slug, n = base, 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        place = Jurisdiction(
            name=name, slug=slug, kind=kind, iso_code=iso_code, ocd_id=ocd_id, parent=parent
        )
        self.rows.append(place)
        self.children.setdefault(parent and parent.slug, []).append(place)
        self.aliases += [(place, text) for text in aliases]
        return place

    def number(self):
        """Nested-set bounds, depth and qualified names, children in name order (as
        `rebuild_tree` numbers them)."""
        counter = 0
        stack = [(p, 0, ()) for p in sorted(self.children[None], key=_order, reverse=True)]
        while stack:
            place, depth, ancestry = stack.pop()
            counter += 1
            if depth < 0:
                place.tree_right = counter
                continue
            place.tree_left, place.depth = counter, depth
            place.qualified_name = ", ".join((place.name, *ancestry))
            stack.append((place, -1, ()))
            for child in sorted(self.children.get(place.slug, []), key=_order, reverse=True):
                stack.append((child, depth + 1, (place.name, *ancestry)))


def _order(place):
    return place.name


def _slug(name):
    from django.utils.text import slugify

    return slugify(name)


def _generate(scale, rng):
    tree = _Tree()
    kind = JurisdictionKind
    tree.add("United Nations", kind.INTERNATIONAL, slug="united-nations", aliases=["UN"])
    tree.add("Council of Europe", kind.INTERNATIONAL, slug="council-of-europe")
    eu = tree.add("European Union", kind.SUPRANATIONAL, slug="european-union", iso_code="EU",
                  aliases=["EU"])  # fmt: skip
    countries = {}
    codes = [alpha2 for alpha2, *_ in json.loads(COUNTRY_CODES.read_text(encoding="utf-8"))]
    for code in codes[: max(len(EU_MEMBERS) + len(OTHER_COUNTRIES), round(250 * scale))] + list(
        {**EU_MEMBERS, **OTHER_COUNTRIES}
    ):
        if code in countries:
            continue
        name, aliases = OTHER_COUNTRIES.get(code, (EU_MEMBERS.get(code), []))
        countries[code] = tree.add(
            name or _foreign_name(rng) + "ia",
            kind.COUNTRY,
            eu if code in EU_MEMBERS else None,
            slug=_slug(name) if name else None,
            iso_code=code,
            ocd_id=f"ocd-division/country:{code.lower()}",
            aliases=aliases,
        )
    us = countries["US"]
    states = {
        code: tree.add(name, kind.STATE, us, slug=_slug(name), iso_code=f"US-{code}",
                       ocd_id=f"ocd-division/country:us/state:{code.lower()}")
        for code, name in US_STATES.items()
    }  # fmt: skip
    subdivisions = {}
    per_country = max(1, round(5000 * scale / len(countries)))
    for code, country in countries.items():
        if code == "US":
            continue
        for n in range(per_country):
            name = _foreign_name(rng) if code not in ("GB", "AU", "CA") else _english_name(rng)
            subdivisions.setdefault(code, []).append(
                tree.add(name, kind.STATE, country, iso_code=f"{code}-{n + 1:02d}")
            )
    for name, code, within, slug in KNOWN_CITIES:
        if code == "US":
            parent = states[within]
        else:
            parent = next((s for s in subdivisions[code] if s.name == within), None) or tree.add(
                within,
                kind.STATE,
                countries[code],
                iso_code=f"{code}-{len(subdivisions[code]) + 1:02d}",
            )
            subdivisions[code].append(parent)
        state_code = within.lower()
        tree.add(name, kind.CITY, parent, slug=slug,
                 ocd_id=f"ocd-division/country:us/state:{state_code}/place:{slug}"
                 if code == "US" else None)  # fmt: skip
    us_states = list(states.values())
    for n in range(round(3000 * scale)):
        state = us_states[n % len(us_states)]
        division = f"ocd-division/country:us/state:{state.iso_code[3:].lower()}"
        tree.add(
            f"{_english_name(rng)} County", kind.COUNTY, state, ocd_id=f"{division}/county:c{n}"
        )
    for n in range(round(30000 * scale)):
        state = rng.choice(us_states)
        division = f"ocd-division/country:us/state:{state.iso_code[3:].lower()}"
        place = tree.add(_english_name(rng), kind.CITY, state, ocd_id=f"{division}/place:p{n}")
        if rng.random() < 0.05:
            tree.aliases.append((place, f"{place.name} Township"))
    others = [s for group in subdivisions.values() for s in group]
    for _ in range(round(30000 * scale)):
        place = tree.add(_foreign_name(rng), kind.CITY, rng.choice(others))
        if rng.random() < 0.15:  # an exonym or a former name
            tree.aliases.append((place, _foreign_name(rng)))
    return tree


@transaction.atomic
def build_world(scale=1.0, seed=0):
    """Store a generated world directory; returns the number of places."""
    tree = _generate(scale, random.Random(seed))
    tree.number()
    # Level by level, so every parent has its primary key before its children are written.
    for depth in range(max(place.depth for place in tree.rows) + 1):
        Jurisdiction.objects.bulk_create(
            [place for place in tree.rows if place.depth == depth], batch_size=1000
        )
    JurisdictionAlias.objects.bulk_create(
        [JurisdictionAlias(jurisdiction=place, text=text) for place, text in tree.aliases],
        batch_size=1000,
        ignore_conflicts=True,
    )
    Jurisdiction.objects.rebuild_tree()
    PlaceName.objects.sync()
    return len(tree.rows)
