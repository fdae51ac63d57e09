"""The read-only JSON API: published actions, jurisdictions, organisations and articles.

Lists take the same filters as the site's pages (the very same FilterSets), are paginated with
a capped page size, and reject a bad parameter with a 400 that names it. List responses say in a
`licence` field what their records may be reused under; responses of our own records (not the
publishers' articles) also carry our data licence in a `Link` header.
"""

import functools
import json
from functools import partial

from django.http import Http404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from core.publicdata import NOT_KEPT, KeptCountPaginator, kept_already
from directory.models import Jurisdiction
from policies.filters import ActionFilter
from policies.kept_counts import date_walk_pays, published_count
from policies.models import PolicyAction
from policies.news_filters import ArticleFilter
from policies.participants import public_organisations

from ..export_views import action_rows, records_of_rows
from ..exports import LICENCE
from .filters import JurisdictionFilterSet, OrganisationFilterSet
from .rendering import JSONText, JSONTextRenderer
from .serializers import (
    JURISDICTION_COLUMNS,
    ORGANISATION_COLUMNS,
    ActionLinks,
    ActionSerializer,
    JurisdictionSerializer,
    OrganisationSerializer,
    action_json,
    jurisdiction_records,
    organisation_records,
)

# Filters that look a record up by slug or name: the schema generator cannot infer their type
# from the model (it would guess the key's integer, or warn), so it is stated here with the
# filter's own description, which a stated type replaces. Documentation only: the FilterSets
# behave exactly as on the pages.
for _filterset, _name in (
    (ActionFilter, "jurisdiction"),
    (ActionFilter, "organisation"),
    (ArticleFilter, "organisation"),
    (ArticleFilter, "jurisdiction"),
    (JurisdictionFilterSet, "within"),
):
    _filter = _filterset.base_filters[_name]
    _description = _filter.extra.get("help_text") or _filter.label
    extend_schema_field({"type": "string", "description": _description})(_filter)

PAGE_SIZE = 50
# What a list's kept count of matches is kept under (`CappedPagination`).
COUNT_NAME = "api-count"
MAX_PAGE_SIZE = 200

ERRORS_SCHEMA = {
    "type": "object",
    "description": "Each rejected parameter, with what is wrong with it.",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}
NOT_FOUND_SCHEMA = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}


class OpenDataSchema(AutoSchema):
    """Documents the answers every read operation can give besides a 200."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method == "GET":
            responses["400"] = self._get_response_for_code(
                OpenApiResponse(ERRORS_SCHEMA, description="A parameter was rejected."), "400"
            )
            responses["404"] = self._get_response_for_code(
                OpenApiResponse(
                    NOT_FOUND_SCHEMA, description="No such published record, or no such page."
                ),
                "404",
            )
        return responses


def _positive_int(request, name):
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise ValidationError({name: [f"“{value}” is not a whole number of 1 or more."]})
    return int(value)


# Parameters that page through a list or choose its format, never what it counts.
NOT_FILTERS = ("page", "page_size", "format")


def counted_filters(request):
    """The list's path and filters, parameters in any order: what its kept count is of."""
    filters = sorted(
        (name, sorted(values)) for name, values in request.GET.lists() if name not in NOT_FILTERS
    )
    return json.dumps([request.path, filters])


def _unfiltered(request):
    """Whether `request` gives no filter, only a page, its size or the format."""
    return all(name in NOT_FILTERS for name in request.GET)


class FromEitherEndPaginator(KeptCountPaginator):
    """Reads a page nearer the end of the list from that end: the list in reverse order
    (`QuerySet.reverse()`, exact only for a total order, one ending in a unique field), then
    the page's rows turned back. The database reads every row an OFFSET skips: the last of the
    API's 400 pages of every action 38.4 -> 4.6 ms of CPU on SQLite, page 300 29.6 -> 13.0
    (medians of 100, alternated with base in two processes, bench/web); on PostgreSQL the
    server's own time for the last page's query, 50 -> 0.2 ms (EXPLAIN ANALYZE). Pages in the
    middle still pay for their OFFSET: page 201, ~21 ms on SQLite."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        if bottom <= self.count - top:
            return super().page(number)
        rows = list(self.object_list.reverse()[self.count - top : self.count - bottom])
        rows.reverse()
        return self._get_page(rows, number, self)


class CappedPagination(PageNumberPagination):
    """Pages of 50 by default; `page_size` may ask for up to 200, and more is capped at 200."""

    page_size = PAGE_SIZE
    page_size_query_param = "page_size"
    page_size_query_description = (
        f"Results per page, {PAGE_SIZE} unless given; at most {MAX_PAGE_SIZE}."
    )
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        requested = _positive_int(request, self.page_size_query_param)
        return min(requested, self.max_page_size) if requested else self.page_size

    def paginate_queryset(self, queryset, request, view=None, *, from_either_end=False):
        """A page of `queryset`; read from its end when it is nearer that end and
        `from_either_end` says its order is total (`FromEitherEndPaginator`)."""
        _positive_int(request, self.page_query_param)
        # The count of every match kept: 1.5-2 ms of each page's ~12 ms of CPU on SQLite for
        # the 20,000 published actions (bench/web).
        paginator = FromEitherEndPaginator if from_either_end else KeptCountPaginator
        self.django_paginator_class = partial(
            paginator, request=request, name=COUNT_NAME, key=counted_filters(request)
        )
        return super().paginate_queryset(queryset, request, view)

    def page_end(self, request, matches):
        """How many of `matches` the page asked for reaches down to, in order; None when the
        page or its size cannot be read (`paginate_queryset` then says so)."""
        try:
            number = _positive_int(request, self.page_query_param) or 1
            return min(number * self.get_page_size(request), matches)
        except ValidationError:
            return None

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters

    def get_paginated_response_schema(self, schema):
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"]["licence"] = {
            "type": "object",
            "properties": {key: {"type": "string"} for key in LICENCE},
        }
        paginated["required"] = [*paginated.get("required", []), "licence"]
        return paginated


class WalkingFilterBackend(DjangoFilterBackend):
    """The view's filter set, told whether a page of a busy place's actions is found by
    walking every action in date order (`ActionViewSet.walks_dates`)."""

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            filterset.walks_dates = view.walks_dates(filterset)
        return filterset


class _OpenDataViewSet(viewsets.ReadOnlyModelViewSet):
    filter_backends = [DjangoFilterBackend]
    pagination_class = CappedPagination
    schema = OpenDataSchema()
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"

    licence = LICENCE  # what the records served may be reused under

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["licence"] = self.licence
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.licence is LICENCE:
            response["Link"] = f'<{LICENCE["url"]}>; rel="license"'
        # Public data without cookies or credentials: any site may read it.
        response["Access-Control-Allow-Origin"] = "*"
        return response


# The actions' queries, built once a process and cloned for each request (`.all()`, never read
# themselves), as the news list's (`policies.news_pages.listed_news`): with `slug_paths_of`'s
# compiled query, `/api/actions/` 13.7-16.8 -> 10.1-11.7 ms of CPU (median of 20, three
# alternated rounds, bench/web; the query building ~1.4 ms of it).
@functools.cache
def _published_actions():
    return PolicyAction.objects.published().for_export().order_by("-date", "title", "pk")


@functools.cache
def _every_action_row():
    return action_rows(_published_actions())


# What the schema says of the list, for the API's users: drf-spectacular would otherwise
# publish `list`'s docstring, which is written for the code's readers.
_ACTIONS_DESCRIPTION = (
    "Published actions. Filters are the timeline's: `?jurisdiction=minnesota&type=ban`."
)


@extend_schema_view(
    list=extend_schema(
        summary="Published actions, filtered as on the timeline", description=_ACTIONS_DESCRIPTION
    ),
    retrieve=extend_schema(summary="One published action"),
)
class ActionViewSet(_OpenDataViewSet):
    """Published actions. Filters are the timeline's: `?jurisdiction=minnesota&type=ban`."""

    serializer_class = ActionSerializer
    filterset_class = ActionFilter
    filter_backends = [WalkingFilterBackend]
    # The list's page is written as JSON text (`list`): DRF's renderers, its JSON one taking
    # that text as it is.
    renderer_classes = [
        JSONTextRenderer if renderer is JSONRenderer else renderer
        for renderer in api_settings.DEFAULT_RENDERER_CLASSES
    ]

    def get_queryset(self):
        return _published_actions().all()

    def walks_dates(self, filterset):
        """Whether this page of a place's actions is found by walking every action in date
        order, as the timeline decides (`date_walk_pays`), from the kept count of matches and
        of every published action; until they are kept, sorted. California's first page took
        14.5 ms of CPU sorted, 11.9 walked; a town's 6.9 sorted, 24.3 walked (medians of 90,
        alternated in one process, SQLite, bench/web)."""
        if not filterset.is_valid() or filterset.sorts_by_relevance:
            return False
        if not filterset.form.cleaned_data.get("jurisdiction"):
            return False
        matches = kept_already(self.request, COUNT_NAME, counted_filters(self.request))
        if matches is NOT_KEPT or not matches:
            return False
        page_end = self.paginator.page_end(self.request, matches)
        if page_end is None:
            return False
        return date_walk_pays(matches, page_end, published_count(self.request))

    def filter_queryset(self, queryset):
        """The timeline's filters, through its FilterSet; with none given (only a page, its
        size or the format), the queryset as it is: the FilterSet then filters nothing and
        orders as `get_queryset` does (tests/opendata/test_api_unfiltered.py), and building it
        (copies of its filters and their form) took ~1.5 of the list's ~11 ms (bench/web)."""
        if _unfiltered(self.request):
            return queryset
        return super().filter_queryset(queryset)

    def list(self, request, *args, **kwargs):
        """A page of the download's records (`records_of_rows`), read as plain rows as the
        downloads read them, not as model instances with their organisations and sources
        prefetched by Django and then serialized field by field: the records are the same
        (tests/opendata/test_api.py), in the serializer's order of fields."""
        # Each record is written as JSON text from its row (`action_json`), and the page as DRF
        # writes it (`JSONTextRenderer`, tests/opendata/test_api_rendering.py), not built as
        # dicts, arranged in that order and encoded by `json.dumps`: `/api/actions/` 4.11 ->
        # 3.45 ms of CPU on SQLite, 4.32 -> 3.66 on PostgreSQL; `?type=ban` 5.39 -> 4.65 and
        # 6.63 -> 5.19; `?page=2` 4.41 -> 3.63 and 4.99 -> 4.13 (medians of 150, alternated
        # request by request in two processes, bench/web). The browsable API reads the text
        # back to indent it: 31.5 -> 32.3.
        if _unfiltered(request):
            # Ordered by date, title and pk: a total order, which reads back from the end.
            rows = self.paginator.paginate_queryset(
                _every_action_row().all(), request, view=self, from_either_end=True
            )
        else:
            rows = self.paginate_queryset(action_rows(self.filter_queryset(self.get_queryset())))
        texts = records_of_rows(request, rows, build=action_json, links_class=ActionLinks)
        return self.get_paginated_response(JSONText("[" + ",".join(texts) + "]"))

    def retrieve(self, request, *args, **kwargs):
        # No docstring: it would be the operation's description in the schema. The action's
        # record written as the list writes its records (`list`), from its row; with filters
        # or a format suffix, found and serialized by DRF (the filters may 404 it).
        if self.format_kwarg or not _unfiltered(request):
            return super().retrieve(request, *args, **kwargs)
        rows = action_rows(self.get_queryset().filter(slug=kwargs[self.lookup_field]))
        texts = records_of_rows(request, list(rows), build=action_json, links_class=ActionLinks)
        if not texts:
            raise Http404(f"No {PolicyAction._meta.object_name} matches the given query.")
        return Response(JSONText(texts[0]))


@extend_schema_view(
    list=extend_schema(summary="Jurisdictions, in tree order"),
    retrieve=extend_schema(summary="One jurisdiction"),
)
class JurisdictionViewSet(_OpenDataViewSet):
    """Places and bodies, each with its parent and Open Civic Data division ID."""

    serializer_class = JurisdictionSerializer
    filterset_class = JurisdictionFilterSet
    queryset = Jurisdiction.objects.select_related("parent").in_tree_order()

    def list(self, request, *args, **kwargs):
        # No docstring: it would be the operation's description in the schema. A page of
        # records written from rows (`jurisdiction_records`), as the organisations' list.
        if self.format_kwarg:
            return super().list(request, *args, **kwargs)
        places = self.filter_queryset(self.get_queryset())
        rows = self.paginate_queryset(places.values_list(*JURISDICTION_COLUMNS))
        return self.get_paginated_response(jurisdiction_records(rows, request))


@functools.cache
def _listed_organisations():
    """Built once a process, cloned for each request (`.all()`): with `api_url`'s kept link,
    `/api/organisations/` 20.1-22.2 -> 13.1-15.8 ms of CPU, one organisation 5.9-8.2 -> 3.8-4.5
    (medians of 20, three alternated rounds, bench/web)."""
    return public_organisations().order_by("name", "pk")


@extend_schema_view(
    list=extend_schema(summary="Organisations, by name"),
    retrieve=extend_schema(summary="One organisation"),
)
class OrganisationViewSet(_OpenDataViewSet):
    """Organisations that took part in a published action or that the imported news mentions
    and staff confirmed."""

    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilterSet

    def get_queryset(self):
        return _listed_organisations().all()

    def list(self, request, *args, **kwargs):
        # No docstring: it would be the operation's description in the schema. A page of
        # records written from rows (`organisation_records`), not serialized from model
        # instances; with a format suffix (`.json`), serialized.
        if self.format_kwarg:
            return super().list(request, *args, **kwargs)
        organisations = self.filter_queryset(self.get_queryset())
        rows = self.paginate_queryset(organisations.values_list(*ORGANISATION_COLUMNS))
        return self.get_paginated_response(organisation_records(rows, request))
