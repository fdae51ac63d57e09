"""The organisations' pages: the list of every organisation that took part in a published
action, and one organisation's page of what it did and the news that mentions it."""

from itertools import groupby
from typing import NamedTuple

from django.db import connection
from django.db.models import OuterRef
from django.http import Http404
from django.utils.safestring import mark_safe
from django.views.generic import DetailView, ListView

from articles.models import organisation_mentions
from core.links import linker
from core.publicdata import KeptCountPaginator, kept_until_changed
from core.queries import count_subquery
from core.slugs import FormerSlugRedirectMixin
from directory.models import OrganisationKind, ReviewStatus

from . import kept_counts
from .charts import html_text as escape
from .choices import ParticipantRole
from .compact_lists import action_lines_html, article_lines_html
from .kept_counts import kept_action_count, kept_article_count, walks_newest
from .organisation_reads import (
    newest_action_lines,
    newest_article_lines,
    organisation_at,
    roles_in,
)
from .participants import public_organisations, with_action_count, with_role_counts
from .roles import role_noun


class OrganisationRow(NamedTuple):
    """What the list shows of an organisation: its name and link, and its counts."""

    slug: str
    name: str
    kind: str
    action_count: int
    actor_count: int
    signatory_count: int
    target_count: int
    mention_count: int


def with_counts(organisations):
    """`organisations` annotated with the counts an `OrganisationRow` shows. Counted in
    subqueries: joining participations and articles at once would multiply one by the
    other."""
    mentions = organisation_mentions().filter(organisation=OuterRef("pk"))
    counted = with_role_counts(with_action_count(organisations, published_only=True))
    return counted.annotate(mention_count=count_subquery(mentions, "organisation"))


def organisation_rows(organisations):
    """The `OrganisationRow` of each of `organisations` (`with_counts`), in its order."""
    return [
        OrganisationRow._make(row) for row in organisations.values_list(*OrganisationRow._fields)
    ]


def organisation_rows_html(organisations):
    """`OrganisationRow`s as the table's `<tr>` lines, each escaped as the template escaped it
    (tests/policies/test_organisation_rows.py): written by the template, a page of 100 rows
    (700 values, each looked up and localized) took ~5 of its ~14 ms of CPU (bench/web)."""
    page_of = linker("policies:organisation-detail")
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f'\n      <tr><th scope="row"><a href="'
            f'{escape(page_of(row.slug))}">{escape(row.name)}</a>'
            f'</th><td class="num">{row.action_count}</td><td class="num">{row.actor_count}'
            f'</td><td class="num">{row.signatory_count}</td><td class="num">'
            f'{row.target_count}</td><td class="num">{row.mention_count}</td></tr>\n      '
            for row in organisations
        )
    )


class OrganisationListView(ListView):
    """Every organisation that took part in a published action, by kind, with its roles."""

    template_name = "policies/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 100
    paginator_class = KeptCountPaginator  # counting them scans every action and article link

    def get_queryset(self):
        # What is counted and paged; a page's counts are added to it only when they are not
        # kept (paginate_queryset).
        return public_organisations().order_by("kind", "name")

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(
            queryset,
            per_page,
            request=self.request,
            name="organisation-list-count",
            key="",
            **kwargs,
        )

    def paginate_queryset(self, queryset, page_size):
        """A page of organisations with their counts, kept until public data changes: each
        organisation's actions, parts and mentions counted over every action and the links of
        every article took 48 ms for a page of 100 on SQLite (bench/web: 2,000 organisations,
        20,000 actions, 100,000 articles), the count of those listed 4. Kept as plain rows,
        and their query built only when they are not kept (building it and reading back 100
        model instances took ~3 of the page's ~14 ms)."""
        paginator, page, _, is_paginated = super().paginate_queryset(queryset, page_size)

        def counted():
            if not paginator.count:
                return []
            listed = with_counts(queryset)[page.start_index() - 1 : page.end_index()]
            return organisation_rows(listed)

        page.object_list = kept_until_changed(
            self.request, "organisation-rows", str(page.number), counted
        )
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kinds = dict(OrganisationKind.choices)
        context["kinds"] = [
            (kinds.get(kind, kind), organisation_rows_html(members))
            for kind, members in groupby(context["organisations"], key=lambda o: o.kind)
        ]
        return context


class OrganisationDetailView(FormerSlugRedirectMixin, DetailView):
    """What an organisation did, signed or was targeted by, and the news that mentions it:
    the newest of each, so the page stays small however much it did; the rest are a link to
    the timeline and the news list, filtered to it."""

    template_name = "policies/organisation_detail.html"
    context_object_name = "organisation"
    articles_shown = 50
    actions_shown = 50

    def get_queryset(self):
        return public_organisations()

    def get_object(self, queryset=None):
        """The organisation by its slug, public or not (`organisation_at`): whether it is one
        of `public_organisations()` is read from what its page counts anyway (`is_public`),
        not asked in this query (building and compiling that rule's two EXISTS took ~1.2 of
        the page's ~10.5 ms, bench/web). A former slug still redirects only to a public one."""
        organisation = organisation_at(self.kwargs[self.slug_url_kwarg])
        if organisation is None:
            raise Http404("No organisation found matching the query")
        return organisation

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        # Both counts' queries are built only when they are not kept (building them took
        # ~0.4 ms, bench/web); each says how the newest of its kind are best read.
        context["action_total"] = action_total = kept_action_count(self.request, organisation)
        # The newest actions, each once with every part the organisation played in it; the
        # rest are on the timeline, filtered.
        walked = walks_newest(action_total, kept_counts.ACTIONS_WALKED_FROM, connection.alias)
        actions = (
            newest_action_lines(organisation, self.actions_shown, walked) if action_total else []
        )
        roles = {}
        for action_id, role in roles_in(organisation, [action.pk for action in actions]):
            roles.setdefault(action_id, []).append(role)
        order = list(ParticipantRole.values)
        context["actions"] = [
            (
                action,
                ", ".join(
                    role_noun(action.action_type, role)
                    for role in sorted(roles[action.pk], key=order.index)
                ),
            )
            for action in actions
        ]
        context["action_lines"] = action_lines_html(context["actions"])
        context["article_total"] = article_total = kept_article_count(self.request, organisation)
        if not is_public(organisation, actions, article_total):
            raise Http404("No organisation found matching the query")
        articles = newest_article_lines(
            organisation,
            self.articles_shown,
            walks_newest(article_total, kept_counts.ARTICLES_WALKED_FROM, connection.alias),
        )
        context["articles"] = articles
        context["article_lines"] = article_lines_html(articles)
        return context


def is_public(organisation, actions, article_total):
    """Whether `organisation` is one of `public_organisations()`, from its page's newest
    published actions and its count of mentions in the news: a part in a published action,
    or mentions once staff confirmed it (tests/policies/test_organisation_public.py)."""
    confirmed = organisation.review_status == ReviewStatus.CONFIRMED
    return bool(actions) or (confirmed and article_total > 0)
