"""TopoJSON to SVG path data, and the Equal Earth projection."""

import pytest

from maps.geometry import (
    BREAK,
    cut_at_antimeridian,
    decode_arcs,
    draw,
    equal_earth,
    ring_parts,
    simplify,
)

# --- TopoJSON to SVG path data ---------------------------------------------------------------


def test_decoding_undoes_quantisation_and_delta_encoding():
    topology = {
        "transform": {"scale": [2, 3], "translate": [10, 20]},
        "arcs": [[[0, 0], [1, 0], [0, 1]], [[4, 4], [-1, -1]]],
    }
    assert decode_arcs(topology) == [[(10, 20), (12, 20), (12, 23)], [(18, 32), (16, 29)]]


def test_unquantised_arcs_are_read_as_they_are():
    assert decode_arcs({"arcs": [[[1.5, 2], [3, 4]]]}) == [[(1.5, 2), (3, 4)]]


def test_two_squares_sharing_a_border_become_known_paths():
    # Arc 0 is the shared border, drawn upwards for the left square and backwards (~0) for the
    # right one. A geometry without an id (like Kosovo in world-atlas) is drawn with id "".
    topology = {
        "arcs": [
            [[10, 0], [10, 10]],
            [[10, 10], [0, 10], [0, 0], [10, 0]],
            [[10, 0], [20, 0], [20, 10], [10, 10]],
        ]
    }
    geometries = [
        {"type": "Polygon", "arcs": [[0, 1]], "id": "L", "properties": {"name": "Left"}},
        {"type": "MultiPolygon", "arcs": [[[2, ~0]]], "id": "R", "properties": {"name": "Right"}},
        {"type": "Polygon", "arcs": [[2, ~0]], "properties": {"name": "No id"}},
    ]
    outline = draw(geometries, decode_arcs(topology), width=22)
    assert (outline.width, outline.height) == (22, 12)
    assert [(shape.id, shape.name, shape.path) for shape in outline.shapes] == [
        ("L", "Left", "M11 1l0 10-10 0 0-10z"),
        ("R", "Right", "M11 1l10 0 0 10-10 0z"),
        ("", "No id", "M11 1l10 0 0 10-10 0z"),
    ]


def test_simplifying_drops_points_within_tolerance_and_keeps_the_ends():
    line = [(0, 0), (1, 0.1), (2, 0), (3, 5), (4, 0)]
    assert simplify(line, 1) == [(0, 0), (2, 0), (3, 5), (4, 0)]
    assert simplify([(0, 0), (5, 0)], 1) == [(0, 0), (5, 0)]


def test_a_line_across_the_antimeridian_is_cut_at_both_edges():
    assert cut_at_antimeridian([(170, 10), (-170, 20)]) == [
        (170, 10), (180, 15), BREAK, (-180, 15), (-170, 20),
    ]  # fmt: skip
    assert cut_at_antimeridian([(-175, 0), (175, 0)])[1:4] == [(-180, 0), BREAK, (180, 0)]
    assert cut_at_antimeridian([(10, 0), (20, 0)]) == [(10, 0), (20, 0)]


def test_a_ring_cut_twice_becomes_one_part_each_side():
    # East of the cut: a, b; across it: c, d; back: e (= a closes the ring).
    ring = [(1, 0), (9, 0), BREAK, (0, 1), (0, 5), BREAK, (9, 5), (1, 0)]
    assert ring_parts(ring) == [[(0, 1), (0, 5)], [(9, 5), (1, 0), (9, 0)]]
    assert ring_parts([(0, 0), (1, 0), (0, 1), (0, 0)]) == [[(0, 0), (1, 0), (0, 1), (0, 0)]]


# --- Projection -------------------------------------------------------------------------------


def test_equal_earth_puts_known_points_where_the_projection_defines_them():
    assert equal_earth(0, 0) == (0, 0)
    # The published bounds of Equal Earth on the unit sphere: ±2.70663 by ±1.31736.
    assert equal_earth(180, 0)[0] == pytest.approx(2.70663, abs=1e-5)
    assert equal_earth(0, 90)[1] == pytest.approx(1.31736, abs=1e-5)
    x, y = equal_earth(30, 45)
    assert equal_earth(-30, -45) == pytest.approx((-x, -y))
    assert 0 < x < equal_earth(60, 45)[0]  # east is right, north is up
    assert equal_earth(30, 60)[0] < x  # meridians curve in towards the poles
