"""The queries of policy actions: `PolicyActionQuerySet` and the manager every action is read
through (`PolicyAction.objects`), which `policies.models` gives the model.

`published()` here states, for actions, the rule that only published records are public (the
participants' and citations' in `participants.py` and `citations.py`). May import the directory,
the news and core; never the views, the site or the reading code above it.
"""

from django.contrib.postgres.search import SearchRank
from django.db import connections, models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Value
from django.utils import timezone

from articles.models import Article
from core.publicdata import kept_until_changed
from core.queries import AmongIds, count_subquery
from core.search import search_words, web_search_query
from directory.models import Jurisdiction

from .choices import ActionStatus, EditorialState
from .citations import Citation, export_citations
from .participants import ActionParticipant, export_participants

# The most places `within()` names in a query; SQLite takes up to 32,766 parameters.
MAX_PLACES_LISTED = 5_000


class PolicyActionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=EditorialState.PUBLISHED)

    def involving(self, organisation, role=None, *, walked=False):
        """Actions `organisation` took part in (in `role`, when given): among its own parts,
        or, `walked`, each action checked for a part, so that its newest are found by reading
        the actions in date order until a page is full (`kept_counts.walks_actions_of`)."""
        taking_part = ActionParticipant.objects.filter(organisation=organisation)
        if role:
            taking_part = taking_part.filter(role=role)
        if walked:
            return self.filter(Exists(taking_part.filter(action=OuterRef("pk"))))
        return self.filter(pk__in=taking_part.values("action"))

    def with_source_count(self):
        """Annotate `source_count`: the articles each action cites."""
        return self.annotate(
            source_count=count_subquery(Citation.objects.filter(action=OuterRef("pk")), "action")
        )

    def matching(self, text):
        """Actions whose title, summary or cited articles match `text`, with a `rank` to order
        by (an alias: computed only when a list is ordered by it).

        PostgreSQL uses its full-text search (stemmed, ranked, indexed; web-search syntax such as
        "quoted phrases" and -exclusions). Elsewhere every word must appear somewhere, ignoring
        case, and `rank` is 0."""
        text = text.strip()
        if not text:
            return self.alias(rank=Value(0.0))
        if connections[self.db].vendor == "postgresql":
            query = web_search_query(text)
            # One vector holds the cited articles' words too (migration 0009): matching the
            # action's OR its articles' read every matching article's vector, 99,137 of 100,000
            # for "police", twice a page. Ranked by the action's own words, as before, and only
            # when the list is ordered by relevance.
            return self.filter(search_with_sources=query).alias(
                rank=SearchRank(F("search_document"), query)
            )
        matches = Q()
        for word in search_words(text):
            cited_match = Article.objects.filter(
                Q(title__icontains=word) | Q(excerpt__icontains=word) | Q(body__icontains=word),
                citations__action=OuterRef("pk"),
            )
            matches &= Q(title__icontains=word) | Q(summary__icontains=word) | Exists(cited_match)
        return self.filter(matches).alias(rank=Value(0.0))

    def by_relevance(self):
        """Ordered by `matching()`'s rank, the best match first, then the newest. Where the
        database does not rank, every match's rank is 0: the newest first, asked so, which
        the index of the timeline's order serves; ordered by the shared rank, SQLite tested
        and sorted every match (`/?q=police&sort=relevance`: its query 84 ms, bench/web)."""
        if connections[self.db].vendor == "postgresql":
            return self.order_by("-rank", "-date", "title", "pk")
        return self.order_by("-date", "title", "pk")

    def within(self, jurisdiction, *, walking_dates=False, version=None, acted_in=None):
        """Actions in `jurisdiction` or anywhere inside it (a state and its cities).

        Reads at once, in one query, which places inside hold an action at all, and filters
        by that list. A country holds tens of thousands of places and its actions a few
        hundred of them: matching the actions against all of its places cost 18 ms a query
        on SQLite for the United States (six on its page), the list 1.7 ms once, whatever the
        place (bench/web, 20,000 actions). A subquery, not a join, which SQLite planned as a
        read of every action (27 ms, not 3), when the list would be too long to send.

        `walking_dates`: the list's place of each action compared, not looked up in an index,
        so that a page of a busy place is found by walking every action in date order until
        the page is full. Given the list, SQLite reads every match through the index of
        places and sorts them all, whatever the page's LIMIT: 2.3 ms for California's 1,985
        actions, 4.3 for the European Union's 3,363, where the walk takes 0.4; but 10 ms for
        a place with ten, which the index finds in 0.1 (bench/web, 20,000 actions). The
        timeline and a place's page choose (`date_walk_pays`).

        `version`: the data version a page keeps its aggregates under
        (`core.publicdata.aggregates_version`), so that the list kept is of the version the
        page read, without reading it again (a query a call, 0.2-0.4 ms on SQLite).

        The list goes as one parameter (`core.queries.AmongIds`; same plans, same indexes):
        as an `__in` the ORM prepared each of California's 299 ids, a page's query took
        2.9-3.2 ms to build where it takes 1.5-1.7; with the list's query built only when not
        kept, `/?jurisdiction=california` costs 6-7% less CPU, the United States' page 8-12%
        (in-process A/B, medians, SQLite, bench/web).

        `acted_in`: that list (`places_acting_in`), when the caller read it already."""
        if acted_in is None:
            acted_in = self.places_acting_in(jurisdiction, version=version)
        if len(acted_in) > MAX_PLACES_LISTED:
            return self.filter(jurisdiction__in=Jurisdiction.objects.descendants_of(jurisdiction))
        if not acted_in:  # nothing inside acted: no query is run for it
            return self.none()
        place = F("jurisdiction_id") + 0 if walking_dates else F("jurisdiction_id")
        return self.filter(AmongIds(place, acted_in))

    def places_acting_in(self, jurisdiction, *, version=None):
        """The ids of `jurisdiction` and the places inside it that hold an action (any: the
        list only narrows what a query reads), `MAX_PLACES_LISTED` and one at most, as
        `within` filters by them; kept until public data changes (1.4 of the 18 ms of a
        timeline by California)."""

        def acting():
            actions = self.model._base_manager.using(self.db).values("jurisdiction")
            places = Jurisdiction.objects.descendants_of(jurisdiction).using(self.db)
            places = places.filter(pk__in=actions).order_by()
            return list(places.values_list("pk", flat=True)[: MAX_PLACES_LISTED + 1])

        key = f"{self.db}:{jurisdiction.pk}"
        return kept_until_changed(None, "acted-in", key, acting, version=version)

    def with_shown_status(self, statuses):
        """Actions whose status as shown (`shown_status`) is one of `statuses`: past its expiry
        date, something in force is expired and no longer in force."""
        lasting = [ActionStatus.IN_FORCE, ActionStatus.ONGOING]
        passed = Q(status__in=lasting, expiry_date__lt=timezone.localdate())
        matching = Q(status__in=statuses) & ~passed
        if ActionStatus.EXPIRED in statuses:
            matching |= passed
        return self.filter(matching)

    def in_publication_order(self):
        """The most recently published first: the order feeds announce actions in."""
        return self.order_by(F("published_at").desc(nulls_last=True), "-date", "title", "pk")

    def for_export(self):
        """Everything an export row holds: its place, organisations with roles, cited sources.
        (The streamed downloads read the last two per chunk: `export_participants()`.)"""
        return self.select_related("jurisdiction").prefetch_related(
            Prefetch("participants", queryset=export_participants()),
            Prefetch("citations", queryset=export_citations()),
        )

    def for_timeline(self):
        """Everything a list of actions shows, newest first, in a fixed number of queries.

        The source count is a subquery rather than a joined COUNT, so no GROUP BY gets in the
        way of the filters, searches and orderings applied after it."""
        return (
            self.select_related("jurisdiction")
            .prefetch_related(
                Prefetch(
                    "participants",
                    queryset=ActionParticipant.objects.select_related("organisation"),
                )
            )
            .with_source_count()
            .order_by("-date", "title", "pk")
        )


class PolicyActionManager(models.Manager.from_queryset(PolicyActionQuerySet)):
    """Every action read without its search vectors: only PostgreSQL's search reads them, in SQL
    (`matching`), never as attributes. Loaded, they are hundreds to thousands of bytes of every
    row of every list, the API and the admin; triggers write them, and a saved action writes
    only the fields it loaded."""

    def get_queryset(self):
        return super().get_queryset().defer("search_document", "search_with_sources")
