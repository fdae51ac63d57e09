"""Cities and counties with published actions, drawn as points on the jurisdictions page's maps:
inside their state on the US map (Albers USA, as us-atlas draws the states), elsewhere on the
world map, the busiest ones when there are too many."""

import re

import pytest

from directory.models import Jurisdiction
from maps.geometry import albers_usa
from maps.maps import US_STATE_FIPS, us_outline, world_outline
from policies.models import EditorialState, PolicyAction
from tests.factories import JurisdictionFactory, PolicyActionFactory
from tests.maps.conftest import LIST_URL, map_section


def place_in(parent, name, latitude, longitude, kind="city"):
    return JurisdictionFactory(
        name=name, slug=name.lower(), kind=kind, parent=parent,
        latitude=latitude, longitude=longitude,
    )  # fmt: skip


def point_of(map_html, slug):
    match = re.search(
        rf'<a href="/jurisdictions/{slug}/" aria-label="([^"]+)"><title>[^<]+</title>'
        r'<circle cx="(\d+)" cy="(\d+)" r="\d+"/></a>',
        map_html,
    )
    return match and (match[1], int(match[2]), int(match[3]))


def test_a_city_with_published_actions_is_a_point_inside_its_state_on_the_us_map(
    client, massachusetts
):
    boston = place_in(massachusetts, "Boston", 42.36, -71.06)
    PolicyActionFactory.create_batch(2, jurisdiction=boston)
    PolicyActionFactory(jurisdiction=place_in(massachusetts, "Quiet", 42.4, -71.1),
                        state=EditorialState.DRAFT)  # fmt: skip
    page = client.get(LIST_URL).content.decode()
    label, x, y = point_of(map_section(page, "us"), "boston")
    assert label == "Boston: 2 actions"
    shape = next(s for s in us_outline().shapes if s.id == US_STATE_FIPS["MA"])
    left, top, right, bottom = path_box(shape.path)
    assert left <= x <= right and top <= y <= bottom
    assert point_of(map_section(page, "world"), "boston") is None  # the US map has it
    assert "Quiet" not in page  # a draft makes no point
    assert "A city or county with published actions" in map_section(page, "us")
    assert re.search(r'colgroup" colspan="2" class="map-table-group">Cities and counties</th>'
                     r'</tr>\s*<tr><th scope="row"><a href="/jurisdictions/boston/">Boston</a>'
                     r'</th><td class="num">2</td>', page)  # fmt: skip


def test_cities_elsewhere_are_points_on_the_world_map_and_places_without_coordinates_are_not(
    client, db
):
    germany = JurisdictionFactory(name="Germany", slug="germany", kind="country", iso_code="DE")
    berlin = place_in(germany, "Berlin", 52.52, 13.40)
    nowhere = JurisdictionFactory(name="Unmapped", slug="unmapped", parent=germany)
    for place in (berlin, nowhere):
        PolicyActionFactory(jurisdiction=place)
    world_map = map_section(client.get(LIST_URL).content.decode(), "world")
    label, x, y = point_of(world_map, "berlin")
    assert label == "Berlin: 1 action"
    shape = next(s for s in world_outline().shapes if s.id == "276")  # Germany
    left, top, right, bottom = path_box(shape.path)
    assert left <= x <= right and top <= y <= bottom
    assert "unmapped" not in world_map


def test_the_busiest_places_are_the_points_when_there_are_too_many(client, massachusetts):
    from policies.places import MAPPED_POINTS

    busy = place_in(massachusetts, "Busy", 42.0, -71.5)
    PolicyActionFactory.create_batch(3, jurisdiction=busy)
    quiet = Jurisdiction.objects.bulk_create(
        [JurisdictionFactory.build(parent=massachusetts, latitude=42.2, longitude=-71.8)
         for _ in range(MAPPED_POINTS)]
    )  # fmt: skip
    Jurisdiction.objects.rebuild_tree()
    PolicyAction.objects.bulk_create(
        [PolicyActionFactory.build(jurisdiction=place) for place in quiet]
    )
    points = client.get(LIST_URL).context["maps"][1].points
    assert len(points) == MAPPED_POINTS
    assert points[0].jurisdiction.slug == "busy" and points[0].count == 3


@pytest.mark.parametrize(
    ("city", "longitude", "latitude", "state"),
    [
        ("Seattle", -122.33, 47.61, "WA"),
        ("Miami", -80.19, 25.76, "FL"),
        ("Anchorage", -149.9, 61.2, "AK"),
        ("Honolulu", -157.86, 21.31, "HI"),
        ("Boston", -71.06, 42.36, "MA"),
    ],
)
def test_albers_usa_puts_a_city_inside_its_state_as_us_atlas_draws_it(
    city, longitude, latitude, state
):
    outline = us_outline()
    x, y = outline.place(*albers_usa(longitude, latitude))
    shape = next(s for s in outline.shapes if s.id == US_STATE_FIPS[state])
    left, top, right, bottom = path_box(shape.path)
    assert left <= x <= right and top <= y <= bottom, city


def test_albers_usa_does_not_place_what_us_atlas_does_not_draw():
    assert albers_usa(-66.1, 18.47) is None  # San Juan, Puerto Rico
    assert albers_usa(2.35, 48.86) is None  # Paris


def path_box(path):
    """(left, top, right, bottom) of SVG path data made of absolute moves and relative lines."""
    xs, ys = [], []
    for start, steps in re.findall(r"M([^Ml]+)l([^z]*)z", path):
        x, y = (int(v) for v in re.findall(r"-?\d+", start))
        xs.append(x)
        ys.append(y)
        numbers = [int(v) for v in re.findall(r"-?\d+", steps)]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            xs.append(x)
            ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)
