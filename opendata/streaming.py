"""Streamed downloads that cannot end looking complete when they are not.

Once a streamed response has started, its status (200) is sent: an error while the rows are read
can no longer become a 500. Without care the body just stops, and a client that reads to the end
holds a shorter file that looks whole. So a failure mid-way is logged and the body ends with a
line that its format makes invalid: an unclosed quoted CSV field, or a JSON text left open.
"""

import logging

logger = logging.getLogger(__name__)

INCOMPLETE_NOTICE = "ERROR: the download failed part-way; this file is incomplete"
# An opening quote that is never closed: a strict CSV reader refuses the file.
CSV_BROKEN_OFF = f'\n"{INCOMPLETE_NOTICE}\n'
# A string inside the open array that is never closed: no JSON parser accepts the file.
JSON_BROKEN_OFF = f'\n"{INCOMPLETE_NOTICE}\n'


def ends_visibly(chunks, *, broken_off, what):
    """Yield `chunks`; if producing them fails, log why and end with `broken_off`."""
    try:
        yield from chunks
    except Exception:
        logger.exception("The %s download failed part-way; its body was ended as invalid", what)
        yield broken_off
