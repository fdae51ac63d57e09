"""`articles.importer` directly: the write path, re-runs, and documents parsed in a worker."""

import shutil

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from articles.importer import import_documents, insert_links
from articles.models import Article, ArticleOrigin, ArticleRelation, ArticleURL, Topic
from policies.models import Organisation
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def link_counts():
    return {
        "urls": ArticleURL.objects.count(),
        "relations": ArticleRelation.objects.count(),
        "topics": Article.topics.through.objects.count(),
        "organisations": Article.organisations.through.objects.count(),
        "jurisdictions": Article.jurisdictions.through.objects.count(),
    }


def test_every_article_gets_its_urls_relations_topics_and_mentions(imported_seeds):
    articles = Article.objects.all()
    assert not articles.filter(urls__isnull=True).exists()
    assert ArticleURL.objects.filter(kind="canonical").count() == articles.count()
    for document in articles.filter(origin=ArticleOrigin.DOCUMENT, url__startswith="http"):
        assert document.relations.exists(), document.url
    assert Topic.objects.filter(articles__isnull=False).exists()
    assert Organisation.objects.get(slug="aclu").articles.count() > 0
    counts = link_counts()
    assert all(counts.values()), counts


def test_insert_links_skips_rows_that_are_already_there(imported_seeds):
    before = link_counts()
    article = Article.objects.filter(origin=ArticleOrigin.DOCUMENT).first()
    existing = [(url.article_id, url.url, url.kind) for url in ArticleURL.objects.all()]
    insert_links(ArticleURL, ("article", "url", "kind"), existing)
    insert_links(
        ArticleURL, ("article", "url", "kind"), [(article.pk, "https://new.example/", "web")]
    )
    assert link_counts() == {**before, "urls": before["urls"] + 1}


def test_insert_links_does_not_hide_a_broken_check_constraint(imported_seeds):
    article = Article.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_links(
            ArticleRelation, ("article", "related", "position"), [(article.pk, article.pk, 1)]
        )


def test_a_rerun_of_unchanged_documents_never_loads_their_rows(imported_seeds):
    before = link_counts()
    with CaptureQueriesContext(connection) as queries:
        report = import_documents([SEEDS])
    assert (report.unchanged, report.created, report.updated) == (5, 0, 0)
    body = connection.ops.quote_name("body")
    assert not [query["sql"] for query in queries if body in query["sql"]]
    assert link_counts() == before


def test_a_changed_document_among_unchanged_ones_is_still_updated(tmp_path, db):
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    import_documents([tmp_path], batch_size=10)
    changed = tmp_path / "000_864484dd7c6006b7.txt"
    changed.write_text(changed.read_text().replace("quality: 30", "quality: 31"))
    report = import_documents([tmp_path], batch_size=10)
    assert (report.unchanged, report.updated, report.created) == (4, 1, 0)
    assert Article.objects.get(url__contains="aclu-civil-rights-groups-call-biden").quality == 31
