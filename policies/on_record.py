"""What is on record: the action types and statuses some published action has, which the
timeline offers as filters (and no others). Query code apart from the view that uses it."""

from functools import lru_cache

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Exists
from django.utils import timezone

from .models import ActionStatus, ActionType, PolicyAction


def choices_on_record():
    """(types, statuses as shown) that some published action has: one EXISTS a type or a
    status, each a seek in an index (action_state_type_covering_idx, action_state_status_idx),
    in one query. Reading every published action's type, status and expiry date to sort out
    the distinct ones took 5-8 ms a timeline page on SQLite at 20,000 actions, uncached
    (bench/web); the probes take 0.3 ms however many actions there are."""
    sql, params, names = _choice_probes(timezone.localdate(), DEFAULT_DB_ALIAS)
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(sql, params)
        found = dict(zip(names, cursor.fetchone() or (), strict=False))
    types = {value for value in ActionType if found.get(f"type_{value}")}
    statuses = {value for value in ActionStatus if found.get(f"status_{value}")}
    return types, statuses


@lru_cache(maxsize=2)
def _choice_probes(day, alias):
    """The probes' SQL, parameters and column names, built once a `day` (the status shown
    depends on the date): building the 20 subqueries through the ORM took 8-16 ms CPU, more
    than reading every action had; running them takes 0.3 ms (bench/web, SQLite)."""
    published = PolicyAction.objects.using(alias).published().order_by()
    probes = {f"type_{value}": Exists(published.filter(action_type=value)) for value in ActionType}
    probes |= {
        f"status_{value}": Exists(published.with_shown_status([value])) for value in ActionStatus
    }
    # One row to hang the probes on: any action's (with none, nothing is on record).
    row = PolicyAction.objects.using(alias).order_by().annotate(**probes).values(*probes)[:1]
    sql, params = row.query.sql_with_params()
    return sql, params, list(probes)
