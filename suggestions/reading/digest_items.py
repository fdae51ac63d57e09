"""The numbered items of a newsletter ("2." and a headline, then the item's story): which
item a sentence is in (`item_of`, moved out of `reader`), the first action of an item kept
apart from the actions of the items before it, and an undated action dated by its item's lede.
"""

import re

from .dates import find_dates

_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]$")
# "In a second case announced the same day, the FTC ... said": the day of the item before.
_SAME_DAY = re.compile(r"\b(?:the same day|that same day|on the same day)\b", re.IGNORECASE)


def item_of(sentence, sentences):
    """The numbered heading of the newsletter item `sentence` is in ("2." and the headline
    after it), as (start, end) in the text, or None in a text without numbered items."""
    number = None
    for other in sentences:
        if other.start >= sentence.start:
            break
        if _ITEM_NUMBER.match(other.text.strip()):
            number = other
    if number is None:
        return None
    headline = next((s for s in sentences if s.start > number.start), number)
    return number.start, headline.end


def items_kept_apart(events, sentences):
    """Marks the first action of each numbered item, after an action read before it, as a
    story of its own: a newsletter's second item ("2. Amazon to pay $25 million ...") is no
    more of the first, however alike the two acts are."""
    seen = set()
    for position, event in enumerate(events):
        item = item_of(event.sentence, sentences)
        if item is None or item in seen:
            continue
        seen.add(item)
        if position > 0:
            event.apart = True


def date_from_item_ledes(kept, sentences, published):
    """An undated action in a numbered item takes the day its item's lede tells ("The FTC said
    on Wednesday that Ring had let employees ...", then "Under a proposed order, Ring will
    pay"): the day of the news the item reports. A lede that says "the same day" takes the
    day of the action read before."""
    before = None
    for event in kept:
        item = item_of(event.sentence, sentences)
        if event.date is None and item is not None:
            lede = next((s for s in sentences if s.start >= item[1]), None)
            if lede is not None and lede.start <= event.sentence.start:
                _date_from_lede(event, lede, before, published)
        if event.date is not None:
            before = event


def _date_from_lede(event, lede, before, published):
    for mention in find_dates(lede.text, published):
        if mention.date and mention.role == "event":
            event.date, event.precision = mention.date, mention.precision
            return
    if _SAME_DAY.search(lede.text) and before is not None:
        event.date, event.precision = before.date, before.precision
