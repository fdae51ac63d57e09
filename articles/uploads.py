"""Documents uploaded in the admin: where they are kept, and what an upload may hold.

Each upload is a folder of its own below `IMPORT_UPLOAD_DIR`, named by `store_upload` and kept
on the import run (`ImportRun.upload`); the import task finds the files through
`upload_folder`, so where uploads are kept is decided here alone. A dry run's folder is removed
once its import is done; one left by a dry run that was killed is removed as the next import
task starts (`remove_stale_dry_runs`).

An upload is refused before its body is read when it is larger than `IMPORT_UPLOAD_MAX_BYTES`,
and when it holds more than `DATA_UPLOAD_MAX_NUMBER_FILES` files (Django counts them as it
reads), with a message that names the limit (`UploadLimitsMiddleware`) instead of a bare 400.
"""

import shutil
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import TooManyFilesSent
from django.http import HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.text import get_valid_filename

UPLOAD_URL_NAME = "articles_importrun_upload"


def store_upload(files, user_pk):
    """Write uploaded `files` into a new folder of their own, under safe, distinct names;
    returns the folder's name, which `upload_folder` takes."""
    name = f"{timezone.now():%Y%m%d-%H%M%S-%f}-{user_pk}"
    folder = Path(settings.IMPORT_UPLOAD_DIR) / name
    folder.mkdir(parents=True, exist_ok=False)
    for number, upload in enumerate(files, start=1):
        file_name = get_valid_filename(Path(upload.name).name) or f"document-{number}"
        target = folder / file_name
        if target.exists():
            target = folder / f"{number}-{file_name}"
        with target.open("wb") as destination:
            for chunk in upload.chunks():
                destination.write(chunk)
    return name


def upload_folder(name):
    """The folder holding the files of the upload `name`, to import."""
    return Path(settings.IMPORT_UPLOAD_DIR) / name


def remove_upload(name):
    shutil.rmtree(upload_folder(name), ignore_errors=True)


def remove_stale_dry_runs(runs):
    """Remove the folders that dry runs among `runs` (an `ImportRun` queryset) left behind:
    their import is over (finished, failed or cut short), so nothing will read them."""
    for name in runs.filter(dry_run=True).exclude(upload="").values_list("upload", flat=True):
        remove_upload(name)


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
        if request.method == "POST" and self._is_upload(request):
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
