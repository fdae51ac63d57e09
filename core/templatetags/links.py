"""`{% link 'name' %}` and `{% link 'name' slug %}`: `{% url %}` for the site's own links, each
URL reversed once a process (core/links.py). Escaped as `{% url %}` is; `as name` works too."""

from django import template

from core import links

register = template.Library()


@register.simple_tag
def link(viewname, *value):
    return links.link(viewname, *value)
