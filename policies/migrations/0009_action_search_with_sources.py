"""Each action's words and its cited articles' words in one stored, indexed vector, on PostgreSQL.

A search found an action by its own vector (0007) OR by any cited article whose vector
matched: for "police", which 99,137 of 100,000 articles match, that read 99,137 article
vectors, twice a page (the chart's count and the page), ~775 ms (bench/web). Now each action
holds `search_with_sources`: its own vector (title A, summary B) followed by the vectors of
the articles it cites, weighted D, in the order of their ids; a search is one lookup in its
GIN index. Its own `search_document` stays for ranking (small, read for every match when the
list is sorted by relevance); its GIN index, which no search uses any more, is dropped.

Triggers keep the new vector right whatever writes the rows, bulk writes included:
- an action's title or summary written (0007's trigger, which now also writes this one);
- citations inserted, updated (moved to another action or article) or deleted: the actions
  they belonged to before and after are recomputed, once a statement;
- an article's vector changed (its title, excerpt or body edited): the actions citing it are
  recomputed. An article is always stored before a citation of it, so its insert needs
  nothing.
A vector's positions stop at 16,383 and each word keeps at most 256 of them, so an action
citing many articles holds every word of them but not every position. SQLite gets the
(always empty) column and nothing else.
"""

import django.contrib.postgres.search
from django.db import migrations

# Written out rather than derived from the model: a migration must build the same thing forever.
OWN_VECTOR = """
    setweight(to_tsvector('english'::regconfig, coalesce(NEW.title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(NEW.summary, '')), 'B')
"""

CREATE = f"""
CREATE AGGREGATE policies_tsvector_agg(tsvector) (
    SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = ''
);

-- The words of the articles `action_id` cites, weighted D, in the order of their ids (so
-- every path that computes it computes the same vector).
CREATE FUNCTION policies_cited_words(action_id bigint) RETURNS tsvector AS $$
    SELECT coalesce(
        policies_tsvector_agg(setweight(article.search_document, 'D') ORDER BY article.id),
        ''::tsvector
    )
    FROM policies_citation citation
    JOIN articles_article article ON article.id = citation.article_id
    WHERE citation.action_id = $1
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION policies_policyaction_search_document() RETURNS trigger AS $$
BEGIN
    NEW.search_document := {OWN_VECTOR};
    NEW.search_with_sources := NEW.search_document || policies_cited_words(NEW.id);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- Recompute the actions whose ids are in `ids` (from the citations' transition tables).
CREATE FUNCTION policies_refresh_search_with_sources(ids bigint[]) RETURNS void AS $$
    UPDATE policies_policyaction
    SET search_with_sources = coalesce(search_document, ''::tsvector) || policies_cited_words(id)
    WHERE id = ANY(ids)
$$ LANGUAGE sql;

CREATE FUNCTION policies_citation_inserted() RETURNS trigger AS $$
BEGIN
    PERFORM policies_refresh_search_with_sources(
        ARRAY(SELECT DISTINCT action_id FROM new_citations)
    );
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION policies_citation_deleted() RETURNS trigger AS $$
BEGIN
    PERFORM policies_refresh_search_with_sources(
        ARRAY(SELECT DISTINCT action_id FROM old_citations)
    );
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Only citations moved to another action or article change any vector (not a new quote or
-- position); both actions, the one it left and the one it joined, are recomputed.
CREATE FUNCTION policies_citation_updated() RETURNS trigger AS $$
BEGIN
    PERFORM policies_refresh_search_with_sources(ARRAY(
        SELECT unnest(ARRAY[old_citation.action_id, new_citation.action_id])
        FROM old_citations old_citation
        JOIN new_citations new_citation ON new_citation.id = old_citation.id
        WHERE (old_citation.action_id, old_citation.article_id)
            IS DISTINCT FROM (new_citation.action_id, new_citation.article_id)
    ));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER policies_citation_inserted
    AFTER INSERT ON policies_citation REFERENCING NEW TABLE AS new_citations
    FOR EACH STATEMENT EXECUTE FUNCTION policies_citation_inserted();
CREATE TRIGGER policies_citation_deleted
    AFTER DELETE ON policies_citation REFERENCING OLD TABLE AS old_citations
    FOR EACH STATEMENT EXECUTE FUNCTION policies_citation_deleted();
CREATE TRIGGER policies_citation_updated
    AFTER UPDATE ON policies_citation
    REFERENCING OLD TABLE AS old_citations NEW TABLE AS new_citations
    FOR EACH STATEMENT EXECUTE FUNCTION policies_citation_updated();

CREATE FUNCTION policies_cited_article_changed() RETURNS trigger AS $$
BEGIN
    PERFORM policies_refresh_search_with_sources(ARRAY(
        SELECT action_id FROM policies_citation WHERE article_id = NEW.id
    ));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER policies_cited_article_changed
    AFTER UPDATE OF title, excerpt, body, search_document ON articles_article
    FOR EACH ROW
    WHEN (OLD.search_document IS DISTINCT FROM NEW.search_document)
    EXECUTE FUNCTION policies_cited_article_changed();

UPDATE policies_policyaction
SET search_with_sources = coalesce(search_document, ''::tsvector) || policies_cited_words(id);
CREATE INDEX action_search_with_sources_idx ON policies_policyaction
    USING gin (search_with_sources);
DROP INDEX IF EXISTS action_search_document_idx;
-- Statistics for the new column now, not when autovacuum next passes: without them the planner
-- took "police" (19,988 of 20,000 actions) for a rare word and joined every match to its place
-- before keeping the newest 50 (300 ms, not 6).
ANALYZE policies_policyaction;
"""

DROP = f"""
CREATE INDEX IF NOT EXISTS action_search_document_idx ON policies_policyaction
    USING gin (search_document);
DROP INDEX IF EXISTS action_search_with_sources_idx;
DROP TRIGGER IF EXISTS policies_cited_article_changed ON articles_article;
DROP FUNCTION IF EXISTS policies_cited_article_changed();
DROP TRIGGER IF EXISTS policies_citation_inserted ON policies_citation;
DROP TRIGGER IF EXISTS policies_citation_deleted ON policies_citation;
DROP TRIGGER IF EXISTS policies_citation_updated ON policies_citation;
DROP FUNCTION IF EXISTS policies_citation_inserted();
DROP FUNCTION IF EXISTS policies_citation_deleted();
DROP FUNCTION IF EXISTS policies_citation_updated();
DROP FUNCTION IF EXISTS policies_refresh_search_with_sources(bigint[]);
CREATE OR REPLACE FUNCTION policies_policyaction_search_document() RETURNS trigger AS $$
BEGIN
    NEW.search_document := {OWN_VECTOR};
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
DROP FUNCTION IF EXISTS policies_cited_words(bigint);
DROP AGGREGATE IF EXISTS policies_tsvector_agg(tsvector);
"""


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_article_search_document"),
        ("policies", "0008_action_state_type_covering_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="policyaction",
            name="search_with_sources",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
