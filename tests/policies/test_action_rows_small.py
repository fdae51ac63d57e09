"""On PostgreSQL an action's row holds its title, summary and codes, and its search vectors
are stored beside it, so a search that counts its matches by year and type reads a small
table (migration 0012)."""

import pytest
from django.db import connection

from policies.models import Citation, PolicyAction
from tests.factories import ArticleFactory, PolicyActionFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's row storage"),
]


def values_stored_beside_the_actions():
    """The chunks of out-of-line values the actions' table holds, as this transaction sees
    them (those of rows other tests wrote and rolled back are not counted)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltoastrelid::regclass FROM pg_class WHERE relname = 'policies_policyaction'"
        )
        toast_table = cursor.fetchone()[0]
        cursor.execute(f"SELECT count(*) FROM {toast_table}")  # noqa: S608 (a catalogue name)
        return cursor.fetchone()[0]


def test_actions_citing_long_articles_keep_their_words_out_of_the_table():
    before = values_stored_beside_the_actions()
    # Vectors of about 5 kB that compress to 1.5 kB: by default PostgreSQL compresses a row
    # past 2 kB until it is under 2 kB, and would keep them in the row.
    for n in range(40):
        action = PolicyActionFactory(title=f"Council votes {n}", summary="A plain summary.")
        words = " ".join(f"facialrecognitionsurveillance{n}x{i}" for i in range(120))
        Citation.objects.create(action=action, article=ArticleFactory(body=words))
    assert PolicyAction.objects.matching("facialrecognitionsurveillance7x3").count() == 1
    assert values_stored_beside_the_actions() - before >= 40  # none before migration 0012
