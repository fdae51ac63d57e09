"""The jurisdictions page's maps: the vendored shapes, matching, shading and the page. Cities
and counties drawn as points: test_cities_and_counties_are_points_on_the_maps.py."""

import dataclasses
import json
import re

import pytest

from directory.models import Jurisdiction, JurisdictionKind
from maps.maps import (
    GEODATA,
    US_STATE_FIPS,
    MapShape,
    count_classes,
    us_outline,
    us_state_code,
    us_state_shape_id,
    world_outline,
    world_shape_id,
)
from policies.models import EditorialState, PolicyAction
from tests.factories import JurisdictionFactory, PolicyActionFactory
from tests.maps.conftest import LIST_URL, map_section

# Jurisdictions in tree order, published totals, the cities and counties drawn as points.
LIST_QUERIES = 3


# --- The vendored maps ------------------------------------------------------------------------


def test_the_world_map_is_drawn_without_antarctica_and_with_small_countries():
    world = world_outline()
    ids = world.ids
    assert {"840", "250", "784", "442"} <= ids  # US, France, UAE, and tiny Luxembourg
    assert "010" not in ids
    names = {shape.name for shape in world.shapes}
    assert {"Kosovo", "Somaliland", "N. Cyprus"} <= names  # no ISO code, drawn all the same
    assert (world.width, world.height) == (1920, pytest.approx(845, abs=5))


def test_every_country_shape_can_be_reached_from_an_iso_alpha_2_code():
    codes = json.loads((GEODATA / "iso-3166-1-codes.json").read_text())
    reachable = {
        world_shape_id(Jurisdiction(iso_code=alpha2, kind=JurisdictionKind.COUNTRY))
        for alpha2, *_ in codes
    }
    assert world_outline().ids - {""} <= reachable


def test_the_us_map_has_every_state_and_dc_and_nothing_else():
    assert us_outline().ids == set(US_STATE_FIPS.values())
    assert len(US_STATE_FIPS) == 51


def test_no_path_crosses_the_whole_world_map():
    # An uncut antimeridian crossing (Russia, Fiji) draws a line over most of the width.
    for shape in world_outline().shapes:
        for step in re.findall(r"l([^z]*)z", shape.path):
            dxs = [int(n) for n in re.findall(r"-?\d+", step)][::2]
            assert max(map(abs, dxs)) < 1000, shape.name


# --- Matching ---------------------------------------------------------------------------------


def test_countries_match_their_iso_numeric_shape():
    assert world_shape_id(Jurisdiction(iso_code="US", kind=JurisdictionKind.COUNTRY)) == "840"
    assert world_shape_id(Jurisdiction(iso_code="fr", kind=JurisdictionKind.COUNTRY)) == "250"
    by_ocd_id = Jurisdiction(ocd_id="ocd-division/country:ae", kind=JurisdictionKind.COUNTRY)
    assert world_shape_id(by_ocd_id) == "784"


def test_us_territories_and_dc_have_a_us_code_but_puerto_rico_and_guam_no_shape():
    for ocd_id, code in [
        ("ocd-division/country:us/territory:pr", "PR"),
        ("ocd-division/country:us/district:dc", "DC"),
    ]:
        assert us_state_code(Jurisdiction(ocd_id=ocd_id, kind=JurisdictionKind.STATE)) == code
    for iso_code in ("US-PR", "US-GU"):
        territory = Jurisdiction(iso_code=iso_code, kind=JurisdictionKind.STATE)
        assert us_state_code(territory) == iso_code[3:]
        assert us_state_shape_id(territory) is None


def test_us_states_match_their_fips_shape_by_iso_code_or_ocd_id():
    state = JurisdictionKind.STATE
    assert us_state_shape_id(Jurisdiction(iso_code="US-MA", kind=state)) == "25"
    ma_by_ocd_id = Jurisdiction(ocd_id="ocd-division/country:us/state:ma", kind=state)
    assert us_state_shape_id(ma_by_ocd_id) == "25"
    assert us_state_shape_id(Jurisdiction(iso_code="US-CA", kind=state)) == "06"


@pytest.mark.parametrize(
    "jurisdiction",
    [
        Jurisdiction(iso_code="EU", kind=JurisdictionKind.SUPRANATIONAL),
        Jurisdiction(ocd_id="ocd-division/country:us/state:ma/place:somerville"),
        Jurisdiction(iso_code="US-ZZ"),
        Jurisdiction(iso_code="DE-BY"),
        Jurisdiction(),
        # Two-letter codes on places that are not countries are not country shapes:
        # Massachusetts is not Morocco, Geneva is not Georgia.
        Jurisdiction(iso_code="MA", kind=JurisdictionKind.STATE),
        Jurisdiction(iso_code="GE", kind=JurisdictionKind.CITY),
        Jurisdiction(iso_code="US-MA", kind=JurisdictionKind.CITY),
    ],
)
def test_places_without_a_shape_match_nothing(jurisdiction):
    assert world_shape_id(jurisdiction) is None
    assert us_state_shape_id(jurisdiction) is None


def test_shades_are_round_ranges_never_more_than_five():
    assert count_classes(0) == []
    assert count_classes(3) == [(1, 1), (2, 2), (3, 3)]
    assert count_classes(8) == [(1, 1), (2, 2), (3, 4), (5, 8)]
    assert count_classes(40) == [(1, 2), (3, 4), (5, 9), (10, 29), (30, 40)]
    assert count_classes(1000) == [(1, 4), (5, 29), (30, 99), (100, 499), (500, 1000)]


# --- The page ---------------------------------------------------------------------------------


def test_the_us_map_links_massachusetts_to_its_page_with_its_published_count(client, massachusetts):
    page = client.get(LIST_URL).content.decode()
    us_map = map_section(page, "us")
    assert (
        '<a href="/jurisdictions/massachusetts/" aria-label="Massachusetts: 3 actions">'
        "<title>Massachusetts: 3 actions</title>"
    ) in us_map
    assert re.search(r'<th scope="row"><a href="/jurisdictions/massachusetts/">Massachusetts</a>'
                     r'</th><td class="num">3</td>', us_map)  # fmt: skip
    world_map = map_section(page, "world")
    assert 'aria-label="United States: 3 actions"' in world_map
    assert "massachusetts" not in world_map


def test_drafts_and_actions_in_review_shade_nothing(client, massachusetts):
    PolicyActionFactory(jurisdiction=JurisdictionFactory(
        name="Utah", slug="utah", kind="state", parent=massachusetts.parent, iso_code="US-UT",
    ), state=EditorialState.DRAFT)  # fmt: skip
    us_map = map_section(client.get(LIST_URL).content.decode(), "us")
    assert "Utah" not in us_map  # drawn as an outline, neither linked nor listed
    assert "4 actions" not in us_map  # Massachusetts' draft is not counted either
    assert [label for _, label in client.get(LIST_URL).context["maps"][1].legend] == [
        "No published actions", "1 action", "2 actions", "3 actions",
    ]  # fmt: skip


def test_places_without_a_shape_are_listed_and_do_not_break_the_page(client, massachusetts):
    for place in [
        JurisdictionFactory(name="European Union", slug="eu", kind="supranational", iso_code="EU"),
        JurisdictionFactory(name="Singapore", slug="singapore", kind="country", iso_code="SG"),
        JurisdictionFactory(name="Nowhere", slug="nowhere", kind="country", iso_code="ZZ"),
        JurisdictionFactory(name="Bavaria", slug="bavaria", kind="state", iso_code="DE-BY"),
        JurisdictionFactory(name="Atlantis", slug="atlantis", kind="state",
                            parent=massachusetts.parent, iso_code="US-ZZ"),
    ]:  # fmt: skip
        PolicyActionFactory(jurisdiction=place)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    world_map = map_section(response.content.decode(), "world")
    for name in ("European Union", "Singapore", "Nowhere"):  # Singapore is too small at 1:110m
        assert f'>{name}</a> <span class="map-note">(not on the map)</span>' in world_map
    page = response.content.decode()
    assert "Bavaria" not in world_map
    # Inside the United States with published actions but no shape: listed in its table.
    assert '>Atlantis</a> <span class="map-note">(not on the map)</span>' in map_section(page, "us")
    assert ">Atlantis</a>" in page  # still in the list of places with published actions


def test_us_territories_with_published_actions_are_in_the_us_table_though_not_on_the_map(
    client, massachusetts
):
    us = massachusetts.parent
    puerto_rico = JurisdictionFactory(name="Puerto Rico", slug="puerto-rico", kind="state",
                                      parent=us, iso_code="US-PR")  # fmt: skip
    PolicyActionFactory.create_batch(2, jurisdiction=JurisdictionFactory(parent=puerto_rico))
    guam = JurisdictionFactory(name="Guam", slug="guam", kind="state",
                               ocd_id="ocd-division/country:us/territory:gu")  # fmt: skip
    PolicyActionFactory(jurisdiction=guam)
    # Inside the United States, though coded neither way.
    PolicyActionFactory(
        jurisdiction=JurisdictionFactory(name="Wake Island", kind="state", parent=us)
    )
    virgin_islands = JurisdictionFactory(name="U.S. Virgin Islands", kind="state", parent=us,
                                         iso_code="US-VI")  # fmt: skip
    PolicyActionFactory(jurisdiction=virgin_islands, state=EditorialState.DRAFT)
    bavaria = JurisdictionFactory(name="Bavaria", slug="bavaria", kind="state", iso_code="DE-BY")
    PolicyActionFactory(jurisdiction=bavaria)

    response = client.get(LIST_URL)
    [us_table] = [m for m in response.context["maps"] if m.key == "us"]
    rows = {row.jurisdiction.name: (row.count, row.drawn) for row in us_table.rows}
    assert rows["Puerto Rico"] == (2, False)
    assert rows["Guam"] == (1, False)
    assert rows["Wake Island"] == (1, False)
    assert rows["Massachusetts"] == (3, True)
    assert "U.S. Virgin Islands" not in rows  # a draft only: nothing published to list
    assert "Bavaria" not in rows
    us_map = map_section(response.content.decode(), "us")
    assert '>Puerto Rico</a> <span class="map-note">(not on the map)</span>' in us_map
    assert 'aria-label="Puerto Rico' not in us_map  # listed, not drawn


def test_the_us_table_is_shown_when_only_territories_have_actions(client, db):
    us = JurisdictionFactory(name="United States", slug="united-states", kind="country",
                             iso_code="US")  # fmt: skip
    guam = JurisdictionFactory(name="Guam", slug="guam", kind="state", parent=us, iso_code="US-GU")
    PolicyActionFactory(jurisdiction=guam)
    maps = client.get(LIST_URL).context["maps"]
    assert [m.key for m in maps] == ["world", "us"]
    assert [(row.jurisdiction, row.drawn) for row in maps[1].rows] == [(guam, False)]


def test_a_drawn_shape_carries_only_what_the_page_uses():
    # The outline's own shape names (Natural Earth's, us-atlas') are not the jurisdictions'.
    assert [f.name for f in dataclasses.fields(MapShape)] == [
        "path", "jurisdiction", "count", "shade",
    ]  # fmt: skip


def test_a_second_place_claiming_a_shape_is_listed_but_not_drawn(client, db):
    PolicyActionFactory(jurisdiction=JurisdictionFactory(
        name="France", slug="france", kind="country", iso_code="FR"))  # fmt: skip
    PolicyActionFactory(jurisdiction=JurisdictionFactory(
        name="République française", slug="republique", kind="country",
        ocd_id="ocd-division/country:fr"))  # fmt: skip
    world_map = map_section(client.get(LIST_URL).content.decode(), "world")
    assert world_map.count('<a href="/jurisdictions/france/" aria-label=') == 1
    assert 'aria-label="République' not in world_map
    assert '>République française</a> <span class="map-note">(not on the map)' in world_map


def test_only_maps_with_places_to_show_are_drawn(client, db):
    france = JurisdictionFactory(name="France", slug="france", kind="country", iso_code="FR")
    assert client.get(LIST_URL).context["maps"] == []  # no published actions anywhere
    PolicyActionFactory(jurisdiction=france)
    maps = client.get(LIST_URL).context["maps"]
    assert [m.key for m in maps] == ["world"]


def test_jurisdiction_names_are_escaped_on_the_maps(client, db):
    PolicyActionFactory(jurisdiction=JurisdictionFactory(
        name="<script>alert(1)</script>", slug="fr", kind="country", iso_code="FR"))  # fmt: skip
    page = client.get(LIST_URL).content.decode()
    assert "<script>alert(1)" not in page
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;: 1 action</title>" in page
    assert 'aria-label="&lt;script&gt;alert(1)&lt;/script&gt;: 1 action"' in page


# fmt: off
BUSY_COUNTRIES = [
    "FR", "DE", "BR", "IN", "CN", "AU", "ZA", "CA", "MX", "AR", "NG", "EG", "RU", "JP",
    "KE", "SE", "NO", "PL", "IT", "ES", "GB", "IE", "NL", "BE", "LU", "CH", "AT", "PT",
    "GR", "TR", "IR", "SA", "AE", "PK", "ID", "NZ", "CL", "PE", "CO", "FJ",
]
# fmt: on


@pytest.fixture
def busy_maps(db):
    """Every US state and forty countries, each with a city holding published actions and a draft.

    Built in bulk with one tree rebuild: saving one by one would rebuild the tree per row.
    """
    us = JurisdictionFactory(name="United States", slug="united-states", kind="country",
                             iso_code="US")  # fmt: skip
    shaded = Jurisdiction.objects.bulk_create(
        [JurisdictionFactory.build(kind="state", parent=us, iso_code=f"US-{code}")
         for code in sorted(US_STATE_FIPS)]
        + [JurisdictionFactory.build(kind="country", iso_code=code) for code in BUSY_COUNTRIES]
    )  # fmt: skip
    # Every city at the same spot in Kansas: where it is drawn is another test's concern.
    cities = Jurisdiction.objects.bulk_create(
        [
            JurisdictionFactory.build(parent=jurisdiction, latitude=38.5, longitude=-98.0)
            for jurisdiction in shaded
        ]
    )
    Jurisdiction.objects.rebuild_tree()
    actions = []
    for n, city in enumerate(cities):
        actions += PolicyActionFactory.build_batch(n % 7 + 1, jurisdiction=city)
        actions.append(PolicyActionFactory.build(jurisdiction=city, state=EditorialState.DRAFT))
    PolicyAction.objects.bulk_create(actions)
    return shaded


def test_the_page_query_count_does_not_grow_with_places_on_the_maps(
    client, busy_maps, django_assert_num_queries
):
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(LIST_URL)
    maps = response.context["maps"]
    assert len(maps[0].linked_shapes) == 41  # 40 countries and the US
    assert len(maps[1].linked_shapes) == 51
    assert len(maps[0].points) + len(maps[1].points) == 91  # a city in each


def test_the_maps_stay_small(client, busy_maps):
    page = client.get(LIST_URL).content.decode()
    svg_bytes = sum(len(svg.encode()) for svg in re.findall(r"<svg.*?</svg>", page, re.S))
    assert svg_bytes < 120_000
