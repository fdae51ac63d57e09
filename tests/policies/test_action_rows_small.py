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


def pages_in_and_beside_the_table():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_relation_size(oid) / 8192, pg_relation_size(reltoastrelid) / 8192 "
            "FROM pg_class WHERE relname = 'policies_policyaction'"
        )
        return cursor.fetchone()


def test_actions_citing_long_articles_keep_their_words_out_of_the_table():
    # Vectors of about 5 kB that compress to 1.5 kB: by default PostgreSQL compresses a row
    # past 2 kB until it is under 2 kB, and would keep them in the row.
    for n in range(40):
        action = PolicyActionFactory(title=f"Council votes {n}", summary="A plain summary.")
        words = " ".join(f"facialrecognitionsurveillance{n}x{i}" for i in range(120))
        Citation.objects.create(action=action, article=ArticleFactory(body=words))
    assert PolicyAction.objects.matching("facialrecognitionsurveillance7x3").count() == 1
    in_the_table, beside_it = pages_in_and_beside_the_table()
    assert beside_it > in_the_table  # 4 and 8 pages; 13 and none before migration 0012
