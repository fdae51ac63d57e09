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
        if span.known is None and span.name:
            key = plain_key(span.name)
            if _shortened(key, names):
                continue  # "Minneapolis Council Bans ..." over "The Minneapolis City Council voted"
            if span.place is None and any(
                other != key
                and (
                    other.endswith(" " + key)
                    or other.startswith(key + " of ")
                    or other.removeprefix(key + " ") in _COUNTRY_SHORT_FORMS
                )
                for other in names
            ):
                continue
        yield span


# "Compass Group" beside "Compass Group USA": the company named without its country's arm.
_COUNTRY_SHORT_FORMS = words("usa us uk")
_LEFT_OUT = words("city town county municipal common state")


def _shortened(key, names):
    """Whether `key` is another name of the text less one word a headline leaves out."""
    cut = key.split()
    for other in names:
        words_of_other = other.split()
        if len(words_of_other) != len(cut) + 1:
            continue
        for i, word in enumerate(words_of_other):
            if word in _LEFT_OUT and words_of_other[:i] + words_of_other[i + 1 :] == cut:
                return True
    return False
