"""What an organisation's page reads, by SQL the ORM wrote once a process (`core.sql_once`):
the organisation at a slug, its newest published actions, the parts it played in them, and
the newest news that mentions it.

Built through the ORM for every request (an EXISTS for the actions, another for the news
walked in order, an `__in` of 50 ids for the parts), these queries took most of the ACLU's
page's CPU for a fraction of a millisecond of SQLite's: read so, the page costs 6.1 ms where it
cost 11.4, an organisation in few articles 15-16 ms where it cost 18-18.5, most of it SQLite's
sorting of its mentions (medians of 7 alternated rounds, bench/profile_pages.py --wsgi,
bench/web). Each reads what the ORM's own query read, in the same order
(tests/policies/test_organisation_reads.py).
"""

from functools import cache

from django.db import connections
from django.db.models import Exists, F, OuterRef

from articles.models import Article, organisation_mentions
from core.queries import IDS_LATER, AmongIds, ids_parameter
from core.sql_once import SqlOnce, loaded_fields, record
from directory.models import Organisation

from .compact_lists import ACTION_LINE_FIELDS, ARTICLE_LINE_FIELDS, action_lines, article_lines
from .models import ActionParticipant, PolicyAction

# Values no request passes, where each request's own go.
_SLUG, _ID = "\x00slug", -720_143


@cache
def _organisation_fields():
    return loaded_fields(Organisation)


_ORGANISATION = SqlOnce(
    lambda slug: Organisation.objects.filter(slug=slug).values_list(*_organisation_fields()),
    _SLUG,
)


def organisation_at(slug):
    """The organisation at `slug`, public or not, or None."""
    rows = _ORGANISATION.rows(slug)
    return record(Organisation, _organisation_fields(), rows[0]) if rows else None


@cache
def _newest_actions(shown, walked):
    """The newest `shown` published actions an organisation took part in: `walked`, the
    published actions read in date order, each checked for a part it played; otherwise by its
    own parts, sorted (`kept_counts.walks_newest` says when each pays)."""

    def build(organisation_id):
        actions = PolicyAction.objects.published().involving(organisation_id, walked=walked)
        return actions.order_by("-date", "title", "pk").values_list(*ACTION_LINE_FIELDS)[:shown]

    return SqlOnce(build, _ID)


def newest_action_lines(organisation, shown, walked):
    """The `ActionLine`s of the newest `shown` published actions `organisation` took part in."""
    return action_lines(_newest_actions(shown, walked).rows(organisation.pk))


# Unordered: the participations' own order joins and sorts by organisation name (2.5 -> 0.7
# ms for the ACLU's 50, bench/web); the page sorts the roles itself.
_ROLES = SqlOnce(
    lambda organisation_id, ids: (
        ActionParticipant.objects.filter(organisation=organisation_id)
        .filter(AmongIds(F("action_id"), ids))
        .order_by()
        .values_list("action_id", "role")
    ),
    _ID,
    IDS_LATER,
)


def roles_in(organisation, action_ids):
    """(action id, role) of each part `organisation` played in the actions `action_ids`."""
    if not action_ids:
        return []
    vendor = connections[Organisation.objects.db].vendor
    return _ROLES.rows(organisation.pk, ids_parameter(action_ids, vendor))


@cache
def _newest_articles(shown, walked):
    """The newest `shown` articles mentioning an organisation, by a join of its mentions, or
    `walked`: the newest articles read in order, each checked for a mention
    (`kept_counts.walks_newest` says when each pays)."""

    def build(organisation_id):
        if walked:
            mentioned = organisation_mentions().filter(
                organisation=organisation_id, article=OuterRef("pk")
            )
            articles = Article.objects.filter(Exists(mentioned))
        else:
            articles = Article.objects.filter(organisations=organisation_id)
        return articles.order_by("-published_at", "title").values_list(*ARTICLE_LINE_FIELDS)[:shown]

    return SqlOnce(build, _ID)


def newest_article_lines(organisation, shown, walked):
    """The `ArticleLine`s of the newest `shown` articles that mention `organisation`."""
    return article_lines(_newest_articles(shown, walked).rows(organisation.pk))
