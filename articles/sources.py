"""Which files an import reads: the files named, and the document files inside named folders.

A file named by the user is read if it is a regular file. Inside a folder only document files
are (`*.txt`, `*.md`, `*.yaml`, `*.yml` unless told otherwise); dotfiles and dot-folders, and a
folder's README, LICENSE and CHANGELOG files, are left out, and each file left out is reported
with the reason, so a folder's notes never become public articles.

A walk reads only what it was given: a link inside the folder to a file inside it is read, but a
link leading out of the folder, to a folder, or nowhere is not followed; a FIFO, socket or device
is never opened (reading one would wait forever or read a machine's device); a subfolder that
cannot be listed and a name that is not valid UTF-8 are reported, and the rest is read. The
walk hands the reader the file a link leads to, and the reader opens nothing through a link and
nothing that is not a regular file (`articles.parsing.read_document`), so an entry swapped for a
link or a FIFO after the walk looked at it is refused, not followed.

Each file is labelled for the reports and for `Article.source_file` relative to what the user
named, never with this machine's absolute path (see `display_path`).
"""

import fnmatch
import os
import stat
from pathlib import Path

from django.conf import settings

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.yaml", "*.yml")
# A folder's own notes, whatever their extension: README.md, LICENSE, CHANGELOG.txt ...
NOT_DOCUMENTS = ("readme*", "license*", "licence*", "changelog*")
SPECIAL_FILES = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


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


def printable_name(name):
    """`name` with any bytes that are not UTF-8 shown as escapes (b\\xff.txt), for reports."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _undecodable(name):
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.fsdecode kept the bad bytes as surrogate escapes
        return True
    return False


def _not_regular(mode):
    """What kind of special file `mode` says, or None for a regular file or folder."""
    return next((kind for is_kind, kind in SPECIAL_FILES if is_kind(mode)), None)


def document_files(paths, include=DEFAULT_INCLUDE, *, skipped=None):
    """The files to read under `paths`, in order: folders expanded into their document files
    (sorted, each folder's files before its subfolders), files named kept as given.

    Each entry left out is appended to `skipped` as (label, reason), when given.
    """
    for path, _label in _walk(paths, include, skipped):
        yield path


def labelled_paths(paths, include=DEFAULT_INCLUDE):
    """`document_files` as `(path, label)` pairs; a folder's files are labelled from the
    folder's own label, without resolving each file's path (a large import reads thousands)."""
    return _walk(paths, include, None)


def _walk(paths, include, skipped):
    def skip(label, reason):
        if skipped is not None:
            skipped.append((label, reason))

    for given in map(Path, paths):
        label = display_path(given)
        if _undecodable(str(given)):
            skip(printable_name(str(given)), "the name is not valid UTF-8; rename it to import it")
            continue
        try:
            mode = given.stat().st_mode
        except OSError:
            yield given, label  # named but missing or unreadable: the reader says which
            continue
        if stat.S_ISDIR(mode):
            prefix = _files_prefix(given, label)
            yield from _folder(given, os.path.realpath(given), prefix, include, skip)
        elif kind := _not_regular(mode):
            skip(label, f"{kind}, not a document: not opened")
        else:
            # Named by the user, a link is theirs to give: the reader gets the file it leads to.
            yield (Path(os.path.realpath(given)) if given.is_symlink() else given), label


def _folder(folder, root, label, include, skip):
    """The document files in `folder` (whose label is `label`) and below, with their labels;
    `root` is the real path of the folder the user named, which links must stay inside."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        skip(label or ".", f"folder cannot be read ({exc.strerror or exc}); nothing in it read")
        return
    subfolders = []
    for entry in entries:
        entry_label = os.path.join(label, printable_name(entry.name))
        if _undecodable(entry.name):
            skip(entry_label, "the name is not valid UTF-8; rename it to import it")
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                reason = _link_reason(entry.path, root)
                # The file it leads to is read, never the link: the reader follows no link.
                path = Path(os.path.realpath(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith("."):
                    subfolders.append((entry, entry_label))
                continue
            elif entry.is_file(follow_symlinks=False):
                reason = None
            else:
                kind = _not_regular(entry.stat(follow_symlinks=False).st_mode)
                reason = f"{kind}, not a document: not opened" if kind else None
        except OSError as exc:
            reason = f"cannot be read ({exc.strerror or exc})"
        reason = reason or skip_reason(entry.name, include)
        if reason is None:
            yield path, entry_label
        else:
            skip(entry_label, reason)
    for entry, entry_label in subfolders:
        yield from _folder(Path(entry.path), root, entry_label, include, skip)


def _link_reason(path, root):
    """Why the link at `path` is not followed; None for a link to a regular file in `root`."""
    target = os.path.realpath(path)
    if os.path.commonpath([root, target]) != root:
        return "a link to outside the folder: not followed"
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return "a link to nothing: not followed"
    if stat.S_ISDIR(mode):
        return "a link to a folder: not followed"
    if kind := _not_regular(mode):
        return f"a link to {kind}: not opened"
    return None


def display_path(path):
    """How a path the user named is shown and stored: never this machine's absolute path.

    Inside the upload folder, the path below the upload's own folder (the name it was uploaded
    under; the upload's folder itself is shown by its name); inside the project, relative to it
    (seeds/000_x.txt); elsewhere, its own name, so the files of a named folder `…/news` are
    labelled news/a.txt.
    """
    resolved = Path(path).resolve()
    below_upload = _below_upload(resolved)
    if below_upload:
        return below_upload
    if resolved.is_relative_to(settings.BASE_DIR):
        return str(resolved.relative_to(settings.BASE_DIR))
    return printable_name(resolved.name or str(resolved))


def _below_upload(resolved):
    """`resolved`'s path below its upload's own folder; the folder's name for the folder itself;
    None outside the upload folder."""
    uploads = Path(settings.IMPORT_UPLOAD_DIR).resolve()
    if resolved == uploads or not resolved.is_relative_to(uploads):
        return None
    parts = resolved.relative_to(uploads).parts
    return str(Path(*parts[1:])) if len(parts) > 1 else parts[0]


def _files_prefix(folder, label):
    """What the files of a named `folder` are labelled under: its label, or nothing for an
    upload's own folder, whose files are known by the names they were uploaded under."""
    resolved = folder.resolve()
    uploads = Path(settings.IMPORT_UPLOAD_DIR).resolve()
    return "" if resolved.parent == uploads else label
