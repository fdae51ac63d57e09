"""The directory's matcher kept in a file between runs, keyed on what it is built from.

Building the matcher of the full directory (74,616 places) cost 2.0 s of CPU on a quiet
machine (4.4 to 4.8 s under a load of 8 to 12), nearly all of it cutting names into tokens;
every import, `read_news` and upload paid it. The rows it is built from are read in a few
queries every time anyway: their digest (with the source of the code that turns rows into an
index) names the file. Unchanged rows load the file instead of building (0.5 s of CPU in all,
with reading the rows); any change staff make to a place, an alias or an organisation changes
the digest, so a stale matcher is never used and nothing has to remember to invalidate it.

The file is a pickle the project wrote itself, in a folder of its own (setting
`DIRECTORY_MATCHER_CACHE`; unset, beside a SQLite database, else `.matcher-cache/` in the
project; "off" keeps none). A file that cannot be read is rebuilt over. Small directories (tests,
a fresh install before `load_directory`) build in milliseconds and are not kept.
"""

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)

# Below this many places, building costs less than reading a file back.
WORTH_KEEPING = 5_000
KEPT_FILES = 3  # the newest few: a change and its undo, or two databases sharing the folder
_CODE = ("matching.py", "name_index.py", "recognition.py", "text.py")


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
    folder = Path(__file__).parent
    for name in _CODE:
        hashed.update((folder / name).read_bytes())
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
            return pickle.load(file)  # noqa: S301 - a file this module wrote, in its own folder
    except FileNotFoundError:
        pass
    except Exception:  # a truncated or foreign file: build over it
        logger.warning("Directory matcher file %s could not be read; building it again", path)
    matcher = build(rows)
    _keep(folder, path, matcher)
    return matcher


def _keep(folder, path, matcher):
    """Write `matcher` to `path` whole or not at all, and drop all but the newest files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".matcher-", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            pickle.dump(matcher, file, protocol=pickle.HIGHEST_PROTOCOL)
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
