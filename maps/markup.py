"""The maps' repeated markup, written in Python: each shape, point and table row of a map.

The places page draws about 230 shapes and 100 points and lists 400 table rows; printed by the
template, their ~2,900 lookups and escapes were a third of the page's CPU. These functions
print what the template printed less its indentation (tests/maps/test_markup.py holds them to
it), every text escaped as the template escaped it. A place carries its page's `url` (maps.views).
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

NOT_DRAWN = ' <span class="map-note">(not on the map)</span>'


def plain_shapes_svg(shapes):
    """The shapes no jurisdiction is drawn in: outlines only."""
    return mark_safe("".join(f'<path d="{escape(shape.path)}"/>' for shape in shapes))  # noqa: S308


def linked_shapes_svg(shapes):
    """Each shaded shape as a link to its place's page, titled with its count."""
    return _links(
        (shape, f'<path class="shade-{shape.shade}" d="{escape(shape.path)}"/>') for shape in shapes
    )


def points_svg(points):
    """Each drawn point as a link to its place's page, titled with its count."""
    return _links((point, f'<circle cx="{point.x}" cy="{point.y}" r="14"/>') for point in points)


def _links(drawn):
    """(a shape or point, its SVG element) -> each as a link to its place's page."""
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f'<a href="{escape(item.jurisdiction.url)}" aria-label="{label}"><title>{label}'
            f"</title>{element}</a>"
            for item, element in drawn
            for label in (escape(item.label),)
        )
    )


def table_rows_html(rows):
    """A table's rows: each place linked, its count, and whether the map draws it; a row a
    line, without the template's indentation (16 bytes a row, 6.4 KB of the places page's
    197 at bench-web scale)."""
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f'<tr><th scope="row"><a href="{escape(row.jurisdiction.url)}">'
            f"{escape(row.jurisdiction.name)}</a>"
            f"{'' if row.drawn else NOT_DRAWN}"
            f'</th><td class="num">{row.count}</td></tr>\n'
            for row in rows
        )
    )


def tree_html(places):
    """The places page's list: each place linked, with its count and the places inside it
    that hold actions (carrying `action_total` and `places_inside`), a line each, unindented."""
    lines = []
    for place in places:
        url, total, inside = escape(place.url), place.action_total, place.places_inside
        inside_link = (
            f' · <a href="{url}#children-heading">in {inside} place{_plural(inside)} inside</a>'
            if inside
            else ""
        )
        lines.append(
            f'<li class="depth-{place.depth}"><a href="{url}">{escape(place.name)}</a> '
            f'<span class="count">{total} action{_plural(total)}{inside_link}</span></li>\n'
        )
    return mark_safe("".join(lines))  # noqa: S308 (every text escaped)


def _plural(number):
    """What `|pluralize` prints after a count."""
    return "" if number == 1 else "s"
