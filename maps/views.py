"""The places page: the tree of places the record covers, with the world and US maps, and
the search that finds any place in the world by any of its names."""

from functools import cached_property
from types import SimpleNamespace

from django import forms
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView

from core.publicdata import kept_until_changed
from core.search import MAX_SEARCH_LENGTH
from directory.models import JurisdictionKind
from policies.listing import SlugUrls
from policies.models import PolicyAction
from policies.places import (
    SEARCH_PAGES,
    SEARCH_RESULTS_PER_PAGE,
    listed_places,
    places_to_point,
    published_totals,
    search_places,
    set_totals,
)

from .maps import drawn_or_listed, jurisdiction_maps
from .markup import tree_html


class PlaceSearchForm(forms.Form):
    q = forms.CharField(
        label="Find a place",
        max_length=MAX_SEARCH_LENGTH,
        required=False,
        help_text="Any country, state, county, city or town, by any of its names: "
        "“Boston”, “Boston, MA”, “Zurich”.",
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


# The places page lists these; states and below are on the maps and their countries' pages.
LISTED_KINDS = {
    JurisdictionKind.INTERNATIONAL,
    JurisdictionKind.SUPRANATIONAL,
    JurisdictionKind.COUNTRY,
}


def is_listed(place):
    """Listed on the places page: a country or a body above countries, or a place staff put
    at the top of the tree (a state with no country above it)."""
    return place.kind in LISTED_KINDS or place.depth == 0


def set_urls(places):
    """Give each place its page's `url`, reversed once for the page: the maps and the list
    link 1,100 places at 20,000 actions, and `get_absolute_url()` on each was 12% of the page's
    CPU (bench/profile_pages.py, SQLite, 121 → 106 ms)."""
    url = SlugUrls("policies:jurisdiction-detail")
    for place in places:
        place.url = url(place.slug)
    return places


class JurisdictionListView(TemplateView):
    """The countries and international bodies with published actions, with counts that
    include everything inside each, and every country and US state on the maps; and the
    place search.

    The list stops at countries, so the page is bounded by the world's countries,
    not by the record: listing every state and region with an action made it 600 KB at
    20,000 actions in 3,767 places (bench/bench_web.py), 75% of it the list. A country's page
    lists the places inside it, and the US map's table lists every state."""

    template_name = "policies/jurisdiction_list.html"

    @staticmethod
    def every_places_total():
        """A scan of every published action (`kept_until_changed`)."""
        return published_totals(PolicyAction.objects.published())

    def regions_and_points(self, totals):
        """The places the maps shade and the tree lists, and the places they point at, with
        their totals: each a scan of every published action, so kept until public data changes
        (`kept_until_changed`: 8-9 ms of SQL and ~400 places made and counted a request on
        SQLite, bench/web)."""

        def read():
            regions = listed_places().regions().filter(drawn_or_listed()).in_tree_order()
            return set_totals(list(regions), totals), set_totals(list(places_to_point()), totals)

        return kept_until_changed(self.request, "places-regions-points", "all", read)

    @cached_property
    def totals(self):
        """Every place's count of published actions, places inside included (kept)."""
        return kept_until_changed(self.request, "published-totals", "all", self.every_places_total)

    def listed_and_mapped(self):
        """The places the tree lists (`listed`) and the maps (`maps`) of the kept regions and
        points, with their URLs."""
        regions, points = self.regions_and_points(self.totals)
        set_urls([*regions, *points])
        listed = [place for place in regions if is_listed(place)]
        return SimpleNamespace(listed=listed, maps=jurisdiction_maps(regions, points))

    def drawn(self):
        """The tree and the maps as markup, kept until public data changes: reading back the
        regions and points and writing the maps and the tree from them took ~5 of the page's
        ~8 ms of CPU a request (SQLite, bench/web's 20,000 actions)."""
        places = self.listed_and_mapped()
        maps = "".join(
            render_to_string("includes/choropleth.html", {"map": found}) for found in places.maps
        )
        return SimpleNamespace(tree=tree_html(places.listed), maps=mark_safe(maps))  # noqa: S308

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PlaceSearchForm(self.request.GET)
        text = form.cleaned_data["q"].strip() if form.is_valid() else ""
        context.update(search_form=form, search_text=text)
        if not text:
            drawn = kept_until_changed(self.request, "places-drawn", "all", self.drawn)
            context.update(tree=drawn.tree, maps_html=drawn.maps)
            # The records the markup was written from, read only if asked for: the page
            # prints the markup kept.
            places = SimpleLazyObject(self.listed_and_mapped)
            context.update(
                jurisdictions=SimpleLazyObject(lambda: places.listed),
                maps=SimpleLazyObject(lambda: places.maps),
            )
            return context
        # A search shows its results alone: the tree and maps are one link away.
        paginator = Paginator(search_places(text), SEARCH_RESULTS_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("page"))
        if page.number > SEARCH_PAGES:
            page = paginator.get_page(SEARCH_PAGES)
        set_totals(list(page), self.totals)
        context.update(
            results=page,
            result_pages=min(paginator.num_pages, SEARCH_PAGES),
            result_limit=SEARCH_PAGES * SEARCH_RESULTS_PER_PAGE,
        )
        return context
