"""`articles.importer` directly: the write path, re-runs, duplicates named by their first file,
and batches planned from data alone. Imports through worker processes are in
test_workers_store_what_one_process_stores.py."""

import shutil

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import parsing, sources
from articles.import_plan import Fingerprint, Stored, plan_batch
from articles.importer import import_documents
from articles.mentions import MentionMatcher
from articles.models import (
    Article,
    ArticleOrigin,
    ArticleRelation,
    ArticleURL,
    Topic,
)
from articles.sources import display_path, document_files, labelled_paths
from directory.loading import load_reference_records
from directory.models import Organisation
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


def test_a_rerun_of_unchanged_documents_never_loads_their_rows(imported_seeds):
    before = link_counts()
    with CaptureQueriesContext(connection) as queries:
        report = import_documents([SEEDS])
    assert (report.unchanged, report.created, report.updated) == (5, 0, 0)
    assert not full_rows_read(queries)
    assert link_counts() == before


def full_rows_read(queries):
    """The queries that read articles' text, not only their fingerprints."""
    body = (
        f"{connection.ops.quote_name(Article._meta.db_table)}.{connection.ops.quote_name('body')}"
    )
    return [
        query["sql"]
        for query in queries
        if query["sql"].startswith("SELECT") and body in query["sql"]
    ]


def test_a_related_item_with_nothing_to_add_leaves_the_stored_article_as_it_is(tmp_path, db):
    item = (
        "  - title: Sales paused\n    webUrl: https://news.example/paused\n"
        "    excerpt: Amazon paused sales.\n    publishedDateTime: 2020-06-10T00:00:00Z\n"
    )
    (tmp_path / "a.md").write_text(
        f"---\ntitle: First\nwebUrl: https://news.example/first\nrelated:\n{item}---\n"
    )
    import_documents([tmp_path])
    stored = {article.url: article.updated_at for article in Article.objects.all()}
    (tmp_path / "b.md").write_text(
        f"---\ntitle: Second\nwebUrl: https://news.example/second\nrelated:\n{item}"
        "  - title: Fills a gap\n    webUrl: https://news.example/first\n"
        "    excerpt: An excerpt the first had not.\n---\n"
    )
    report = import_documents([tmp_path])
    assert (report.unchanged, report.created, report.updated) == (1, 1, 0)
    paused = Article.objects.get(url="https://news.example/paused")
    assert paused.updated_at == stored[paused.url]  # not written again
    first = Article.objects.get(url="https://news.example/first")
    assert first.excerpt == "An excerpt the first had not."
    assert first.title == "First"  # a related item only fills what is empty
    assert first.updated_at > stored[first.url]
    second = Article.objects.get(url="https://news.example/second")
    assert list(second.relations.values_list("related__url", flat=True)) == [
        "https://news.example/paused",
        "https://news.example/first",
    ]


def test_a_changed_document_among_unchanged_ones_is_still_updated(tmp_path, db):
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    import_documents([tmp_path], batch_size=10)
    changed = tmp_path / "000_864484dd7c6006b7.txt"
    changed.write_text(changed.read_text().replace("quality: 30", "quality: 31"))
    report = import_documents([tmp_path], batch_size=10)
    assert (report.unchanged, report.updated, report.created) == (4, 1, 0)
    assert Article.objects.get(url__contains="aclu-civil-rights-groups-call-biden").quality == 31


@pytest.mark.parametrize("workers", [0, 2])
def test_the_same_article_in_two_batches_names_the_first_file(tmp_path, transactional_db, workers):
    shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "a.txt")
    shutil.copy(SEEDS / "001_d826b352664ae778.txt", tmp_path / "b.txt")
    shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "c.txt")
    report = import_documents([tmp_path], batch_size=1, workers=workers)
    assert (report.created, report.failed) == (2, 1)
    source, problem = report.failures[0]
    assert source == f"{tmp_path.name}/c.txt"
    assert problem.startswith(f"same article as {tmp_path.name}/a.txt (https://")


def test_a_duplicate_is_named_again_when_the_run_is_repeated(tmp_path, db):
    shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "a.txt")
    shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "b.txt")
    import_documents([tmp_path])
    # The first file is unchanged this time, yet its article records that this run read it.
    report = import_documents([tmp_path], batch_size=1)
    assert (report.unchanged, report.failed) == (1, 1)
    assert report.failures[0][1].startswith(f"same article as {tmp_path.name}/a.txt (")


def test_a_document_read_again_from_another_file_is_named_by_that_file(tmp_path, db):
    seed = shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / "a.txt")
    import_documents([seed])
    moved = shutil.move(seed, tmp_path / "z.txt")
    shutil.copy(moved, tmp_path / "zz.txt")
    report = import_documents([tmp_path])
    assert (report.unchanged, report.failed) == (1, 1)
    assert report.failures[0][1].startswith(f"same article as {tmp_path.name}/z.txt (")
    document = Article.objects.get(origin=ArticleOrigin.DOCUMENT)
    assert document.source_file == f"{tmp_path.name}/{moved.name}"


def parsed_seeds():
    return [parsing.read_document(path) for path in sorted(SEEDS.iterdir())]


def test_a_batch_is_planned_from_data_alone():
    matcher = MentionMatcher([])
    results = [(document.source, document, None) for document in parsed_seeds()]
    results.insert(1, ("bad.txt", None, "missing title"))
    plan = plan_batch(results, Stored({}), matcher, run_id=7)
    assert (plan.report.created, plan.report.related_created) == (5, 25)
    assert plan.report.failures == [("bad.txt", "missing title")]
    assert len(plan.rows) == 30 and not plan.unlinked and not plan.seen
    assert {row["import_run_id"] for row in plan.rows} == {7}
    assert {row["matcher_version"] for row in plan.rows} == {matcher.version}
    assert len(plan.urls) >= 30 and len(plan.relations) == 25


def test_a_document_stored_as_it_is_is_planned_as_unchanged_and_seen():
    matcher = MentionMatcher([])
    document = parsed_seeds()[0]
    stored = Fingerprint(
        pk=3, url=document.article.url, origin=ArticleOrigin.DOCUMENT,
        content_hash=document.article.content_hash, matcher_version=matcher.version,
        import_run_id=6, source_file=document.source,
    )  # fmt: skip
    plan = plan_batch([(document.source, document, None)], Stored({stored.url: stored}), matcher, 7)
    assert (plan.report.unchanged, plan.rows, plan.seen, plan.moved) == (1, [], [3], [])
    # Brought by another file earlier in the same run, it is a duplicate instead.
    earlier = Stored({stored.url: stored._replace(import_run_id=7, source_file="a")})
    plan = plan_batch([(document.source, document, None)], earlier, matcher, 7)
    assert plan.report.failures == [(document.source, f"same article as a ({stored.url})")]


@pytest.mark.parametrize("batch_size", [1, 2])
def test_a_file_named_twice_is_not_its_own_duplicate(tmp_path, db, batch_size):
    seed = shutil.copy(SEEDS / "001_d826b352664ae778.txt", tmp_path / "a.txt")
    report = import_documents([seed, seed], batch_size=batch_size)
    # The second reading finds the article as the first left it, in a batch of its own or not.
    assert (report.created, report.unchanged, report.updated, report.failed) == (1, 1, 0, 0)


@pytest.mark.parametrize("workers", [0, 1])
def test_an_article_whose_text_was_merged_with_what_was_stored_is_matched_again(
    tmp_path, transactional_db, workers
):
    load_reference_records(settings.CURATED_FIXTURES_DIR)
    (tmp_path / "a.md").write_text(
        "---\ntitle: Coalition letter\noriginalUrl: https://news.example/letter\nrelated:\n"
        "  - title: Sales paused\n    originalUrl: https://news.example/paused\n"
        "    excerpt: The ACLU had asked for it.\n---\nLetter text.\n"
    )
    # The story itself, later, without an excerpt: the one stored stays, and so does its mention.
    (tmp_path / "b.md").write_text(
        "---\ntitle: Sales paused\noriginalUrl: https://news.example/paused\n---\n"
        "Amazon paused sales of Rekognition.\n"
    )
    import_documents([tmp_path], batch_size=1, workers=workers)
    paused = Article.objects.get(url="https://news.example/paused")
    assert paused.excerpt == "The ACLU had asked for it."
    assert set(paused.organisations.values_list("slug", flat=True)) == {"aclu", "amazon"}


def test_files_are_labelled_relative_to_what_was_named_never_by_absolute_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\n")
    single = SEEDS / "001_d826b352664ae778.txt"
    given = [SEEDS, tmp_path, single]
    pairs = list(labelled_paths(given))
    assert [path for path, _label in pairs] == list(document_files(given))
    # Inside the project a file is labelled as it would be on its own; outside, from the folder
    # named, whose own name is all that is kept of where it was.
    in_project = [(path, label) for path, label in pairs if path.is_relative_to(SEEDS)]
    assert [label for _path, label in in_project] == [display_path(p) for p, _l in in_project]
    assert pairs[0][1] == "seeds/000_864484dd7c6006b7.txt"
    assert pairs[-1][1] == "seeds/001_d826b352664ae778.txt"
    assert (tmp_path / "sub" / "a.txt", f"{tmp_path.name}/sub/a.txt") in pairs
    assert not any(label.startswith("/") for _path, label in pairs)


@pytest.mark.parametrize("batch_size", [1, 2])
def test_what_is_stored_does_not_depend_on_where_batches_end(tmp_path, db, batch_size):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Letter\nwebUrl: https://news.example/letter\nrelated:\n"
        "  - title: Story\n    ampUrl: https://news.example/story/amp/\n"
        "  - title: Sloppy\n    webUrl: https://other.example/sloppy/amp\n---\n"
    )
    # The same two stories, each under another of its addresses.
    (tmp_path / "b.md").write_text("---\ntitle: Story\nwebUrl: https://news.example/story/\n---\n")
    (tmp_path / "c.md").write_text(
        "---\ntitle: Sloppy\nwebUrl: https://other.example/sloppy\n---\n"
    )
    report = import_documents([tmp_path], batch_size=batch_size)
    assert (report.created, report.updated, report.related_created) == (1, 2, 2)
    assert Article.objects.count() == 3


def test_naming_the_first_file_of_a_duplicate_does_not_walk_the_folders_again(
    tmp_path, db, monkeypatch
):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        shutil.copy(SEEDS / "004_0d630b348f8e7dfc.txt", tmp_path / name)
    walks = []
    original = sources._walk

    def counted(paths, *args, **kwargs):
        walks.append(paths)
        return original(paths, *args, **kwargs)

    monkeypatch.setattr(sources, "_walk", counted)
    report = import_documents([tmp_path], batch_size=1)
    assert [problem.split(" (")[0] for _source, problem in report.failures] == [
        f"same article as {tmp_path.name}/a.txt"
    ] * 3
    assert len(walks) == 2  # one to count the files, one to read them
