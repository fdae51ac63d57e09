"""The jurisdictions page's maps: countries and US states shaded by their published actions.

The geometry is TopoJSON vendored in policies/geodata/ (see its README). It is decoded, projected,
simplified and turned into SVG path data once per process; a request only pairs the shapes with
jurisdictions and the totals the list view has already counted, so the maps cost no queries and
the page needs no JavaScript.
"""

import itertools
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .models import JurisdictionKind

GEODATA = Path(__file__).with_name("geodata")

# Both maps are drawn 1920 units wide and shown at most ~900px wide, so whole units are finer than
# half a pixel: coordinates can be rounded to integers, which keeps the path data short.
CANVAS_WIDTH = 1920
SIMPLIFY_TOLERANCE = 1.0  # canvas units a simplified line may stray from the original
MIN_RING_AREA = 6.0  # canvas units squared; islands smaller than this are invisible specks

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
_OCD_US_STATE = re.compile(r"ocd-division/country:us/state:([a-z]{2})")
_ISO_US_STATE = re.compile(r"US-([A-Z]{2})")


# --- TopoJSON to SVG path data ---------------------------------------------------------------


def decode_arcs(topology):
    """Every arc's absolute coordinates, undoing TopoJSON's delta encoding and quantisation."""
    transform = topology.get("transform")
    if transform is None:
        return [[(x, y) for x, y, *_ in arc] for arc in topology["arcs"]]
    (scale_x, scale_y), (translate_x, translate_y) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def geometry_rings(geometry):
    """A Polygon's or MultiPolygon's rings, each a list of arc indexes; other types have none."""
    if geometry["type"] == "Polygon":
        return list(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    return []


def stitch_ring(ring, arcs):
    """A ring's points from its arcs: index ~i is arc i backwards; adjoining arcs share a point."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


# Marks where a line leaves the map at one edge and comes back at the other (the antimeridian).
BREAK = None


def cut_at_antimeridian(arc):
    """Split an arc of (longitude, latitude) where it crosses 180°, marking the cut with BREAK.

    world-atlas keeps Russia and Fiji whole across the antimeridian, as a globe would. On a flat
    map the crossing becomes a line over the whole width unless it is cut, the point where it
    leaves at one edge repeated at the other.
    """
    points = [arc[0]]
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(arc):
        if abs(lon2 - lon1) > 180:
            edge = 180 if lon1 > 0 else -180
            unwrapped = lon2 + 2 * edge
            # A point on the antimeridian followed by its twin at the other edge: a cut in place.
            t = (edge - lon1) / (unwrapped - lon1) if unwrapped != lon1 else 0
            latitude = lat1 + t * (lat2 - lat1)
            points += [(edge, latitude), BREAK, (-edge, latitude)]
        points.append((lon2, lat2))
    return points


def _pieces(points):
    """Split a point list at BREAK marks."""
    piece = []
    for point in points:
        if point is BREAK:
            yield piece
            piece = []
        else:
            piece.append(point)
    yield piece


def ring_parts(ring):
    """A stitched ring as closed outlines: the ring itself, or its pieces if it was cut.

    A cut ring is rotated to start just after a cut, so each stretch between cuts is one part,
    closed along the map's edge.
    """
    if BREAK not in ring:
        return [ring]
    first = ring.index(BREAK)
    rotated = ring[first + 1 : -1] + ring[:first]  # the ring's last point repeats its first
    return [part for part in _pieces(rotated) if part]


def simplify(points, tolerance):
    """Douglas-Peucker: drop the points that stray less than `tolerance` from the line kept.

    The ends are always kept, so arcs simplified one by one still meet their neighbours: borders
    stay shared and no gaps open between countries.
    """
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    spans = [(0, len(points) - 1)]
    while spans:
        first, last = spans.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, worst = None, tolerance
        for index in range(first + 1, last):
            px, py = points[index]
            if length:
                distance = abs(dy * (px - ax) - dx * (py - ay)) / length
            else:  # a closed arc (an island): measure from its start
                distance = math.hypot(px - ax, py - ay)
            if distance > worst:
                farthest, worst = index, distance
        if farthest is not None:
            keep[farthest] = True
            spans += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def ring_area(points):
    """Unsigned area of a closed ring (shoelace formula)."""
    twice = sum(
        x1 * y2 - x2 * y1
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
    )
    return abs(twice) / 2


def _numbers(values):
    """SVG number list: a minus sign separates numbers as well as a space does."""
    text = []
    for value in values:
        if text and value >= 0:
            text.append(" ")
        text.append(str(value))
    return "".join(text)


def path_data(rings):
    """SVG path data for integer rings: an absolute move, then relative lines, per ring."""
    commands = []
    for ring in rings:
        (x0, y0), *rest = ring
        steps = []
        x, y = x0, y0
        for nx, ny in rest:
            if (nx, ny) != (x, y):
                steps += [nx - x, ny - y]
                x, y = nx, ny
        if (x, y) == (x0, y0) and steps:
            del steps[-2:]  # "z" draws the closing line
        if len(steps) >= 4:  # at least a triangle
            commands.append(f"M{_numbers([x0, y0])}l{_numbers(steps)}z")
    return "".join(commands)


# --- Projection -----------------------------------------------------------------------------

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(longitude, latitude):
    """Equal Earth projection (Šavrič, Patterson & Jenny 2018) of degrees, y pointing north.

    Equal-area, so big countries do not look busier than they are on a choropleth.
    """
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


# --- Drawing the vendored maps --------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    id: str
    name: str
    path: str


@dataclass(frozen=True)
class Outline:
    """A map's drawing, independent of any data: the canvas size and one path per shape."""

    width: int
    height: int
    shapes: tuple[Shape, ...]

    @property
    def ids(self):
        return {shape.id for shape in self.shapes}


def draw(geometries, arcs, *, width=CANVAS_WIDTH):
    """Fit projected arcs (y pointing down) to a canvas `width` wide and draw each geometry.

    Islands too small to see at this scale are left out rather than drawn as dots.
    """
    used = {
        index if index >= 0 else ~index
        for geometry in geometries
        for ring in geometry_rings(geometry)
        for index in ring
    }
    points = [point for index in used for point in arcs[index] if point is not BREAK]
    left, top = min(x for x, _ in points), min(y for _, y in points)
    right, bottom = max(x for x, _ in points), max(y for _, y in points)
    scale = (width - 2) / (right - left)  # a unit of margin keeps edge strokes visible
    canvas = {}
    for index in used:
        pieces = []
        for piece in _pieces(arcs[index]):
            fitted = [((x - left) * scale + 1, (y - top) * scale + 1) for x, y in piece]
            pieces.append([(round(x), round(y)) for x, y in simplify(fitted, SIMPLIFY_TOLERANCE)])
        canvas[index] = [point for piece in pieces for point in (BREAK, *piece)][1:]
    shapes = []
    for geometry in geometries:
        rings = [
            part
            for ring in geometry_rings(geometry)
            for part in ring_parts(stitch_ring(ring, canvas))
        ]
        visible = [ring for ring in rings if ring_area(ring) >= MIN_RING_AREA]
        # A small country (Luxembourg) is still drawn, as its largest ring, so it can be shaded.
        path = path_data(visible or sorted(rings, key=ring_area)[-1:])
        if path and "id" in geometry:
            shapes.append(Shape(geometry["id"], geometry["properties"]["name"], path))
    height = math.ceil((bottom - top) * scale) + 2
    return Outline(width, height, tuple(shapes))


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
    arcs = []
    for arc in decode_arcs(topology):
        projected = []
        for point in cut_at_antimeridian(arc):
            if point is BREAK:
                projected.append(BREAK)
            else:
                x, y = equal_earth(*point)
                projected.append((x, -y))
        arcs.append(projected)
    return draw(geometries, arcs)


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
    """The world-atlas id (ISO 3166-1 numeric, e.g. "840") of a country jurisdiction, or None."""
    code = country_code(jurisdiction)
    return _iso_numeric_by_alpha2().get(code) if code else None


def us_state_code(jurisdiction):
    """USPS code of a US state jurisdiction (from ISO 3166-2 US-XX or the OCD id), or None."""
    match = _ISO_US_STATE.fullmatch((jurisdiction.iso_code or "").strip().upper())
    if not match:
        match = _OCD_US_STATE.fullmatch(jurisdiction.ocd_id or "")
    return match[1].upper() if match else None


def us_state_shape_id(jurisdiction):
    """The us-atlas id (FIPS code, e.g. "25" for Massachusetts) of a US state, or None."""
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
    name: str
    jurisdiction: object = None
    count: int = 0
    shade: int = 0

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

    @property
    def linked_shapes(self):
        return [shape for shape in self.shapes if shape.jurisdiction]

    @property
    def plain_shapes(self):
        return [shape for shape in self.shapes if not shape.jurisdiction]


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
    rows = [
        MapRow(jurisdiction, jurisdiction.action_total, shape_id in drawn_ids)
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
        shapes.append(MapShape(shape.path, shape.name, jurisdiction, count, shade_of(count)))
    return Choropleth(key, title, description, outline.width, outline.height, shapes, legend, rows)


def jurisdiction_maps(jurisdictions):
    """The world and US maps, with their tables, for jurisdictions carrying `action_total`.

    The EU and international bodies are not one country's shape: they are listed in the world
    table as not drawn, and shade nothing, rather than lending their totals to member states.
    """
    countries, beyond_countries, states = [], [], []
    for jurisdiction in jurisdictions:
        if shape_id := world_shape_id(jurisdiction):
            countries.append((shape_id, jurisdiction))
        elif shape_id := us_state_shape_id(jurisdiction):
            states.append((shape_id, jurisdiction))
        elif jurisdiction.kind in (
            JurisdictionKind.COUNTRY,
            JurisdictionKind.SUPRANATIONAL,
            JurisdictionKind.INTERNATIONAL,
        ):
            beyond_countries.append(jurisdiction)
    maps = []
    if countries or beyond_countries:
        maps.append(
            choropleth(
                "world",
                "Countries",
                "Map of the world's countries shaded by their published actions",
                world_outline(),
                countries,
                beyond_countries,
            )
        )
    if states:
        maps.append(
            choropleth(
                "us",
                "US states",
                "Map of the states of the United States shaded by their published actions",
                us_outline(),
                states,
            )
        )
    return maps
