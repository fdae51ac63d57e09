"""A GIN index for full-text search of articles, on PostgreSQL only.

The index is built on the same expression `ArticleQuerySet.matching()` queries, so the planner
can use it. SQLite has no such index type and searches without one.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX_NAME = "article_search_idx"


def _index():
    # Written out rather than imported from the model: a migration must build the same index
    # forever. It is `articles.models.article_search_vector()` as of this migration; if that
    # changes, a new migration must drop this index and build the new one.
    document = SearchVector("title", weight="A", config="english") + SearchVector(
        "excerpt", "body", weight="B", config="english"
    )
    return GinIndex(document, name=INDEX_NAME)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("articles", "Article"), _index())


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("articles", "Article"), _index())


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
