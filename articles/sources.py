"""Which files an import reads: the files named, and the document files inside named folders.

A file named by the user is always read. Inside a folder only document files are (`*.txt`,
`*.md`, `*.yaml`, `*.yml` unless told otherwise); dotfiles and dot-folders, and a folder's
README, LICENSE and CHANGELOG files, are left out, and each file left out is reported with the
reason, so a folder's notes never become public articles.
"""

import fnmatch
import os
from pathlib import Path

from django.conf import settings

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.yaml", "*.yml")
# A folder's own notes, whatever their extension: README.md, LICENSE, CHANGELOG.txt ...
NOT_DOCUMENTS = ("readme*", "license*", "licence*", "changelog*")


def skip_reason(name, include):
    """Why a file called `name`, met inside a folder, is not read; None when it is read."""
    if name.startswith("."):
        return "hidden file"
    folded = name.casefold()
    if any(fnmatch.fnmatchcase(folded, pattern) for pattern in NOT_DOCUMENTS):
        return "a folder's notes, not a document"
    if not any(fnmatch.fnmatchcase(folded, pattern.casefold()) for pattern in include):
        return f"not a document file ({', '.join(include)})"
    return None


def document_files(paths, include=DEFAULT_INCLUDE, *, skipped=None):
    """Expand folders into their document files (sorted); files named stay as given.

    Each file a folder walk leaves out is appended to `skipped` as (path, reason), when given.
    """
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                reason = skip_reason(name, include)
                if reason is None:
                    yield Path(root) / name
                elif skipped is not None:
                    skipped.append((display_path(Path(root) / name), reason))


def labelled_paths(paths, include=DEFAULT_INCLUDE):
    """`document_files` as `(path, display_path(path))` pairs.

    A folder's files are labelled from the folder's own label: resolving every file's path
    costs a system call per directory level per file, and a large import reads thousands.
    """
    for given in map(Path, paths):
        label = display_path(given)
        if given.is_dir():
            for path in document_files([given], include):
                yield path, os.path.join(label, path.relative_to(given))
        else:
            yield given, label


def display_path(path):
    """Paths inside the project are shown and stored relative to it: seeds/000_x.txt."""
    try:
        return str(Path(path).resolve().relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)
