"""The maps' markup written in Python prints what the template's loops printed, escaped alike
(less the tables' and the list's indentation)."""

from types import SimpleNamespace

from django.template import engines

from maps.maps import MapPoint, MapRow, MapShape
from maps.markup import (
    linked_shapes_svg,
    plain_shapes_svg,
    points_svg,
    table_rows_html,
    tree_html,
)


def rendered(template, **context):
    return engines["django"].from_string(template).render(context)


def place(name, url, **more):
    return SimpleNamespace(name=name, url=url, **more)


TRICKY = place("Saint-Jean & <Fort> \"l'Île\"", "/jurisdictions/saint-jean/", depth=1,
               action_total=1, places_inside=0)  # fmt: skip
PLAIN = place("Boston", "/jurisdictions/boston/", depth=2, action_total=12, places_inside=3)


def test_shapes_print_as_the_template_printed_them():
    shapes = [MapShape("M1,2L3,4Z", TRICKY, 1, 2), MapShape("M5,6L7,8Z", PLAIN, 12, 5)]
    template = (
        '{% for shape in shapes %}<a href="{{ shape.jurisdiction.url }}" aria-label="'
        '{{ shape.label }}"><title>{{ shape.label }}</title><path class="shade-{{ shape.shade }}"'
        ' d="{{ shape.path }}"/></a>{% endfor %}'
    )
    assert linked_shapes_svg(shapes) == rendered(template, shapes=shapes)
    outline = '{% for shape in shapes %}<path d="{{ shape.path }}"/>{% endfor %}'
    assert plain_shapes_svg(shapes) == rendered(outline, shapes=shapes)


def test_points_print_as_the_template_printed_them():
    points = [MapPoint(TRICKY, 1, 10, 20), MapPoint(PLAIN, 12, 300, 4)]
    template = (
        '{% for point in points %}<a href="{{ point.jurisdiction.url }}" aria-label="'
        '{{ point.label }}"><title>{{ point.label }}</title><circle cx="{{ point.x }}" '
        'cy="{{ point.y }}" r="14"/></a>{% endfor %}'
    )
    assert points_svg(points) == rendered(template, points=points)


def test_table_rows_print_as_the_template_printed_them_drawn_or_not():
    rows = [MapRow(TRICKY, 1, False), MapRow(PLAIN, 12, True), MapPoint(PLAIN, 3)]
    template = """{% for row in rows %}<tr><th scope="row"><a href="{{ row.jurisdiction.url }}">{{ row.jurisdiction.name }}</a>{% if not row.drawn %} <span class="map-note">(not on the map)</span>{% endif %}</th><td class="num">{{ row.count }}</td></tr>
{% endfor %}"""  # noqa: E501
    assert table_rows_html(rows) == rendered(template, rows=rows)
    assert "&lt;Fort&gt;" in table_rows_html(rows)


def test_the_places_list_prints_as_the_template_printed_it_with_its_plurals():
    places = [TRICKY, PLAIN, place("Maine", "/jurisdictions/maine/", depth=0, action_total=0,
                                   places_inside=1)]  # fmt: skip
    template = """{% for jurisdiction in places %}<li class="depth-{{ jurisdiction.depth }}"><a href="{{ jurisdiction.url }}">{{ jurisdiction.name }}</a> <span class="count">{{ jurisdiction.action_total }} action{{ jurisdiction.action_total|pluralize }}{% if jurisdiction.places_inside %} · <a href="{{ jurisdiction.url }}#children-heading">in {{ jurisdiction.places_inside }} place{{ jurisdiction.places_inside|pluralize }} inside</a>{% endif %}</span></li>
{% endfor %}"""  # noqa: E501
    assert tree_html(places) == rendered(template, places=places)
    assert "1 action</span>" in tree_html(places) and "in 1 place inside" in tree_html(places)
