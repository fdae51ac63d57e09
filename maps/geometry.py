"""Flat maps from TopoJSON: decoding, projection, simplification and SVG path data.

Pure functions, no Django: maps/maps.py feeds them the vendored geometry.
"""

import itertools
import math
from dataclasses import dataclass

# Both maps are drawn 1920 units wide and shown at most ~900px wide, so whole units are finer than
# half a pixel: coordinates can be rounded to integers, which keeps the path data short.
CANVAS_WIDTH = 1920
SIMPLIFY_TOLERANCE = 1.0  # canvas units a simplified line may stray from the original
MIN_RING_AREA = 6.0  # canvas units squared; islands smaller than this are invisible specks


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


def pieces(points):
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
    return [part for part in pieces(rotated) if part]


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


def _conic_equal_area(parallels, rotate, center, scale, translate):
    """d3's `geoConicEqualArea` with its parallels, rotation, centre, scale and translation:
    (longitude, latitude) in degrees to screen units, y pointing down."""
    south, north = (math.radians(p) for p in parallels)
    n = (math.sin(south) + math.sin(north)) / 2
    c = 1 + math.sin(south) * (2 * n - math.sin(south))
    r0 = math.sqrt(c) / n

    def raw(lam, phi):
        r = math.sqrt(c - 2 * n * math.sin(phi)) / n
        return r * math.sin(lam * n), r0 - r * math.cos(lam * n)

    cx, cy = raw(*(math.radians(v) for v in center))
    dx, dy = translate[0] - scale * cx, translate[1] + scale * cy

    def project(longitude, latitude):
        lam = math.radians(longitude + rotate)
        lam = (lam + math.pi) % (2 * math.pi) - math.pi
        x, y = raw(lam, math.radians(latitude))
        return dx + scale * x, dy - scale * y

    return project


# us-atlas's states-albers-10m is drawn by d3.geoAlbersUsa().scale(1300).translate([487.5, 305]):
# the lower 48 states, and Alaska and Hawaii moved below them, each a conic equal-area projection.
_US_SCALE, (_US_X, _US_Y) = 1300, (487.5, 305)
_LOWER_48 = _conic_equal_area((29.5, 45.5), 96, (-0.6, 38.7), _US_SCALE, (_US_X, _US_Y))
_ALASKA = _conic_equal_area(
    (55, 65),
    154,
    (-2, 58.5),
    _US_SCALE * 0.35,
    (_US_X - 0.307 * _US_SCALE, _US_Y + 0.201 * _US_SCALE),
)
_HAWAII = _conic_equal_area(
    (8, 18), 157, (-3, 19.9), _US_SCALE, (_US_X - 0.205 * _US_SCALE, _US_Y + 0.212 * _US_SCALE)
)


def albers_usa(longitude, latitude):
    """Where us-atlas's Albers USA map puts a point (y pointing down), or None for a point
    it does not draw (Puerto Rico, Guam, anywhere outside the 50 states and DC).

    The three regions are told apart by the boxes d3 clips them to, in degrees."""
    if 50 <= latitude <= 72 and (-180 <= longitude <= -129):
        return _ALASKA(longitude, latitude)
    if 18 <= latitude <= 23 and -161 <= longitude <= -154:
        return _HAWAII(longitude, latitude)
    if 24 <= latitude <= 50 and -125 <= longitude <= -66:
        return _LOWER_48(longitude, latitude)
    return None


def project_arcs(arcs, projection):
    """Arcs in degrees to canvas orientation (y pointing down), cut where they cross 180°."""
    projected = []
    for arc in arcs:
        points = []
        for point in cut_at_antimeridian(arc):
            if point is BREAK:
                points.append(BREAK)
            else:
                x, y = projection(*point)
                points.append((x, -y))
        projected.append(points)
    return projected


# --- Drawing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    id: str
    name: str
    path: str


@dataclass(frozen=True)
class Outline:
    """A map's drawing, independent of any data: the canvas size and one path per shape,
    and how projected coordinates were fitted to the canvas (to place points on it)."""

    width: int
    height: int
    shapes: tuple[Shape, ...]
    fit: tuple[float, float, float] = (0.0, 0.0, 1.0)  # left, top, scale

    def place(self, x, y):
        """Canvas coordinates, rounded, of a projected point (y pointing down)."""
        left, top, scale = self.fit
        return round((x - left) * scale + 1), round((y - top) * scale + 1)

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
        drawn = []
        for piece in pieces(arcs[index]):
            fitted = [((x - left) * scale + 1, (y - top) * scale + 1) for x, y in piece]
            drawn.append([(round(x), round(y)) for x, y in simplify(fitted, SIMPLIFY_TOLERANCE)])
        canvas[index] = [point for piece in drawn for point in (BREAK, *piece)][1:]
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
        if path:
            # Places without a code (Kosovo, Somaliland in world-atlas) are drawn, never matched:
            # leaving them out would leave holes in the map.
            shapes.append(Shape(geometry.get("id", ""), geometry["properties"]["name"], path))
    height = math.ceil((bottom - top) * scale) + 2
    return Outline(width, height, tuple(shapes), (left, top, scale))
