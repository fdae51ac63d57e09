"""Which files an import reads: document files inside folders, and any file named outright."""

from pathlib import Path

import pytest

from articles.models import Article
from articles.sources import DEFAULT_INCLUDE, document_files, skip_reason
from tests.conftest import run_import

POST = "A headline for {name}\n\nPosted on May 5, 2020\n\nThe text.\n"


def write(path, text=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text is not None else POST.format(name=path.name))
    return path


@pytest.fixture
def folder(tmp_path):
    """A folder of news as people keep one: documents beside notes, licences and clutter."""
    root = tmp_path / "news"
    for name in ("a.txt", "b.md", "c.yaml", "d.yml", "sub/e.txt"):
        write(root / name)
    for name in (
        "README.md",
        "readme.txt",
        "LICENSE",
        "Licence.md",
        "CHANGELOG.yaml",
        "changelog",
        ".hidden.txt",
        ".git/HEAD.txt",
        "notes/.draft.md",
        "scan.pdf",
        "data.json",
    ):
        write(root / name, "Not news\n")
    return root


def walked(paths, include=DEFAULT_INCLUDE):
    skipped = []
    found = list(document_files(paths, include, skipped=skipped))
    return found, dict(skipped)


def names(paths, root):
    return sorted(str(Path(p).relative_to(root)) for p in paths)


def test_a_folder_walk_reads_document_files_only(folder):
    found, _skipped = walked([folder])
    assert names(found, folder) == ["a.txt", "b.md", "c.yaml", "d.yml", "sub/e.txt"]


def test_each_file_left_out_is_reported_with_its_reason(folder):
    _found, skipped = walked([folder])
    # Reported as labelled: from the named folder's own name, never the machine's path.
    reasons = {str(Path(path).relative_to(folder.name)): reason for path, reason in skipped.items()}
    notes = "a folder's notes, not a document"
    assert reasons == {
        "README.md": notes,
        "readme.txt": notes,
        "LICENSE": notes,
        "Licence.md": notes,
        "CHANGELOG.yaml": notes,
        "changelog": notes,
        ".hidden.txt": "hidden file",
        "notes/.draft.md": "hidden file",
        "scan.pdf": "not a document file (*.txt, *.md, *.yaml, *.yml)",
        "data.json": "not a document file (*.txt, *.md, *.yaml, *.yml)",
    }
    # A dot-folder is not entered at all, so nothing inside it is even reported.
    assert not any(".git" in path for path in reasons)


def test_notes_are_recognised_whatever_their_case_or_extension():
    for name in ("README", "Readme.rst", "README.MD", "LICENSE.txt", "license", "ChangeLog.md"):
        assert skip_reason(name, DEFAULT_INCLUDE) == "a folder's notes, not a document"
    assert skip_reason("readme-of-the-council-vote.txt", DEFAULT_INCLUDE) is not None
    assert skip_reason("council-readme.txt", DEFAULT_INCLUDE) is None
    assert skip_reason("STORY.TXT", DEFAULT_INCLUDE) is None


def test_include_patterns_replace_the_defaults(folder):
    found, skipped = walked([folder], include=("*.md", "*.json"))
    assert names(found, folder) == ["b.md", "data.json"]
    assert "not a document file (*.md, *.json)" in skipped.values()
    # Notes stay notes whatever the patterns say.
    assert not any(path.endswith("README.md") for path in map(str, found))


def test_a_file_named_outright_is_always_read(folder):
    named = [folder / "README.md", folder / ".hidden.txt", folder / "scan.pdf"]
    found, skipped = walked(named)
    assert found == named
    assert skipped == {}


@pytest.mark.django_db
def test_the_command_reports_what_it_skipped_and_imports_no_readme(folder):
    out, _err = run_import(folder, no_curated=True)
    assert "Imported 5 documents: 5 created" in out
    assert "Skipped 10 entries, not read:" in out
    assert "  news/README.md: a folder's notes, not a document" in out
    assert "  news/scan.pdf: not a document file" in out
    assert not Article.objects.filter(title="Not news").exists()
    assert Article.objects.filter(source_file__endswith="README.md").count() == 0


@pytest.mark.django_db
def test_the_command_takes_include_patterns(folder):
    out, _err = run_import(folder, no_curated=True, include=["*.md"])
    assert "Imported 1 documents: 1 created" in out
    assert Article.objects.get().source_file.endswith("b.md")


@pytest.mark.django_db
def test_the_command_reads_a_readme_named_outright(folder):
    write(folder / "README.md", POST.format(name="the readme"))
    out, _err = run_import(folder / "README.md", no_curated=True)
    assert "Imported 1 documents: 1 created" in out
    assert "Skipped" not in out
    assert Article.objects.get().title == "A headline for the readme"
