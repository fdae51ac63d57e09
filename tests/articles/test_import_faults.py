"""The importer under faults: duplicates by spelling, killed runs, files swapped under it."""

import os
import signal
import subprocess
import sys

import pytest
from django.utils import timezone

from articles import importer
from articles.import_runs import ImportRunState
from articles.importer import import_documents
from articles.models import Article, ArticleURL, ImportRun
from articles.parsing import read_documents
from articles.sources import labelled_paths
from core.processes import process_key

pytestmark = pytest.mark.django_db


def feed(title, url, related=""):
    return f"---\ntitle: {title}\nwebUrl: {url}\n{related}---\nText of {title}.\n"


@pytest.mark.parametrize("batch_size", [1, 100])
@pytest.mark.parametrize("first, second", [("story/", "story"), ("story", "story/")])
def test_one_address_with_and_without_a_trailing_slash_is_one_article(
    tmp_path, batch_size, first, second
):
    (tmp_path / "a.md").write_text(feed("First", f"https://news.example/{first}"))
    (tmp_path / "b.md").write_text(feed("Second", f"https://news.example/{second}"))
    report = import_documents([tmp_path], batch_size=batch_size)
    assert Article.objects.count() == 1
    assert ArticleURL.objects.filter(kind="canonical").count() == 1
    assert (report.created, report.failed) == (1, 1)
    [(source, problem)] = report.failures
    assert source.endswith("/b.md")
    assert problem.startswith(f"same article as {tmp_path.name}/a.md")
    again = import_documents([tmp_path], batch_size=batch_size)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


@pytest.mark.parametrize("batch_size", [1, 100])
def test_a_related_item_giving_the_other_spelling_adds_no_second_canonical_address(
    tmp_path, batch_size
):
    related = "related:\n  - title: Story\n    webUrl: https://news.example/story/\n"
    (tmp_path / "a.md").write_text(feed("Story", "https://news.example/story"))
    (tmp_path / "b.md").write_text(feed("Other", "https://news.example/other", related))
    report = import_documents([tmp_path], batch_size=batch_size)
    story = Article.objects.get(url="https://news.example/story")
    assert sorted(story.urls.values_list("kind", "url")) == [
        ("canonical", "https://news.example/story"),
        ("web", "https://news.example/story/"),
    ]
    assert report.created == 2
    again = import_documents([tmp_path], batch_size=batch_size)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


@pytest.mark.django_db(transaction=True)
def test_one_address_with_and_without_a_trailing_slash_is_one_article_across_workers(tmp_path):
    (tmp_path / "a.md").write_text(feed("First", "https://news.example/story"))
    (tmp_path / "b.md").write_text(feed("Second", "https://news.example/story/"))
    report = import_documents([tmp_path], batch_size=1, workers=2)
    assert (report.created, report.failed) == (1, 1)
    assert ArticleURL.objects.filter(kind="canonical").count() == 1
    again = import_documents([tmp_path], batch_size=1, workers=2)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_a_file_swapped_for_a_link_after_the_walk_is_refused_not_followed(tmp_path):
    (tmp_path / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("A title\n\nA text.\n")
    jobs = list(labelled_paths([news]))
    (news / "a.txt").unlink()
    (news / "a.txt").symlink_to(tmp_path / "secret.txt")
    [(label, document, problem)] = read_documents(jobs)
    assert (label, document) == ("news/a.txt", None)
    assert problem == "is a link, not a document: not followed"


def test_a_file_swapped_for_a_fifo_after_the_walk_is_refused_without_waiting(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("A title\n\nA text.\n")
    jobs = list(labelled_paths([news]))
    (news / "a.txt").unlink()
    os.mkfifo(news / "a.txt")
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("reading a FIFO blocked"))
    signal.alarm(10)
    try:
        [(_label, document, problem)] = read_documents(jobs)
    finally:
        signal.alarm(0)
    assert document is None
    assert problem == "is not a regular file (a FIFO, socket or device)"


def test_a_link_inside_the_folder_is_read_through_the_file_it_leads_to(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("A title\n\nA text.\n")
    (news / "b.txt").symlink_to(news / "a.txt")
    assert [(path.name, label) for path, label in labelled_paths([news])] == [
        ("a.txt", "news/a.txt"),
        ("a.txt", "news/b.txt"),
    ]
    [first, second] = read_documents(list(labelled_paths([news])))
    assert first[1].article.title == second[1].article.title == "A title"


def finished_process_key():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    key = process_key(child.pid)
    child.wait()
    return key


def test_a_run_whose_process_is_gone_shows_as_interrupted_and_the_next_run_records_it(tmp_path):
    cut_short = ImportRun.objects.create(started_at=timezone.now(), process=finished_process_key())
    alive = ImportRun.objects.create(started_at=timezone.now(), process=process_key())
    assert cut_short.shown_state == ImportRunState.INTERRUPTED
    assert alive.shown_state == ImportRunState.RUNNING
    (tmp_path / "a.txt").write_text("A title\n\nA text.\n")
    report = import_documents([tmp_path])
    cut_short.refresh_from_db()
    assert cut_short.state == ImportRunState.INTERRUPTED
    assert ImportRun.objects.get(pk=alive.pk).state == ImportRunState.RUNNING
    assert report.run.state == ImportRunState.FINISHED
    assert (report.run.done, report.run.total) == (1, 1)


def test_a_run_that_raises_is_marked_failed_with_the_error(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("A title\n\nA text.\n")

    def broken(*args, **kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(importer, "store_batch", broken)
    with pytest.raises(RuntimeError):
        import_documents([tmp_path])
    run = ImportRun.objects.get()
    assert run.state == ImportRunState.FAILED
    assert run.problem == "RuntimeError: the disk went away"
