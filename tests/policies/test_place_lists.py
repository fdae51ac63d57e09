"""A place's page writes its lists (where it stands, what is inside it, the places inside it)
in the words and links its template printed before they were written in Python, escaped the
same way."""

from django.template import engines

from directory.models import Jurisdiction
from policies.models import PolicyAction
from policies.place_lists import (
    children_lines_html,
    children_written,
    inside_lines_html,
    inside_written,
    standing_lines_html,
)
from policies.presentation import InsideLine, Standing

HOSTILE = "<script>alert('x')</script> & \"quoted\""


def template(source):
    return engines["django"].from_string("{% load links %}" + source)


STANDING = template(
    '{% for row in standing %}<li class="{% if row.current %}current{% endif %}">'
    '<a href="{{ row.action.get_absolute_url }}">{{ row.sentence }}</a></li>{% endfor %}'
)
INSIDE = template(
    "{% link 'policies:timeline' as timeline_url %}{% for line in standing_inside %}"
    '<li><a href="{{ timeline_url }}?jurisdiction={{ jurisdiction.slug|urlencode }}'
    '&amp;type={{ line.action_type }}">{{ line.sentence }}</a></li>{% endfor %}'
)
CHILDREN = template(
    '{% for child in children %}<li><a href="{{ child.get_absolute_url }}">{{ child.name }}'
    '</a> <span class="count">{{ child.action_total }} action{{ child.action_total|pluralize }}'
    "</span></li>{% endfor %}"
)


def test_standing_lines_read_as_the_template_wrote_them():
    standing = [
        Standing(PolicyAction(slug="a-ban"), HOSTILE, True),
        Standing(PolicyAction(slug="a-bill"), "Bill (all uses) proposed 2021", False),
    ]
    written = standing_lines_html(standing)
    assert written == STANDING.render({"standing": standing})
    assert "<script>" not in written and 'class="current"' in written and 'class=""' in written


def test_inside_lines_read_as_the_template_wrote_them():
    lines = [
        InsideLine("Bans in force in 4 cities", "ban", "in_force"),
        InsideLine(HOSTILE, f"type {HOSTILE}", "proposed"),
    ]
    for slug in ("california", "zürich & co"):
        place = Jurisdiction(name="A place", slug=slug)
        written = inside_lines_html(lines, place.slug)
        assert written == INSIDE.render({"standing_inside": lines, "jurisdiction": place})
    assert "<script>" not in written


def test_children_lines_read_as_the_template_wrote_them():
    children = []
    for number, (name, total) in enumerate([(HOSTILE, 1), ("Oakland", 2), ("Zero", 0)]):
        child = Jurisdiction(name=name, slug=f"place-{number}")
        child.action_total = total
        children.append(child)
    written = children_lines_html(children)
    assert written == CHILDREN.render({"children": children})
    assert "1 action</span>" in written and "2 actions</span>" in written


def test_the_places_inside_are_kept_as_light_lines_with_their_html_written():
    child = Jurisdiction(name=HOSTILE, slug="a-town")
    child.action_total = 3
    lines, not_shown, html = children_written([child], 7)
    assert lines == [("a-town", HOSTILE, 3)] and not_shown == 7
    assert (lines[0].slug, lines[0].name, lines[0].action_total) == ("a-town", HOSTILE, 3)
    assert html == children_lines_html([child])


def test_what_the_places_inside_did_is_kept_with_its_html_written():
    inside = [InsideLine(HOSTILE, "ban", "in_force")]
    assert inside_written(inside, "oregon") == (inside, inside_lines_html(inside, "oregon"))
