"""Names that repeat a body the text names in full: "the Supreme Court" after "the Illinois
Supreme Court", and a headline's "Minneapolis Council" beside "the Minneapolis City Council".
"""

from .text import plain_key, words


def without_repeats(spans):
    """A generic name that repeats the end of a longer one ("the Supreme Court" after "the
    Illinois Supreme Court", "Town Meeting" after "Brookline Town Meeting"), or its start before
    "of" ("the Cyberspace Administration" beside "the Cyberspace Administration of China"), is
    the same body."""
    names = [plain_key(span.name) for span in spans if span.name]
    for span in spans:
        if span.known is None and span.name and _shortened(plain_key(span.name), names):
            continue  # "Minneapolis Council Bans ..." over "The Minneapolis City Council voted"
        if span.known is None and span.name and span.place is None:
            key = plain_key(span.name)
            if any(
                other != key and (other.endswith(" " + key) or other.startswith(key + " of "))
                for other in names
            ):
                continue
        yield span


_LEFT_OUT = words("city town county municipal common state")


def _shortened(key, names):
    """Whether `key` is another name of the text less one word a headline leaves out."""
    cut = key.split()
    return any(
        len(other.split()) == len(cut) + 1
        and any(
            word in _LEFT_OUT and other.split()[:i] + other.split()[i + 1 :] == cut
            for i, word in enumerate(other.split())
        )
        for other in names
    )
