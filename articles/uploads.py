"""Documents uploaded in the admin: where they are kept, and what an upload may hold.

Each upload is a folder of its own in Django's default storage (STORAGES: a folder at
`IMPORT_UPLOAD_DIR` unless a deployment of several servers names a storage they share), named
by `store_upload` and kept on the import run (`ImportRun.upload`); the import task, on whichever
machine runs it, finds the files through `upload_folder`, so where uploads are kept is decided
here alone. A dry run's folder is removed
once its import is done; one left by a dry run that was killed is removed as the next import
task starts (`remove_stale_dry_runs`), and so is one no run names, an hour after it was made
(`remove_orphan_uploads`: a web worker killed between storing the files and recording the run).
Django receives a large upload into a file in `FILE_UPLOAD_TEMP_DIR` (`receiving_folder`, made
before the body is read); a web worker killed while it receives leaves that file, which is
removed an hour after it was last written (`remove_stale_received_files`), when the next upload
is received or the next import task starts.

An upload is refused before its body is read when it is larger than `IMPORT_UPLOAD_MAX_BYTES`,
and when it holds more than `DATA_UPLOAD_MAX_NUMBER_FILES` files (Django counts them as it
reads), with a message that names the limit (`UploadLimitsMiddleware`) instead of a bare 400.
"""

import contextlib
import shutil
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import TooManyFilesSent
from django.core.files.storage import default_storage
from django.http import HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.text import get_valid_filename

UPLOAD_URL_NAME = "articles_importrun_upload"
FOLDER_TIME = "%Y%m%d-%H%M%S-%f"  # how an upload's folder name begins: when it was made
ORPHAN_AGE = timedelta(hours=1)  # far longer than storing an upload and recording its run


def store_upload(files, user_pk):
    """Keep uploaded `files` in a new folder of their own in the default storage, under safe,
    distinct names; returns the folder's name, which `upload_folder` takes."""
    name = f"{timezone.now():{FOLDER_TIME}}-{user_pk}"
    taken = set()
    for number, upload in enumerate(files, start=1):
        file_name = get_valid_filename(Path(upload.name).name) or f"document-{number}"
        if file_name in taken:
            file_name = f"{number}-{file_name}"
        taken.add(file_name)
        default_storage.save(f"{name}/{file_name}", upload)
    return name


def _local_folder(name):
    """Where the storage keeps the upload `name` on this machine's disk; None when it keeps it
    elsewhere (a storage shared by several servers)."""
    try:
        local = Path(default_storage.path(name))
    except NotImplementedError:
        return None
    # Some storages give a path that is not on this disk (in memory, another machine's).
    return local if local.is_dir() else None


@contextlib.contextmanager
def upload_folder(name):
    """A folder on this machine holding the files of the upload `name`, to import: the storage's
    own when it is a local disk, else a copy below IMPORT_UPLOAD_DIR removed afterwards."""
    local = _local_folder(name)
    if local is not None:
        yield local
        return
    copy = Path(settings.IMPORT_UPLOAD_DIR) / name
    copy.mkdir(parents=True, exist_ok=True)
    try:
        for file_name in default_storage.listdir(name)[1]:
            with default_storage.open(f"{name}/{file_name}") as source:
                (copy / file_name).write_bytes(source.read())
        yield copy
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def remove_upload(name):
    local = _local_folder(name)
    if local is not None:
        shutil.rmtree(local, ignore_errors=True)
        return
    with contextlib.suppress(FileNotFoundError):
        for file_name in default_storage.listdir(name)[1]:
            default_storage.delete(f"{name}/{file_name}")


def remove_stale_dry_runs(runs):
    """Remove the folders that dry runs among `runs` (an `ImportRun` queryset) left behind:
    their import is over (finished, failed or cut short), so nothing will read them."""
    for name in runs.filter(dry_run=True).exclude(upload="").values_list("upload", flat=True):
        remove_upload(name)


def remove_orphan_uploads(named):
    """Remove the upload folders that no import run names (`named`: the names runs hold) and
    that were made over `ORPHAN_AGE` ago; returns their names. A web worker killed after
    storing an upload's files but before recording its run leaves such a folder, which
    nothing would ever import. Folders not named by `store_upload` are left alone."""
    try:
        folders = default_storage.listdir("")[0]
    except FileNotFoundError:
        return []
    named, now = set(named), timezone.now()
    orphans = [
        name
        for name in folders
        if name not in named and (made := _made_at(name)) and now - made > ORPHAN_AGE
    ]
    for name in orphans:
        remove_upload(name)
    return orphans


def receiving_folder():
    """The folder Django writes an upload to while it receives it (`FILE_UPLOAD_TEMP_DIR`),
    made when missing: Django does not make it, and without it a large upload would fail."""
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remove_stale_received_files():
    """Remove what web workers killed while receiving an upload left in `FILE_UPLOAD_TEMP_DIR`:
    Django's files (`tmp….upload…`) last written over `ORPHAN_AGE` ago. A file being received
    is written to as it arrives, and a sync web worker is killed by its own timeout long before
    an hour. Returns their names; anything else in the folder is left alone."""
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    oldest = (timezone.now() - ORPHAN_AGE).timestamp()
    removed = []
    with contextlib.suppress(FileNotFoundError):
        for entry in folder.iterdir():
            if not (entry.name.startswith("tmp") and ".upload" in entry.name):
                continue
            with contextlib.suppress(FileNotFoundError):
                status = entry.lstat()
                if stat.S_ISREG(status.st_mode) and status.st_mtime < oldest:
                    entry.unlink()
                    removed.append(entry.name)
    return removed


def _made_at(name):
    try:
        return datetime.strptime(name.rsplit("-", 1)[0], FOLDER_TIME).replace(tzinfo=UTC)
    except ValueError:
        return None


def too_large_message(size):
    limit = settings.IMPORT_UPLOAD_MAX_BYTES
    return (
        f"This upload is {filesizeformat(size)}, more than the {filesizeformat(limit)} one "
        f"upload may hold (IMPORT_UPLOAD_MAX_BYTES): nothing was stored. Upload the documents "
        "in smaller parts."
    )


def too_many_files_message():
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
    return (
        f"This upload holds more than {limit:,} files, the most one upload may hold "
        "(IMPORT_UPLOAD_MAX_FILES): nothing was stored. Upload them in parts of "
        f"{limit:,} or fewer."
    )


class UploadLimitsMiddleware:
    """Refuse an upload over the limits with a message that names the limit.

    It must come before anything reads the request's body, CSRF's check included (which runs
    in `process_view`, after every middleware's `__call__`): Django raises `TooManyFilesSent`
    while it reads the body, which would otherwise end as a bare "Bad Request (400)". The
    staff member is sent back to the upload form, where the message shows.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type == "multipart/form-data":
            receiving_folder()
        if request.method == "POST" and self._is_upload(request):
            remove_stale_received_files()  # on the machine that received them
            problem = self._problem(request)
            if problem:
                messages.error(request, problem)
                return HttpResponseRedirect(request.path, status=303)
        return self.get_response(request)

    @staticmethod
    def _is_upload(request):
        try:
            return resolve(request.path_info).url_name == UPLOAD_URL_NAME
        except Resolver404:
            return False

    @staticmethod
    def _problem(request):
        try:
            size = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            size = 0
        if size > settings.IMPORT_UPLOAD_MAX_BYTES:
            return too_large_message(size)
        try:
            request.FILES  # noqa: B018 - reading the body is what counts the files
        except TooManyFilesSent:
            return too_many_files_message()
        return None
