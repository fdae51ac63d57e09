"""The jurisdictions page's maps: countries and US states shaded by their published actions,
and the busiest cities and counties drawn as points where the directory has their coordinates.

The geometry is TopoJSON vendored in maps/geodata/ (see its README). It is decoded, projected,
simplified and turned into SVG path data once per process; a request only pairs the shapes with
jurisdictions and the totals the list view has already counted, so the maps cost no queries and
the page needs no JavaScript.
"""

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db.models import Q, Subquery

from directory.models import Jurisdiction, JurisdictionKind

from .geometry import albers_usa, decode_arcs, draw, equal_earth, project_arcs
from .markup import linked_shapes_svg, plain_shapes_svg, points_svg, table_rows_html

GEODATA = Path(__file__).with_name("geodata")

ANTARCTICA = "010"  # No jurisdiction there, and it would take a fifth of the world map's height.

# FIPS state codes of the states in us-atlas, by USPS code (the suffix of ISO 3166-2 US-XX).
US_STATE_FIPS = {
    "AL": "01", "AK": "02", "AZ": "04", "AR": "05", "CA": "06", "CO": "08", "CT": "09",
    "DE": "10", "DC": "11", "FL": "12", "GA": "13", "HI": "15", "ID": "16", "IL": "17",
    "IN": "18", "IA": "19", "KS": "20", "KY": "21", "LA": "22", "ME": "23", "MD": "24",
    "MA": "25", "MI": "26", "MN": "27", "MS": "28", "MO": "29", "MT": "30", "NE": "31",
    "NV": "32", "NH": "33", "NJ": "34", "NM": "35", "NY": "36", "NC": "37", "ND": "38",
    "OH": "39", "OK": "40", "OR": "41", "PA": "42", "RI": "44", "SC": "45", "SD": "46",
    "TN": "47", "TX": "48", "UT": "49", "VT": "50", "VA": "51", "WA": "53", "WV": "54",
    "WI": "55", "WY": "56",
}  # fmt: skip

# A sequential scale has at most this many shades (colours are in site.css, .shade-1 to -5).
SHADES = 5

_OCD_COUNTRY = re.compile(r"ocd-division/country:([a-z]{2})")
_OCD_US_STATE = re.compile(r"ocd-division/country:us/(?:state|district|territory):([a-z]{2})")
_ISO_US_STATE = re.compile(r"US-([A-Z]{2})")


def _load(name):
    return json.loads((GEODATA / name).read_text(encoding="utf-8"))


@cache
def world_outline():
    """Countries (Natural Earth 1:110m) in the Equal Earth projection, without Antarctica."""
    topology = _load("countries-110m.json")
    geometries = [
        geometry
        for geometry in topology["objects"]["countries"]["geometries"]
        if geometry.get("id") != ANTARCTICA
    ]
    return draw(geometries, project_arcs(decode_arcs(topology), equal_earth))


@cache
def us_outline():
    """US states, already projected by us-atlas (Albers USA, Alaska and Hawaii inset)."""
    topology = _load("states-albers-10m.json")
    return draw(topology["objects"]["states"]["geometries"], decode_arcs(topology))


# --- Matching jurisdictions to shapes -------------------------------------------------------


@cache
def _iso_numeric_by_alpha2():
    return {alpha2: numeric for alpha2, _alpha3, numeric, *_ in _load("iso-3166-1-codes.json")}


def country_code(jurisdiction):
    """ISO 3166-1 alpha-2 code from `iso_code`, else from an OCD country division, else None."""
    iso_code = (jurisdiction.iso_code or "").strip().upper()
    if len(iso_code) == 2 and iso_code.isalpha():
        return iso_code
    match = _OCD_COUNTRY.fullmatch(jurisdiction.ocd_id or "")
    return match[1].upper() if match else None


def world_shape_id(jurisdiction):
    """The world-atlas id (ISO 3166-1 numeric, e.g. "840") of a country jurisdiction, or None.

    Only countries: a state or city whose code happens to be two letters ("MA") is not Morocco.
    """
    if jurisdiction.kind != JurisdictionKind.COUNTRY:
        return None
    code = country_code(jurisdiction)
    return _iso_numeric_by_alpha2().get(code) if code else None


def us_state_code(jurisdiction):
    """USPS code of a US state, DC or territory (from ISO 3166-2 US-XX or the OCD id), or None."""
    match = _ISO_US_STATE.fullmatch((jurisdiction.iso_code or "").strip().upper())
    if not match:
        match = _OCD_US_STATE.fullmatch(jurisdiction.ocd_id or "")
    return match[1].upper() if match else None


def us_state_shape_id(jurisdiction):
    """The us-atlas id (FIPS code, e.g. "25" for Massachusetts) of a US state, or None."""
    if jurisdiction.kind != JurisdictionKind.STATE:
        return None
    code = us_state_code(jurisdiction)
    return US_STATE_FIPS.get(code) if code else None


# --- Shading --------------------------------------------------------------------------------


def count_classes(highest, most=SHADES):
    """Ranges of action counts sharing a shade, from 1 to `highest`, at most `most` of them.

    Up to `most` actions each count has its own shade. Beyond that, ranges start at round numbers
    (1, 2, 3, 5, 10, 20, 30, 50, 100...) that readers take in at a glance, spaced evenly on that
    roughly logarithmic scale so a few busy places do not wash every other place out.
    """
    if highest <= most:
        return [(count, count) for count in range(1, highest + 1)]
    lows, magnitude = [], 1
    while magnitude < highest:
        lows += [step * magnitude for step in (1, 2, 3, 5) if step * magnitude < highest]
        magnitude *= 10
    if len(lows) > most:
        lows = [lows[round(i * (len(lows) - 1) / (most - 1))] for i in range(most)]
    highs = [low - 1 for low in lows[1:]] + [highest]
    return list(zip(lows, highs, strict=True))


def _shade_numbers(classes):
    """Spread the palette's shades over however many classes there are, lightest first."""
    if len(classes) == 1:
        return [math.ceil(SHADES / 2)]
    return [1 + round(i * (SHADES - 1) / (len(classes) - 1)) for i in range(len(classes))]


def _actions(count):
    return f"{count} action{'' if count == 1 else 's'}"


@dataclass
class MapShape:
    path: str
    jurisdiction: object = None
    count: int = 0
    shade: int = 0

    @property
    def label(self):
        return f"{self.jurisdiction.name}: {_actions(self.count)}"


@dataclass
class MapPoint:
    """A city or county with published actions, drawn as a dot; `x` None when this map
    cannot place it (Puerto Rico on the US map)."""

    jurisdiction: object
    count: int
    x: int | None = None
    y: int | None = None

    @property
    def drawn(self):
        return self.x is not None

    @property
    def label(self):
        return f"{self.jurisdiction.name}: {_actions(self.count)}"


@dataclass
class Choropleth:
    key: str
    title: str
    description: str
    width: int
    height: int
    shapes: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    points: list = field(default_factory=list)

    @property
    def drawn_points(self):
        return [point for point in self.points if point.drawn]

    @property
    def linked_shapes(self):
        return [shape for shape in self.shapes if shape.jurisdiction]

    @property
    def plain_shapes(self):
        return [shape for shape in self.shapes if not shape.jurisdiction]

    # The markup repeated for each shape, point and row (see maps.markup).
    def plain_shapes_svg(self):
        return plain_shapes_svg(self.plain_shapes)

    def linked_shapes_svg(self):
        return linked_shapes_svg(self.linked_shapes)

    def drawn_points_svg(self):
        return points_svg(self.drawn_points)

    def rows_html(self):
        return table_rows_html(self.rows)

    def points_html(self):
        return table_rows_html(self.points)


@dataclass
class MapRow:
    jurisdiction: object
    count: int
    drawn: bool


def choropleth(key, title, description, outline, matched, unmatched=()):
    """Pair an outline's shapes with (shape id, jurisdiction) pairs carrying `action_total`.

    `unmatched` jurisdictions have no shape on this map; they are listed in its table, marked so.
    """
    jurisdiction_by_shape = {}
    for shape_id, jurisdiction in matched:
        jurisdiction_by_shape.setdefault(shape_id, jurisdiction)
    drawn_ids = outline.ids
    # Only the first jurisdiction matched to a shape is drawn there (two could claim one shape,
    # one by ISO code and one by OCD id); any other is listed as not on the map.
    rows = [
        MapRow(
            jurisdiction,
            jurisdiction.action_total,
            shape_id in drawn_ids and jurisdiction_by_shape[shape_id] is jurisdiction,
        )
        for shape_id, jurisdiction in matched
    ] + [MapRow(jurisdiction, jurisdiction.action_total, False) for jurisdiction in unmatched]
    rows.sort(key=lambda row: (-row.count, row.jurisdiction.name))

    highest = max((row.count for row in rows if row.drawn), default=0)
    classes = count_classes(highest)
    shades = _shade_numbers(classes) if classes else []
    legend = [(0, "No published actions")] + [
        (shade, _actions(low) if low == high else f"{low}\N{EN DASH}{high} actions")
        for (low, high), shade in zip(classes, shades, strict=True)
    ]

    def shade_of(count):
        for (low, high), shade in zip(classes, shades, strict=True):
            if low <= count <= high:
                return shade
        return 0

    shapes = []
    for shape in outline.shapes:
        jurisdiction = jurisdiction_by_shape.get(shape.id)
        count = jurisdiction.action_total if jurisdiction else 0
        shapes.append(MapShape(shape.path, jurisdiction, count, shade_of(count)))
    return Choropleth(key, title, description, outline.width, outline.height, shapes, legend, rows)


def _world_point(outline, place):
    x, y = equal_earth(place.longitude, place.latitude)
    return outline.place(x, -y)


def _us_point(outline, place):
    projected = albers_usa(place.longitude, place.latitude)
    return outline.place(*projected) if projected else (None, None)


def map_points(outline, places, locate):
    """The places as points on `outline`, placed by `locate(outline, place)`."""
    return [
        MapPoint(place, place.action_total, *locate(outline, place))
        for place in places
        if place.action_total
    ]


def _in_the_us(jurisdiction, us_bounds):
    """Coded as a US state, DC or territory, or placed inside the United States in the tree."""
    return us_state_code(jurisdiction) is not None or any(
        left < jurisdiction.tree_left < right for left, right in us_bounds
    )


def drawn_or_listed():
    """Of the places with published actions, those the places page can use: everything above
    states, any place at the top of the tree (both listed), and the states of the United
    States, by their codes or by being inside it (`jurisdiction_maps`). The directory holds
    thousands of other states and regions; fetching each one with an action only to leave it
    out was 3,523 of the page's 3,767 places at 20,000 actions (bench/web)."""
    the_us = Jurisdiction.objects.filter(
        Q(iso_code__iexact="US") | Q(ocd_id="ocd-division/country:us"),
        kind=JurisdictionKind.COUNTRY,
    ).order_by("name", "tree_left")
    # Its bounds read once, not a lookup for each place. Ordered by name (one country matches
    # unless the directory is wrong; any order names the same one in both lookups), which the
    # (kind, name) index gives: ordered by tree_left, SQLite walked the whole tree's index
    # instead, reading each place's row: 72 -> 21 ms for the query of the places page.
    inside_the_us = Q(
        tree_left__gt=Subquery(the_us.values("tree_left")[:1]),
        tree_left__lt=Subquery(the_us.values("tree_right")[:1]),
    )
    return (
        ~Q(kind=JurisdictionKind.STATE)
        | Q(depth=0)
        | Q(iso_code__istartswith="US-")
        | Q(ocd_id__startswith="ocd-division/country:us/")
        | inside_the_us
    )


def jurisdiction_maps(jurisdictions, points=()):
    """The world and US maps, with their tables, for jurisdictions carrying `action_total`,
    and `points` (cities and counties carrying it too, and coordinates) drawn as dots: those
    in the United States on the US map when there is one, the others on the world map.

    The EU and international bodies are not one country's shape: they are listed in the world
    table as not drawn, and shade nothing, rather than lending their totals to member states.
    Likewise US territories (Puerto Rico, Guam, ...), which the US atlas does not draw, are
    listed in the US table when they have published actions.
    """
    us_bounds = [
        (jurisdiction.tree_left, jurisdiction.tree_right)
        for jurisdiction in jurisdictions
        if jurisdiction.kind == JurisdictionKind.COUNTRY and country_code(jurisdiction) == "US"
    ]
    countries, beyond_countries, states, beyond_states = [], [], [], []
    for jurisdiction in jurisdictions:
        if shape_id := world_shape_id(jurisdiction):
            countries.append((shape_id, jurisdiction))
        elif shape_id := us_state_shape_id(jurisdiction):
            states.append((shape_id, jurisdiction))
        elif (
            jurisdiction.kind == JurisdictionKind.STATE
            and jurisdiction.action_total
            and _in_the_us(jurisdiction, us_bounds)
        ):
            beyond_states.append(jurisdiction)
        elif jurisdiction.kind in (
            JurisdictionKind.COUNTRY,
            JurisdictionKind.SUPRANATIONAL,
            JurisdictionKind.INTERNATIONAL,
        ):
            beyond_countries.append(jurisdiction)
    us_map = bool(states or beyond_states)
    us_points = [place for place in points if us_map and _in_the_us(place, us_bounds)]
    in_us = {place.pk for place in us_points}
    world_points = [place for place in points if place.pk not in in_us]
    maps = []
    if countries or beyond_countries:
        world = choropleth(
            "world",
            "Countries",
            "Map of the world's countries shaded by their published actions, "
            "with cities and counties as points",
            world_outline(),
            countries,
            beyond_countries,
        )
        world.points = map_points(world_outline(), world_points, _world_point)
        maps.append(world)
    if us_map:
        us = choropleth(
            "us",
            "US states",
            "Map of the states of the United States shaded by their published actions, "
            "with cities and counties as points",
            us_outline(),
            states,
            beyond_states,
        )
        us.points = map_points(us_outline(), us_points, _us_point)
        maps.append(us)
    return maps
