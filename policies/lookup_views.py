"""The suggestions of the filter boxes that choose a place, organisation or publisher by typing it
(`policies.record_fields`): a few names matching what is typed so far, as JSON."""

from django.db.models import Q
from django.http import JsonResponse

from articles.models import Provider
from core.search import MAX_SEARCH_LENGTH

from .participants import public_organisations
from .places import suggested_places
from .record_fields import publisher_label

SUGGESTIONS_SHOWN = 10
# One letter matches thousands of places: ranking them all would cost more than it helps.
SHORTEST_PLACE_SEARCH = 2


def _typed(request):
    return request.GET.get("q", "")[:MAX_SEARCH_LENGTH].replace("\x00", "").strip()


def _suggestions(names):
    return JsonResponse({"results": [{"name": name, "slug": slug} for name, slug in names]})


def place_suggestions(request):
    """Places by any of their names, the best matches first, each named with its state and
    country so that the name typed back resolves to it alone."""
    text = _typed(request)
    if len(text) < SHORTEST_PLACE_SEARCH:
        return _suggestions([])
    return _suggestions(suggested_places(text, SUGGESTIONS_SHOWN))


def organisation_suggestions(request):
    """Organisations with something public whose name holds every word typed, by name."""
    text = _typed(request)
    if not text:
        return _suggestions([])
    found = public_organisations().matching(text).order_by("name", "pk")[:SUGGESTIONS_SHOWN]
    return _suggestions(found.values_list("name", "slug"))


def publisher_suggestions(request):
    """Publishers whose name or domain holds what is typed, by name, each named with its
    domain (publishers may share a name); the domain is the value links carry."""
    text = _typed(request)
    if not text:
        return _suggestions([])
    found = Provider.objects.filter(Q(name__icontains=text) | Q(domain__icontains=text))
    found = found.order_by("name", "domain")[:SUGGESTIONS_SHOWN].values_list("name", "domain")
    return _suggestions((publisher_label(name, domain), domain) for name, domain in found)
