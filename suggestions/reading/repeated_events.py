"""What to keep when a related item reports an event another text of the document has read:
the report that dates it more finely, or the first report with the other's finer date.
Moved out of `reader` (which had reached 400 lines) with `sharper_day`.
"""

from policies.dates import PRECISION_RANK, truncate_to_precision

from .proposing import is_background


def finer(event, kept, published):
    """Whether `event` dates more finely the event `kept` mentions as context."""
    if not kept.date or not event.date or kept.precision is None:
        return False
    coarse = PRECISION_RANK[kept.precision] < PRECISION_RANK.get(event.precision, -1)
    return coarse and is_background(kept, published)


def sharper_day(event, kept):
    """Gives `kept` the day of `event` when both tell one event and the day falls in the month
    or year `kept` gives: an op-ed's "its report found last week" is the report a related item
    dates "on Tuesday", and the day is the better answer for both."""
    if not kept.date or not event.date or kept.precision is None or event.precision is None:
        return
    if PRECISION_RANK[kept.precision] >= PRECISION_RANK[event.precision]:
        return
    if truncate_to_precision(event.date, kept.precision) == kept.date:
        kept.date, kept.precision = event.date, event.precision
