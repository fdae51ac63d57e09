"""A stored, indexed search vector for articles, written by a trigger, on PostgreSQL.

Replaces the GIN index on the expression (0002): ranking read the expression back by parsing
every matching text again. The trigger recomputes the vector when a row is inserted or its
title, excerpt or body are written, so bulk inserts and upserts keep it too. SQLite gets the
(always empty) column and nothing else.
"""

import django.contrib.postgres.search
from django.db import migrations

# Written out rather than derived from the model: a migration must build the same thing forever.
VECTOR = """
    setweight(to_tsvector('english'::regconfig, coalesce(NEW.title, '')), 'A')
    || setweight(
        to_tsvector('english'::regconfig, coalesce(NEW.excerpt, '') || ' ' || coalesce(NEW.body, '')),
        'B'
    )
"""

CREATE = f"""
CREATE FUNCTION articles_article_search_document() RETURNS trigger AS $$
BEGIN
    NEW.search_document := {VECTOR};
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER articles_article_search_document
    BEFORE INSERT OR UPDATE OF title, excerpt, body ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_document();

DROP INDEX IF EXISTS article_search_idx;
UPDATE articles_article SET title = title;
CREATE INDEX article_search_document_idx ON articles_article USING gin (search_document);
"""

DROP = """
DROP INDEX IF EXISTS article_search_document_idx;
DROP TRIGGER IF EXISTS articles_article_search_document ON articles_article;
DROP FUNCTION IF EXISTS articles_article_search_document();
CREATE INDEX article_search_idx ON articles_article USING gin ((
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(excerpt, '') || ' ' || coalesce(body, '')), 'B')
));
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_import_run_state")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_trigger, drop_trigger),
    ]
