"""`{% static %}` with each file's URL kept once a process: `{% load kept_static %}` in place of
`{% load static %}`, the tag the same. The manifest storage's `url()` splits, unquotes, cleans
and joins the name every time (24 µs a file here, a page's frame has three); its answer changes
only with the storage (a new one when the settings change, as in tests) and DEBUG, which it
reads, so the URLs are kept on the storage, by DEBUG and path."""

from django import template
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.templatetags.static import StaticNode

register = template.Library()
# A page names its files in its templates; a path from a variable could be anything, so the
# URLs kept stay this few, started afresh when full.
KEPT_MOST = 500


def static_url(path):
    """`static(path)`, kept."""
    kept = getattr(staticfiles_storage, "kept_urls", None)
    if kept is None or len(kept) >= KEPT_MOST:
        kept = staticfiles_storage.kept_urls = {}
    key = (settings.DEBUG, path)
    url = kept.get(key)
    if url is None:
        url = kept[key] = StaticNode.handle_simple(path)
    return url


class KeptStaticNode(StaticNode):
    def url(self, context):
        return static_url(self.path.resolve(context))


@register.tag
def static(parser, token):
    """`{% static path %}` or `{% static path as name %}`, as Django's."""
    return KeptStaticNode.handle_token(parser, token)
