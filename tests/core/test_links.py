"""Links reversed once a process are the URLs `reverse()` gives, for any value and prefix."""

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.urls import NoReverseMatch, get_resolver, reverse, set_script_prefix

from core.links import KEPT_MOST, link, linker


@pytest.fixture
def prefix():
    yield set_script_prefix
    set_script_prefix("/")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("policies:action-detail", "a-ban_2"),
        ("policies:action-detail", "2019"),
        ("policies:jurisdiction-detail", "california"),
        ("news:article-detail", 42),
        ("news:article-detail", "42"),
        ("tips:action-correction", "A-Title"),
    ],
)
def test_a_link_with_a_value_is_what_reverse_gives(name, value, prefix):
    for script_prefix in ("/", "/tracker/"):
        prefix(script_prefix)
        assert link(name, value) == reverse(name, args=[value])
        assert link(name, value) == reverse(name, args=[value])  # kept, the second time


def test_a_link_without_a_value_follows_the_script_prefix(prefix):
    assert link("policies:about") == "/about/"
    prefix("/tracker/")
    assert link("policies:about") == "/tracker/about/"


def test_a_value_a_slug_cannot_hold_is_left_to_reverse():
    assert link("policies:action-detail", "2019") == "/actions/2019/"
    with pytest.raises(NoReverseMatch):
        link("policies:action-detail", "a/b")
    with pytest.raises(NoReverseMatch):
        link("policies:action-detail", "été")
    with pytest.raises(NoReverseMatch):
        link("news:article-detail", "not-a-number")


def test_the_links_go_with_the_url_caches(settings):
    link("policies:about")
    assert get_resolver().kept_links
    with override_settings(ROOT_URLCONF="tests.core.links_urls"):
        assert link("policies:about") == "/elsewhere/about/"
    assert link("policies:about") == "/about/"


def test_the_template_tag_prints_the_link_escaped_as_url_does():
    template = Template(
        "{% load links %}{% link 'policies:about' %} {% link 'policies:action-detail' slug %}"
        " {% link 'policies:timeline' as home %}[{{ home }}]"
    )
    assert template.render(Context({"slug": "a-ban"})) == "/about/ /actions/a-ban/ [/]"


def test_however_many_script_prefixes_come_the_kept_links_stay_few(prefix):
    for number in range(3 * KEPT_MOST):
        prefix(f"/p{number}/")
        assert link("policies:about") == f"/p{number}/about/"
    assert len(get_resolver().kept_links) <= KEPT_MOST


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("policies:action-detail", ["a-ban_2", "2019", "x"]),
        ("news:article-detail", [42, "42", 7]),
        ("tips:action-correction", ["A-Title", "b"]),
    ],
)
def test_a_linker_gives_what_reverse_gives(name, values, prefix):
    for script_prefix in ("/", "/tracker/"):
        prefix(script_prefix)
        link_to = linker(name)
        assert [link_to(value) for value in values] == [
            reverse(name, args=[value]) for value in values
        ]


def test_a_linker_refuses_what_reverse_refuses():
    with pytest.raises(NoReverseMatch):
        linker("news:article-detail")("not-a-number")
    with pytest.raises(NoReverseMatch):
        linker("policies:action-detail")("a space")


def test_the_template_tag_follows_the_script_prefix_of_each_render(prefix):
    template = Template(
        "{% load links %}{% link 'policies:about' %} {% link 'policies:timeline' %}"
    )
    assert template.render(Context()) == "/about/ /"
    prefix("/tracker/")
    assert template.render(Context()) == "/tracker/about/ /tracker/"


def test_the_template_tag_escapes_what_reverse_leaves_unescaped():
    template = Template("{% load links %}{% link 'opendata:type-feed-atom' kind %}")
    url = reverse("opendata:type-feed-atom", args=["a&b"])
    assert "&" in url
    assert template.render(Context({"kind": "a&b"})) == url.replace("&", "&amp;")
