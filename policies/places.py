"""What the public site shows of places, at world scale.

The directory holds every place in the world; the record covers a few hundred of them. Lists,
maps, filter choices and the sitemap show only the places with published actions and the
places above them (`listed_places()`), so no page ever lists tens of thousands of places;
any other place is found by the place search and has its own page. A place's page separates
what was done there (and inside it) from what applies there from above
(`listed_with_from_above`).
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from django.db import connections, router
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)

from core.queries import count_subquery
from core.sql_once import SqlOnce, loaded_fields, record
from directory.models import Jurisdiction, JurisdictionKind
from directory.place_names import (
    places_found_by_readings,
    places_read,
    prefix_parameter,
    query_readings,
)

from .listing import listed_rows, rows_by_ids
from .models import PolicyAction

# On a place's page, the newest actions of each place above it; the rest are on its own page.
ABOVE_SHOWN_PER_PLACE = 5
# Place search results per page, and the pages a search may go to: a one-letter search
# matches thousands of places, and nobody reads past the first hundred.
SEARCH_RESULTS_PER_PAGE = 20
SEARCH_PAGES = 5
# The maps draw the busiest cities and counties as points, at most this many: enough to show
# where local action is, few enough that the page stays small whatever the record holds.
MAPPED_POINTS = 100

# Larger kinds first when search results are equally good: "Washington" the state before the
# towns, "New York" the state before the city. Within a kind, places with records come first.
KIND_ORDER = [
    JurisdictionKind.INTERNATIONAL,
    JurisdictionKind.SUPRANATIONAL,
    JurisdictionKind.COUNTRY,
    JurisdictionKind.STATE,
    JurisdictionKind.COUNTY,
    JurisdictionKind.CITY,
]


# The regions of the countries whose states readers know by name ("Washington" the state
# before the city), and the size from which a city weighs as much as a region abroad.
_HOME_REGION = Q(iso_code__startswith="US-") | Q(iso_code__startswith="GB-")
REGIONAL_CITY_POPULATION = 500_000


def listed_places(actions=None):
    """Places with a published action, and every place above them: the only places lists,
    maps, filter choices and the sitemap show. Given `actions` (published ones), only the
    places with one of them and the places above: a place's page asks for its children
    walking up from its own actions, not from all 20,000 (bench/web)."""
    actions = PolicyAction.objects.published() if actions is None else actions
    acted_in = actions.filter(jurisdiction__isnull=False)
    return Jurisdiction.objects.containing_any(acted_in.values("jurisdiction").distinct())


def places_to_point(limit=MAPPED_POINTS):
    """Cities and counties with published actions of their own and known coordinates, the
    busiest first: the points on the maps (countries and states are shaded instead)."""
    published = PolicyAction.objects.published()
    own = published.filter(jurisdiction=OuterRef("pk"))
    return (
        Jurisdiction.objects.filter(
            pk__in=published.filter(jurisdiction__isnull=False).values("jurisdiction"),
            kind__in=[JurisdictionKind.COUNTY, JurisdictionKind.CITY],
            latitude__isnull=False,
            longitude__isnull=False,
        )
        .annotate(own_actions=count_subquery(own, "jurisdiction"))
        .order_by("-own_actions", "name")[:limit]
    )


def published_totals(actions):
    """(tree_left, number of actions) of each place that holds some of `actions`, sorted.
    COUNT(*), not of the ids, lets PostgreSQL read the actions from an index alone: 40 -> 14
    ms for every published action's place (bench/web)."""
    return sorted(
        actions.filter(jurisdiction__isnull=False)
        .order_by()
        .values_list("jurisdiction__tree_left")
        .annotate(n=Count("*"))
        .values_list("jurisdiction__tree_left", "n")
    )


def set_totals(places, totals):
    """Give each place its `action_total`: the actions in it and everything inside it; and
    its `places_inside`: how many places inside it hold published actions of their own.

    `totals` are `published_totals()`; each place's share is the run of places whose left
    bound falls inside its own bounds, found by bisection, so no place needs its own query.
    """
    lefts = [left for left, _n in totals]
    running = [0]
    for _left, n in totals:
        running.append(running[-1] + n)
    for place in places:
        start = bisect_left(lefts, place.tree_left)
        end = bisect_right(lefts, place.tree_right)
        place.action_total = running[end] - running[start]
        place.places_inside = end - bisect_right(lefts, place.tree_left)
    return places


def search_places(text, places=None):
    """Every place (of `places`, all by default) found by `text` (any of its names; see
    `Jurisdiction.objects.named`), the best matches first: exact names before partial ones,
    larger kinds first, places with records, then the most populous ("Boston" is Boston,
    Massachusetts before Boston, England and the towns in Georgia and Indiana)."""
    places = Jurisdiction.objects.all() if places is None else places
    return _best_first(places.named(text))


def _best_first(found):
    """Places `found` (annotated with `name_match`) in the order `search_places` gives."""
    # A place found has records when a published action lies in its bounds (in it or inside
    # it): two index lookups a place found. Asking whether it is among `listed_places()`
    # walked up from every place with records for each search, most of its cost: "cal" 8.7 ->
    # 0.8 ms on SQLite, 20-50 -> 2-3 ms on PostgreSQL (bench/web's 20,000 actions).
    has_records = Exists(
        PolicyAction.objects.published().filter(
            jurisdiction__tree_left__gte=OuterRef("tree_left"),
            jurisdiction__tree_left__lte=OuterRef("tree_right"),
        )
    )
    county_rank = KIND_ORDER.index(JurisdictionKind.COUNTY)
    kind_rank = Case(
        # A region abroad with no population on record, and a city as large as a region, are
        # weighed by size: "Portland" is Oregon's city before Jamaica's parish.
        When(Q(kind=JurisdictionKind.STATE) & ~_HOME_REGION, then=Value(county_rank)),
        When(
            kind=JurisdictionKind.CITY,
            population__gte=REGIONAL_CITY_POPULATION,
            then=Value(county_rank),
        ),
        *(When(kind=kind, then=Value(rank)) for rank, kind in enumerate(KIND_ORDER)),
        default=Value(len(KIND_ORDER)),
        output_field=IntegerField(),
    )
    return found.annotate(kind_rank=kind_rank, has_records=has_records).order_by(
        "name_match",
        "kind_rank",
        "-has_records",
        F("population").desc(nulls_last=True),
        "qualified_name",
        "pk",
    )


def suggested_places(text, shown):
    """(name, slug) of the first `shown` places `search_places(text)` finds, each named with its
    state and country (`qualified_name`), in its order."""
    rows, readings = _read_once(text, _named_once, shown)
    if rows is None:
        found = _best_first(places_found_by_readings(Jurisdiction.objects.all(), readings))
        rows = found.values_list("qualified_name", "name", "slug")[:shown]
    return [(qualified_name or name, slug) for qualified_name, name, slug in rows]


def place_called(text, places=None):
    """The place (of `places`, all by default) whose name, alias or code is `text`, with any
    state or country after commas ("Portland, Maine, United States", as the suggestions name
    places), or None. Of several, the largest kind first, then one with records: "Washington"
    is the state."""
    if places is not None and places.query.has_filters():
        return search_places(text, places).filter(name_match=0).first()
    rows, readings = _read_once(text, _called_once, 1)
    if rows is None:
        found = _best_first(places_found_by_readings(Jurisdiction.objects.all(), readings))
        return found.filter(name_match=0).first()
    # The best match is the place called so only when its name is the text itself.
    if not rows or rows[0][0] != 0:
        return None
    return record(Jurisdiction, loaded_fields(Jurisdiction), rows[0][1:])


def _read_once(text, written, shown):
    """(rows, None): the first `shown` places found by `text`, best first, when the search is
    first read as a name alone ("cal", "new york"; not "boston, ma") and that reading finds
    some or is the only one. Its query is SQL written once a process (`written(vendor)`, a
    `SqlOnce` of the key and its prefix match's bound): building it through the ORM took ~6 ms
    of CPU a search, most of it once the database's part was an index lookup. A name no place
    has, whose query the database answers at once: suggestions 6.7 -> 0.9 ms, the timeline
    filtered by it 12.1 -> 6.3 ms, the news 11.0 -> 4.9 ms (SQLite, bench/web). Else (None,
    the readings left to try, as `Jurisdiction.objects.named` tries them)."""
    readings = query_readings(text)
    if readings and not readings[0][1]:
        alias = router.db_for_read(Jurisdiction)
        vendor = connections[alias].vendor
        key = readings[0][0]
        rows = written(vendor).rows(key, prefix_parameter(key, vendor), using=alias, limit=shown)
        if rows or len(readings) == 1:
            return rows, None
        readings = readings[1:]
    return None, readings


# A key no place has, standing in for the key searched when the SQL is written.
_KEY_STAND_IN = "stand in for a key"


def _named_alone(key):
    return _best_first(places_read(Jurisdiction.objects.all(), key))


@cache
def _named_once(vendor):
    """`search_places` of a name alone as (qualified name, name, slug): SQL written once a
    process for each database vendor (the bound of the prefix match differs)."""
    return SqlOnce(
        lambda key, _bound: _named_alone(key).values_list("qualified_name", "name", "slug"),
        _KEY_STAND_IN,
        prefix_parameter(_KEY_STAND_IN, vendor),
    )


@cache
def _called_once(vendor):
    """`search_places` of a name alone as (name_match, every field of the place read)."""
    return SqlOnce(
        lambda key, _bound: _named_alone(key).values_list(
            "name_match", *loaded_fields(Jurisdiction)
        ),
        _KEY_STAND_IN,
        prefix_parameter(_KEY_STAND_IN, vendor),
    )


@dataclass
class FromAbove:
    """The published actions of one place above the place shown, newest first."""

    place: object
    total: int
    actions: list = field(default_factory=list)

    @property
    def more(self):
        return self.total - len(self.actions)


def listed_with_from_above(page_rows, ancestors, alias):
    """`(listed page, from above)`: a page of a place's actions (rows of `LISTED_FIELDS`, in
    order) as a list shows them, and what applies in the place because of the places above it
    (`ancestors`): for each of them, nearest first, its own published actions (not those of
    its other places: nothing from Maine on a Boston page), the newest
    `ABOVE_SHOWN_PER_PLACE` of them as a list shows them and how many there are.

    Which are the newest is read from the places' own actions' ids in order (an index of
    place and date), SQL written once a process (`_own_in_order`); a window of each place's
    newest through the ORM took ~4 ms a page to write its SQL, for 0.2 ms of SQLite's. Those
    few are listed with the page's actions: a listing of their own took 2.2 ms more (bench/web,
    20,000 actions: California's page)."""
    ancestors = list(ancestors)
    by_place = {place.pk: FromAbove(place, 0) for place in ancestors}
    newest = []  # (action id, place id)
    if ancestors:
        for pk, place in _own_in_order(len(ancestors)).rows(*by_place):
            above = by_place[place]
            above.total += 1
            if above.total <= ABOVE_SHOWN_PER_PLACE:
                newest.append((pk, place))
    nearest_first = sorted(ancestors, key=lambda place: -place.depth)
    from_above = [by_place[place.pk] for place in nearest_first if by_place[place.pk].total]
    page_rows = list(page_rows)
    rows = [*page_rows, *rows_by_ids([pk for pk, _ in newest], alias)]
    both = listed_rows(rows, alias)
    listed = {action.pk: action for action in both[len(page_rows) :]}
    for pk, place in newest:
        by_place[place].actions.append(listed[pk])
    return both[: len(page_rows)], from_above


@cache
def _own_in_order(places):
    """(id, place) of the published actions of `places` places given by id, by place, newest
    first: SQL written once a process for each number of places (`SqlOnce`), 0.6 -> 0.1 ms."""
    return SqlOnce(
        lambda *ids: (
            PolicyAction.objects.published()
            .filter(jurisdiction__in=ids)
            .order_by("jurisdiction", "-date", "title", "pk")
            .values_list("pk", "jurisdiction")
        ),
        *range(-1, -1 - places, -1),
    )
