"""Re-imports leave the files whose bytes are stored unparsed, and parse them when they must."""

import shutil

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import import_storage, importer, parsing
from articles.importer import import_documents
from articles.models import Article, ArticleOrigin
from articles.parsed import content_hash
from directory.loading import load_reference_records
from directory.matching import build_mention_matcher
from directory.models import Organisation, OrganisationAlias
from tests.articles.import_helpers import snapshot
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db

SEED = "004_0d630b348f8e7dfc.txt"


@pytest.fixture
def parsed_files(monkeypatch):
    """The labels of the files parsed, in order."""
    parsed = []
    original = parsing.parse_document

    def counted(raw, source, **kwargs):
        parsed.append(source)
        return original(raw, source, **kwargs)

    monkeypatch.setattr(parsing, "parse_document", counted)
    return parsed


def test_a_rerun_of_unchanged_documents_parses_none_of_them(imported_seeds, parsed_files):
    before = snapshot()
    report = import_documents([SEEDS])
    assert (report.unchanged, report.created, report.updated, report.failed) == (5, 0, 0, 0)
    assert parsed_files == []
    assert snapshot() == before


def test_a_changed_directory_has_every_document_parsed_again(imported_seeds, parsed_files):
    aclu = Organisation.objects.get(slug="aclu")
    OrganisationAlias.objects.create(organisation=aclu, text="Civil Liberties Folk")
    report = import_documents([SEEDS])
    assert report.updated == 5
    assert len(parsed_files) == 5


def test_a_file_an_earlier_file_of_the_batch_changes_is_parsed_and_named_as_duplicate(
    tmp_path, db, parsed_files
):
    shutil.copy(SEEDS / SEED, tmp_path / "b.txt")
    import_documents([tmp_path])
    # a.txt gives the same article, changed; b.txt, stored as it is, comes after it.
    text = (SEEDS / SEED).read_text()
    (tmp_path / "a.txt").write_text(text.replace("quality: 54", "quality: 55"))
    parsed_files.clear()
    report = import_documents([tmp_path])
    assert (report.updated, report.unchanged, report.failed) == (1, 0, 1)
    [(source, problem)] = report.failures
    assert source == f"{tmp_path.name}/b.txt"
    assert problem.startswith(f"same article as {tmp_path.name}/a.txt (")
    assert parsed_files == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/b.txt"]
    assert Article.objects.get(origin=ArticleOrigin.DOCUMENT).quality == 55


def test_a_file_left_unparsed_whose_article_changed_before_its_turn_is_parsed_then(tmp_path, db):
    """A worker reads its batch while earlier batches are still being written: what it left
    unparsed may be stale by the time it writes."""
    seed = shutil.copy(SEEDS / SEED, tmp_path / "a.txt")
    import_documents([seed])
    article = Article.objects.get(origin=ArticleOrigin.DOCUMENT)
    raw = seed.read_bytes()
    matcher = build_mention_matcher()
    [(_label, document, _problem)] = parsing.read_documents(
        [(seed, "a.txt")],
        matcher=matcher,
        known=lambda hashes: Article.objects.stored_from(hashes, matcher.version),
    )
    assert document.format == parsing.KNOWN
    # Meanwhile another file rewrote the article.
    Article.objects.filter(pk=article.pk).update(title="Rewritten", content_hash="other")
    report = import_storage.store_batch([("a.txt", document, None)], matcher, None)
    assert (report.updated, report.unchanged, report.failed) == (1, 0, 0)
    article.refresh_from_db()
    assert (article.title, article.content_hash) != ("Rewritten", "other")
    assert article.content_hash == content_hash(raw)


def test_bytes_two_articles_claim_are_not_taken_for_either(db):
    for url in ("https://news.example/one", "https://news.example/two"):
        Article.objects.create(
            url=url, title="t", origin=ArticleOrigin.DOCUMENT, content_hash="h", matcher_version="v"
        )
    Article.objects.create(
        url="https://news.example/three", title="t", origin=ArticleOrigin.DOCUMENT,
        content_hash="g", matcher_version="v",
    )  # fmt: skip
    assert Article.objects.stored_from(["h", "g"], "v") == {"g": "https://news.example/three"}
    assert Article.objects.stored_from(["g"], "other version") == {}


def test_files_renamed_since_are_recorded_in_one_statement(tmp_path, db):
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    import_documents([tmp_path])
    for path in tmp_path.iterdir():
        path.rename(path.with_name(f"renamed-{path.name}"))
    with CaptureQueriesContext(connection) as queries:
        report = import_documents([tmp_path])
    assert (report.unchanged, report.failed) == (5, 0)
    table = Article._meta.db_table
    writes = [q["sql"] for q in queries if q["sql"].startswith(f'UPDATE "{table}"')]
    assert len(writes) == 2  # which run read them, and the files they now come from
    sources = set(
        Article.objects.filter(origin=ArticleOrigin.DOCUMENT).values_list("source_file", flat=True)
    )
    assert sources == {f"{tmp_path.name}/renamed-{seed.name}" for seed in SEEDS.iterdir()}


def test_a_related_item_stored_already_is_matched_again_only_when_the_import_changes_it(
    tmp_path, db, monkeypatch
):
    load_reference_records(settings.CURATED_FIXTURES_DIR)
    paused = "  - title: Sales paused\n    originalUrl: https://news.example/paused\n"
    (tmp_path / "a.md").write_text(
        f"---\ntitle: First\noriginalUrl: https://news.example/first\nrelated:\n{paused}---\n"
        "Text.\n"
    )
    import_documents([tmp_path / "a.md"])
    texts = []
    original = importer.build_mention_matcher

    def recording_matcher():
        matcher = original()
        find = matcher.find
        matcher.find = lambda text: texts.append(text) or find(text)
        return matcher

    monkeypatch.setattr(importer, "build_mention_matcher", recording_matcher)
    (tmp_path / "b.md").write_text(
        f"---\ntitle: Second\noriginalUrl: https://news.example/second\nrelated:\n{paused}"
        "  - title: First\n    originalUrl: https://news.example/first\n"
        "    excerpt: The ACLU wrote it.\n---\nMore text.\n"
    )
    report = import_documents([tmp_path / "b.md"])
    assert (report.created, report.related_created) == (1, 0)
    # "Sales paused" is stored as it is: not read again. "First" gains an excerpt: its whole
    # text, as merged, is read again.
    assert texts == ["Second\nMore text.", "First\nThe ACLU wrote it.\nText."]
    first = Article.objects.get(url="https://news.example/first")
    assert list(first.organisations.values_list("slug", flat=True)) == ["aclu"]
