"""URLs reversed once a process, not once a link: `reverse()` took 24-30 µs a call here, and an
action's page called it 21 times (its header and footer's nine links, its place, organisations,
sources, permalink, and the security middleware's two prefixes): 0.5 of its 4.8 ms of CPU
(bench/profile_pages.py, 20,000 actions); an organisation's page, a hundred.

`link(name)` is `reverse(name)`; `link(name, value)` is `reverse(name, args=[value])` for a URL
whose one argument is a slug or a number (`<slug:…>`, `<int:…>`, `<str:…>`). The URL is reversed
once with a stand-in value, and a value made only of a slug's characters is then put in the
stand-in's place; any other is left to `reverse()` (which quotes it, or refuses it, as always).
What is kept hangs on the URL resolver, so it goes with it when Django's URL caches are cleared
(`clear_url_caches()`, a test's ROOT_URLCONF), and is kept per script prefix.
"""

import re

from django.urls import NoReverseMatch, get_resolver, get_script_prefix, get_urlconf, reverse

_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
_DIGITS = re.compile(r"[0-9]+")
# Stand-ins that a slug, a number and a text pattern all take (only digits), and that only a
# slug or text pattern takes; never found elsewhere in a URL of this site.
_NUMBER, _WORD = "9081726354", "0link0"
# Links kept at most: a few per URL name and script prefix. A server may take the prefix from a
# request header (gunicorn's SCRIPT_NAME, from a trusted proxy): however many a client sends,
# the kept links stay this few, started afresh when full.
KEPT_MOST = 2000


def _kept():
    """The links kept for the current URLconf, with room for one more."""
    resolver = get_resolver(get_urlconf())
    kept = getattr(resolver, "kept_links", None)
    if kept is None or len(kept) >= KEPT_MOST:
        kept = resolver.kept_links = {}
    return kept


def links_here():
    """The script prefix and the links kept for the current URLconf: what `link()` looks up
    before its link, two reads of context-local values (8-9 µs, most of a link's cost). They
    cannot change while a template renders, so `{% link %}` reads them once a render
    (core/templatetags/links.py)."""
    return get_script_prefix(), _kept()


def _around(viewname, stand_in, here=None):
    """(before, after) the stand-in in the URL reversed with it, or None if it is refused."""
    prefix, kept = here or links_here()
    key = (prefix, viewname, stand_in)
    if key not in kept:
        try:
            before, _, after = reverse(viewname, args=[stand_in]).partition(stand_in)
            kept[key] = (before, after)
        except NoReverseMatch:
            kept[key] = None
    return kept[key]


def link(viewname, *value, here=None):
    """`reverse(viewname)`, or `reverse(viewname, args=[value])`: see the module. `here` is
    what `links_here()` gave, if the caller has it."""
    if not value:
        prefix, kept = here or links_here()
        key = (prefix, viewname)
        if key not in kept:
            kept[key] = reverse(viewname)
        return kept[key]
    (value,) = value
    text = str(value)
    if _DIGITS.fullmatch(text):
        around = _around(viewname, _NUMBER, here)
    elif _SLUG.fullmatch(text):
        around = _around(viewname, _WORD, here)
    else:
        around = None
    if around is None:
        return reverse(viewname, args=[value])
    return f"{around[0]}{text}{around[1]}"


def linker(viewname):
    """`link(viewname, value)` as a function of `value`, for a list of many links to one kind
    of page: the URL's parts are looked up once for the list, not once a link (100 links to
    organisations: 0.81 -> 0.07 ms; bench/web's organisations list, A/B in one process:
    8.1 -> 6.7 ms, loaded machine)."""
    kept = {}

    def link_to(value):
        text = str(value)
        if _DIGITS.fullmatch(text):
            stand_in = _NUMBER
        elif _SLUG.fullmatch(text):
            stand_in = _WORD
        else:
            return reverse(viewname, args=[value])
        if stand_in not in kept:
            kept[stand_in] = _around(viewname, stand_in)
        around = kept[stand_in]
        if around is None:
            return reverse(viewname, args=[value])
        return f"{around[0]}{text}{around[1]}"

    return link_to
