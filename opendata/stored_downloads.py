"""Whole-record downloads kept as files until public data changes.

The download of every published action (no filters) is the largest and costliest response the
site gives: 20,000 actions are 23 MB of CSV, written at about 30,000 rows a second of CPU
(bench/bench_export.py), where a stored file is sent at the speed of the disk. So with the page
cache on (settings.PUBLIC_CACHE_ENABLED), the first such download after public data changes is
streamed as before and written to a file as it goes; once it has ended whole, the file is kept
in Django's default storage (shared by every app server when one is configured, see README,
Several app servers) under the data version's token, and every later download of the same URL
is that file until the data changes again. The file of an older version is removed when a
newer one is kept.

Never kept: a download with filters (each is smaller, and their number unbounded); one that
failed part-way (`ends_visibly` ends it as invalid outside this module) or that the client broke
off; and anything while the page cache is off (tests, DEBUG).
"""

import hashlib
import logging
import tempfile

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse

from core.publicdata import token_for

FOLDER = "public-downloads"
WHOLE = ".whole"  # the marker beside a kept file, written once the file is
logger = logging.getLogger(__name__)


def stored_name(request, suffix):
    """Where the download `request` asks for is kept in this data version, or None when it
    is not kept. The URL is its full address (the file holds absolute links to the site)."""
    if not settings.PUBLIC_CACHE_ENABLED or request.GET:
        return None
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()[:24]
    version = hashlib.sha256(token_for(request).encode()).hexdigest()[:24]
    return f"{FOLDER}/{address}/{version}.{suffix}"


def stored_response(name, content_type):
    """The kept file `name` as a response, or None when there is none (yet). A file is served
    only once its marker says it was written whole: a storage on a local disk writes a file
    in place, and another request could open it half-written."""
    if name is None or not default_storage.exists(name + WHOLE):
        return None
    try:
        response = FileResponse(default_storage.open(name), content_type=content_type)
    except FileNotFoundError:  # removed between the two calls by a newer version's download
        return None
    # FileResponse names the file after the kept one: the download names itself, as streamed.
    del response["Content-Disposition"]
    return response


def kept_as_streamed(texts, name):
    """Yield `texts` (the download's pieces of text, or of UTF-8 bytes: the CSV's), and once
    the last has been yielded keep them all as the file `name`. A failure or a client that
    goes away stops this generator before that, and nothing is kept."""
    if name is None:
        yield from texts
        return
    with tempfile.TemporaryFile() as spool:
        for text in texts:
            spool.write(text if isinstance(text, bytes) else text.encode())
            yield text
        spool.seek(0)
        _keep(spool, name)


def _keep(spool, name):
    if default_storage.exists(name):  # another download of the same version keeps it
        return
    try:
        kept = default_storage.save(name, File(spool))
        if kept != name:  # saved under another name beside one being kept meanwhile
            default_storage.delete(kept)
            return
        default_storage.save(name + WHOLE, ContentFile(b""))
    except OSError:
        logger.exception("A whole download could not be kept as %s", name)
        return
    folder, _slash, file_name = name.rpartition("/")
    for other in default_storage.listdir(folder)[1]:
        if other not in (file_name, file_name + WHOLE):
            default_storage.delete(f"{folder}/{other}")
