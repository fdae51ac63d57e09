"""The PostgreSQL search indexes are built on the very expressions that searches query."""

import importlib

import pytest
from django.contrib.postgres.indexes import GinIndex

from policies.models import action_search_vector


@pytest.mark.parametrize(
    ("migration", "expression"),
    [
        ("policies.migrations.0002_action_search_index", action_search_vector),
    ],
    ids=["actions"],
)
def test_a_migration_s_copy_of_the_search_expression_is_the_model_s(migration, expression):
    # The migrations write the expression out (a migration must not change with the code);
    # if the model's drifts from it, PostgreSQL stops using the index, on every database
    # this test runs on, not only where the planner would show it.
    module = importlib.import_module(migration)
    assert module._index() == GinIndex(expression(), name=module.INDEX_NAME)
