"""The directory's matcher kept in a file between runs, keyed on what it is built from.

Building the matcher of the full directory (74,616 places) cost 2.0 s of CPU on a quiet
machine (4.4 to 4.8 s under a load of 8 to 12), nearly all of it cutting names into tokens;
every import, `read_news` and upload paid it. The rows it is built from are read in a few
queries every time anyway: their digest (with the source of the code that turns rows into an
index) names the file. Unchanged rows load the file instead of building (0.5 s of CPU in all,
with reading the rows); any change staff make to a place, an alias or an organisation changes
the digest, so a stale matcher is never used and nothing has to remember to invalidate it.

The code's part of the digest is each module's source, or, where only bytecode is deployed
(`.pyc` files without their `.py`), the bytecode; should neither be readable, the project's
version stands for it, and a warning says so.

The file is a pickle, in a folder of its own (setting `DIRECTORY_MATCHER_CACHE`; unset, beside a
SQLite database, else `.matcher-cache/` in the project; "off" keeps none). Unpickling runs
whatever the file says, so the file is signed with an HMAC keyed on `SECRET_KEY`, and one whose
signature does not match (written by someone else, or under another key) is never unpickled:
it is built again and written over, as is a file that cannot be read. Small directories (tests,
a fresh install before `load_directory`) build in milliseconds and are not kept.
"""

import hashlib
import hmac
import importlib.metadata
import importlib.util
import logging
import os
import pickle
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

# Below this many places, building costs less than reading a file back.
WORTH_KEEPING = 5_000
KEPT_FILES = 3  # the newest few: a change and its undo, or two databases sharing the folder
# The modules whose code turns the rows into the pickled index.
_CODE = ("directory.matching", "directory.name_index", "directory.recognition", "directory.text")
_SIGNATURE_SALT = "directory.matcher_cache"
_SIGNATURE_BYTES = 32  # an HMAC-SHA256, written before the pickle
_PYC_HEADER_BYTES = 16  # flags, and the source's time and size or hash: not the code itself


def cache_folder():
    """The folder the matcher is kept in, or None when none is kept."""
    configured = getattr(settings, "DIRECTORY_MATCHER_CACHE", "")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    database = connection.settings_dict
    if database["ENGINE"].endswith("sqlite3") and str(database["NAME"]) not in ("", ":memory:"):
        path = Path(database["NAME"])
        return path.with_name(f"{path.name}-matcher")
    return Path(settings.BASE_DIR) / ".matcher-cache"


def digest(rows):
    """What names the file of `rows`: the rows and the code that makes a matcher of them."""
    hashed = hashlib.sha256()
    for name in _CODE:
        hashed.update(code_of(name))
    for part in (rows.places, rows.organisations, rows.rejected):
        hashed.update(repr(part).encode())
    hashed.update(repr((rows.place_aliases, rows.organisation_aliases)).encode())
    return hashed.hexdigest()[:32]


def load_or_build(rows, build, *, size):
    """The matcher of `rows`: from its file if one was kept, else `build(rows)` (kept when
    the directory has `WORTH_KEEPING` places or more)."""
    folder = cache_folder() if size >= WORTH_KEEPING else None
    if folder is None:
        return build(rows)
    path = folder / f"matcher-{digest(rows)}.pickle"
    try:
        with open(path, "rb") as file:
            return _read_signed(file, path)
    except FileNotFoundError:
        pass
    except _NotSigned:
        logger.warning(
            "Directory matcher file %s is not signed with this SECRET_KEY; building it again", path
        )
    except Exception:  # truncated, or written by another version of Python: build over it
        logger.warning("Directory matcher file %s could not be read; building it again", path)
    matcher = build(rows)
    _keep(folder, path, matcher)
    return matcher


def code_of(module_name):
    """What stands for a module's code in the digest: its source; where only its bytecode is
    deployed, the bytecode (without the header, which records when it was compiled); and
    should neither be readable, the project's version (with a warning)."""
    spec = importlib.util.find_spec(module_name)
    loader = spec and spec.loader
    try:
        source = loader.get_source(module_name)
        if source is not None:
            return source.encode()
        bytecode = loader.get_data(loader.get_filename(module_name))
        return bytecode[_PYC_HEADER_BYTES:]
    except (AttributeError, ImportError, OSError):
        pass
    logger.warning(
        "The code of %s cannot be read: the directory matcher's file is named after the "
        "project's version instead, so a code change under the same version is not noticed",
        module_name,
    )
    try:
        version = importlib.metadata.version("policy-tracker")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{module_name} {version}".encode()


class _NotSigned(Exception):
    """The file's signature is not what this `SECRET_KEY` gives for its contents."""


def _hmac():
    key = salted_hmac(_SIGNATURE_SALT, "matcher file", algorithm="sha256").digest()
    return hmac.new(key, digestmod=hashlib.sha256)


class _SigningWriter:
    """A file's `write`, signing what passes through it."""

    def __init__(self, file):
        self.file, self.signature = file, _hmac()

    def write(self, data):
        self.signature.update(data)
        return self.file.write(data)


def _read_signed(file, path):
    """The matcher pickled in `file` (its signature, then the pickle), unpickled only once the
    signature is checked. The contents are read twice, in chunks, rather than held whole (a
    7 MB copy at the process's peak): the open file is the one checked, whatever someone
    who can write the folder renames over its name meanwhile."""
    signature = file.read(_SIGNATURE_BYTES)
    expected = _hmac()
    while chunk := file.read(2**20):
        expected.update(chunk)
    if not hmac.compare_digest(signature, expected.digest()):
        raise _NotSigned(path)
    file.seek(_SIGNATURE_BYTES)
    return pickle.load(file)  # noqa: S301 - signed by this module, checked above


def _keep(folder, path, matcher):
    """Write `matcher` to `path` whole or not at all, and drop all but the newest files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".matcher-", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(bytes(_SIGNATURE_BYTES))  # its place, written once the pickle is
            signing = _SigningWriter(file)
            pickle.dump(matcher, signing, protocol=pickle.HIGHEST_PROTOCOL)
            file.seek(0)
            file.write(signing.signature.digest())
        os.replace(temporary, path)
        kept = sorted(folder.glob("matcher-*.pickle"), key=_modified, reverse=True)
        for old in kept[KEPT_FILES:]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only or full disk costs speed, not the import
        logger.warning("Directory matcher not kept in %s: %s", folder, exc)
        if "temporary" in locals():
            Path(temporary).unlink(missing_ok=True)


def _modified(path):
    try:
        return path.stat().st_mtime
    except OSError:
        return 0
