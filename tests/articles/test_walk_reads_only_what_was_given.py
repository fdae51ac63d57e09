"""The folder walk reads only what it was given, reports what it leaves out by name, and labels
what it reads relative to what was named, never by this machine's absolute path."""

import os
import shutil
import signal
import socket
from contextlib import closing
from pathlib import Path

import pytest
from django.conf import settings

from articles import sources
from articles.importer import import_documents
from articles.models import Article
from articles.sources import display_path, document_files, labelled_paths

SEEDS = Path(settings.BASE_DIR) / "seeds"
SEED = SEEDS / "001_d826b352664ae778.txt"
OTHER_SEED = SEEDS / "004_0d630b348f8e7dfc.txt"


@pytest.fixture
def folder(tmp_path):
    """A named folder holding one document, news/a.txt, beside a secret outside it."""
    (tmp_path / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n")
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(SEED, news / "a.txt")
    return news


@pytest.fixture
def no_hang():
    """Fail instead of waiting forever if something opens a FIFO."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the walk or import blocked"))
    signal.alarm(20)
    yield
    signal.alarm(0)


def walked(paths):
    skipped = []
    pairs = [(str(path), label) for path, label in labelled_paths(paths)]
    assert [str(path) for path in document_files(paths, skipped=skipped)] == [p for p, _ in pairs]
    return [label for _path, label in pairs], dict(skipped)


def test_a_link_out_of_the_folder_is_skipped_and_reported(folder, db):
    (folder / "passwd.txt").symlink_to(folder.parent / "secret.txt")
    labels, skipped = walked([folder])
    assert labels == ["news/a.txt"]
    assert skipped == {"news/passwd.txt": "a link to outside the folder: not followed"}
    report = import_documents([folder])
    assert report.created == 1
    assert not Article.objects.filter(title__startswith="root:").exists()
    assert report.skipped == [("news/passwd.txt", "a link to outside the folder: not followed")]


def test_a_link_to_a_file_inside_the_folder_is_read(folder):
    (folder / "sub").mkdir()
    shutil.copy(OTHER_SEED, folder / "sub" / "b.txt")
    (folder / "c.txt").symlink_to(folder / "sub" / "b.txt")
    labels, skipped = walked([folder])
    assert labels == ["news/a.txt", "news/c.txt", "news/sub/b.txt"]
    assert skipped == {}


def test_links_to_folders_and_to_nothing_are_not_followed(folder):
    (folder / "loop").symlink_to(folder)
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    labels, skipped = walked([folder])
    assert labels == ["news/a.txt"]
    assert skipped == {
        "news/gone.txt": "a link to nothing: not followed",
        "news/loop": "a link to a folder: not followed",
    }


def test_a_fifo_is_reported_without_being_opened(folder, db, no_hang):
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder.parent / "named-pipe.txt")
    report = import_documents([folder, folder.parent / "named-pipe.txt"])
    assert report.created == 1
    assert dict(report.skipped) == {
        "news/pipe.txt": "a FIFO, not a document: not opened",
        "named-pipe.txt": "a FIFO, not a document: not opened",
    }


def test_a_socket_and_a_device_are_reported_without_being_opened(folder, no_hang):
    with closing(socket.socket(socket.AF_UNIX)) as listener:
        listener.bind(str(folder / "socket.txt"))
        (folder / "null.txt").symlink_to(os.devnull)
        labels, skipped = walked([folder, os.devnull])
    assert labels == ["news/a.txt"]
    assert skipped == {
        "news/socket.txt": "a socket, not a document: not opened",
        "news/null.txt": "a link to outside the folder: not followed",
        "null": "a character device, not a document: not opened",
    }


def test_a_name_that_is_not_utf8_is_reported_with_its_bytes_escaped_and_the_rest_imports(
    folder, db
):
    bad_name = os.fsdecode(b"caf\xe9.txt")
    shutil.copy(OTHER_SEED, folder / bad_name)
    os.mkdir(folder / os.fsdecode(b"d\xffr"))
    report = import_documents([folder])
    assert report.created == 1
    assert dict(report.skipped) == {
        "news/caf\\xe9.txt": "the name is not valid UTF-8; rename it to import it",
        "news/d\\xffr": "the name is not valid UTF-8; rename it to import it",
    }
    assert report.run.finished_at is not None


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_imports(folder, db, monkeypatch):
    # Tests may run as root, whom permissions do not stop: refuse the listing instead.
    locked = folder / "locked"
    locked.mkdir()
    shutil.copy(OTHER_SEED, locked / "b.txt")
    scandir = os.scandir

    def refusing(path):
        if isinstance(path, str | os.PathLike) and Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(sources.os, "scandir", refusing)
    report = import_documents([folder])
    assert report.created == 1
    assert report.skipped == [
        ("news/locked", "folder cannot be read (Permission denied); nothing in it read")
    ]


def test_source_file_is_relative_to_the_folder_named_not_the_machine(folder, db):
    (folder / "sub").mkdir()
    shutil.copy(OTHER_SEED, folder / "sub" / "b.txt")
    import_documents([folder])
    stored = Article.objects.exclude(source_file="").values_list("source_file", flat=True)
    assert set(stored) == {"news/a.txt", "news/sub/b.txt"}


def test_a_file_named_outside_the_project_is_known_by_its_name(folder, db):
    import_documents([folder / "a.txt"])
    assert set(Article.objects.exclude(source_file="").values_list("source_file", flat=True)) == {
        "a.txt"
    }


def test_files_in_the_project_stay_relative_to_it():
    assert display_path(SEED) == "seeds/001_d826b352664ae778.txt"


def test_an_upload_is_known_by_the_name_it_was_uploaded_under(tmp_path, settings, db):
    settings.IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    upload = settings.IMPORT_UPLOAD_DIR / "upload-20261129-abc"
    upload.mkdir(parents=True)
    shutil.copy(SEED, upload / "story.txt")
    report = import_documents([upload])
    stored = Article.objects.exclude(source_file="").values_list("source_file", flat=True)
    assert set(stored) == {"story.txt"}
    assert report.run.paths == ["upload-20261129-abc"]
