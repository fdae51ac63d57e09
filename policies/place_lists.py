"""A place's page's three lists, one `<li>` a line: where it stands by its own actions, what
the places inside it have done (counted), and the places inside it with their totals.

Written here rather than in the template, where California's 122 lines of what is inside it,
6 of its own and 60 places (a URL, a text and a count or two a line, each looked up and
escaped by the template engine) were most of its rendering: its page took 27.7 ms of CPU
with them, 22.9 so (SQLite, bench/web's 20,000 actions, bench/profile_pages.py). Every text
is escaped as the template escaped it (tests/policies/test_place_lists.py).
"""

from typing import NamedTuple
from urllib.parse import quote

from django.utils.safestring import mark_safe

from core.links import link

from .charts import html_text as escape


def standing_lines_html(rows):
    """`Standing` rows (`presentation.standing_of`): the action's sentence, linked, in force
    or ongoing ones marked current."""
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f'<li class="{"current" if row.current else ""}">'
            f'<a href="{escape(row.action.get_absolute_url())}">{escape(row.sentence)}</a></li>'
            for row in rows
        )
    )


def inside_lines_html(lines, place_slug):
    """`InsideLine`s (`presentation.standing_inside`), each linked to the timeline of the
    place's actions of its type."""
    before = f"{escape(link('policies:timeline'))}?jurisdiction={escape(quote(place_slug))}"
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f'<li><a href="{before}&amp;type={escape(line.action_type)}">'
            f"{escape(line.sentence)}</a></li>"
            for line in lines
        )
    )


def children_lines_html(children):
    """Places (with their `action_total`), linked, with how many actions each holds."""
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f'<li><a href="{escape(child.get_absolute_url())}">{escape(child.name)}</a> '
            f'<span class="count">{child.action_total} '
            f"action{'' if child.action_total == 1 else 's'}</span></li>"
            for child in children
        )
    )


class PlaceLine(NamedTuple):
    """What the page shows of a place inside the one shown: its link's slug, its name and how
    many actions it holds."""

    slug: str
    name: str
    action_total: int


def children_written(children, not_shown):
    """`(PlaceLine`s, `not_shown`, their lines`)` of the places inside a place shown
    (`children_lines_html`), as the page keeps them until public data changes: kept as the
    places themselves, reading them back took 0.27 ms a request for California's 60 and
    writing their lines 0.65 (in one process). With what the places inside did kept written
    too (`inside_written`), California's page cost 4-23% less CPU (three batches of 8-10
    alternated rounds: 12.75 -> 11.25, 13.6 -> 10.45, 11.7 -> 11.2 ms), the United States'
    5-9% less (bench/profile_pages.py --wsgi, bench/web, load average 1.9-2.8)."""
    lines = [PlaceLine(child.slug, child.name, child.action_total) for child in children]
    return lines, not_shown, children_lines_html(children)


def inside_written(lines, place_slug):
    """`(lines, their <li>s)` of what the places inside a place did (`inside_lines_html`),
    as the page keeps them until public data changes."""
    return lines, inside_lines_html(lines, place_slug)
