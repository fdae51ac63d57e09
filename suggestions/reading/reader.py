"""A parsed document in, the policy actions it reports out: `read_document`.

Each text is read on its own, the document's main text (title and excerpt, or title and body)
and each related item's title and excerpt, against its own publication date: sentence by
sentence (`events`), then assembled into its actions (`assembly`), its references resolved and
its undated actions dated from the sentences around them. Across texts, a related item that
repeats an event of the document adds no second suggestion.
"""

import datetime
import itertools
import re

from articles.parsing import FEED
from policies.dates import DatePrecision
from policies.models import ActionType

from .assembly import assemble, same_event
from .cue_context import ALSO_BEFORE
from .dates import WRITTEN_YEAR, find_dates
from .digest_items import date_from_item_ledes, item_of, items_kept_apart
from .document_places import placed_by_document
from .events import SentenceContext, read_sentence
from .place_lists import most_specific
from .place_phrases import VENUE_IN, VENUE_WINDOW
from .places import PlaceChooser
from .proposals import of_the_earlier_kind, without_recommendations_of_a_decision
from .proposing import proposal
from .references import resolve_references
from .repeated_events import finer, sharper_day
from .sentences import is_run_in_heading, split_sentences

_DOCUMENT_DATE = re.compile(
    # ("approved its final report ... and released it on Tuesday": the report, named before)
    r"\b(?:published|released|issued|dated|announced|made public)\s*,?\s*(?:(?:it|them)\s+)?"
    r"(?:on\s+|in\s+)?"
    r"(?:(?:early|late|mid)[- ]+)?$",
    re.IGNORECASE,
)
_REPORT_WORD = re.compile(
    r"\b(?:published|released|issued|dated|announced|made public|signed|enacted|approved|"
    r"adopted)",
    re.IGNORECASE,
)
# "Gov. Ralph Northam signed the bill on Monday": the date of the decision a first sentence
# reported undated ("The General Assembly has passed a bill that bars ...").
_SIGNED_ON = re.compile(
    # Not "had signed an open letter last month": a letter's date is not a decision's.
    r"\b(?:signed|enacted|approved|adopted)\s+(?!(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:letter|"
    r"petition)\b)(?:(?:the|it|its|this)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:into law\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(r"\b(?:the same day|that same day|later that day|on the same day)\b", re.I)
_SETTLE = re.compile(r"\bsettle(?:s|d|ment)?\b", re.IGNORECASE)
_THE_SETTLEMENT = re.compile(r"\b(?:the|its) (?:proposed )?settlement\b", re.IGNORECASE)
_FEDERAL = re.compile(r"\b(?:federal|nationwide|national|Congress)\b")
_UNDER_WAY = re.compile(r"(?:\b(?:is|are)|\w['\u2019]re)\s+(?:now\s+)?(?!being\b)\w+ing\b")
_SIMILAR = re.compile(r"\w+\s+(?:an?\s+)?similar\b", re.IGNORECASE)


def reading_texts(document):
    """(related_index, text, publication date) of each text the document holds."""
    article = document.article
    if document.format == FEED:
        parts = [article.title, article.excerpt, article.body]
    else:
        parts = [article.title, article.body or article.excerpt]
    texts = [(None, "\n\n".join(p for p in parts if p), _utc_date(article.published_at))]
    for index, item in enumerate(document.related):
        text = "\n\n".join(p for p in (item.title, item.excerpt, item.body) if p)
        texts.append((index, text, _utc_date(item.published_at)))
    return texts


def _utc_date(moment):
    if moment is None:
        return None
    if isinstance(moment, datetime.datetime):
        return moment.astimezone(datetime.UTC).date() if moment.tzinfo else moment.date()
    return moment


def read_document(document, recogniser):
    """The policy actions `document` reports, one per event, main text first."""
    chooser = PlaceChooser.for_recogniser(recogniser)
    texts = reading_texts(document)
    # Each text is read for names once; the country count needs them all before reading.
    named = [(recogniser.places(text), recogniser.organisations(text)) for _i, text, _p in texts]
    main_places = named[0][0]
    named[1:] = [(found, placed_by_document(bodies, main_places)) for found, bodies in named[1:]]
    country = _usual_country(named, chooser)
    main_place = _common_place(*named[0])
    kept = []  # (related_index, event)
    for (related_index, text, published), (places, organisations) in zip(texts, named, strict=True):
        home = main_place if related_index is not None else None
        events = _read_text(text, published, places, organisations, chooser, country, home)
        for event in events:
            # A related item's report of an event already read is no second suggestion; within
            # one text, `assemble` has decided already. An undated mention ("joining
            # Springfield") gives way to a report that dates it, and a background mention
            # ("which the president signed in June") to the related item that reports it
            # to the day.
            repeat = next(
                (n for n, (index, other) in enumerate(kept)
                 if index != related_index and same_event(event, other)
                 and not _other_actors(event, other)),
                None,
            )  # fmt: skip
            if repeat is None:
                kept.append((related_index, event))
            elif (kept[repeat][1].date is None and event.date is not None) or finer(
                event, kept[repeat][1], published_of(texts, kept[repeat][0])
            ):
                kept[repeat] = (related_index, event)
            else:
                sharper_day(event, kept[repeat][1])
    return [proposal(event, index, published_of(texts, index)) for index, event in kept]


def _other_actors(event, other):
    """Whether two texts' acts are taken by different regulators ("the FTC announced a
    settlement with Facebook" and "the SEC said Facebook agreed to pay"): two acts of one day,
    not one."""
    first, second = _regulator_acting(event), _regulator_acting(other)
    return first is not None and second is not None and first != second


def _regulator_acting(event):
    return next(
        (o.pk for o, role in event.organisations if role == "actor" and o.kind == "regulator"),
        None,
    )


def published_of(texts, related_index):
    return next(published for index, _text, published in texts if index == related_index)


def _read_text(text, published, places, organisations, chooser, document_country, home=None):
    sentences = split_sentences(text)
    # ("Meeting in Istanbul, the assembly adopted ...": where a body met is no sentence's place)
    places_told = [
        f for f in places if not VENUE_IN.search(text, max(0, f.start - VENUE_WINDOW), f.start)
    ]
    country = _common_place(places_told, organisations)
    events = []
    year_named = None
    for sentence in sentences:
        if is_run_in_heading(sentence, sentences):  # a label ("Colorado's moratorium.")
            continue
        context = SentenceContext(published, places, organisations, chooser)
        context.previous = events[-1] if events else None  # what "did so" repeats
        context.earlier = events
        context.year_named = year_named
        context.fallback = lambda s=sentence: _fallback(
            s,
            sentences,
            places_told,
            organisations,
            events,
            text,
            country,
            document_country,
            home,
        )
        events.extend(_like_earlier(read_sentence(sentence, context), events))
        years = WRITTEN_YEAR.findall(sentence.text)
        year_named = int(years[-1]) if years else year_named
    items_kept_apart(events, sentences)
    kept = assemble(events, sentences, published)
    resolve_references(kept, organisations, sentences)
    _date_from_later_sentences(kept, sentences, published)
    date_from_item_ledes(kept, sentences, published)
    _dated_like_the_one_before(kept)
    kept = without_recommendations_of_a_decision(kept)
    for event in kept:
        if (
            event.date is None
            and published is not None
            and _UNDER_WAY.search(event.sentence.text[: event.cue_start + 30])
        ):
            event.date, event.precision = published, DatePrecision.DAY  # "are calling on"
    return kept


def _dated_like_the_one_before(kept):
    """ "The commissioners on Monday called on legislators to ... The commissioners also
    published guidance": what the same actors also did, undated, was done that day."""
    for before, event in itertools.pairwise(kept):
        if event.date is not None or before.date is None:
            continue
        if _SAME_DAY.search(event.sentence.text):
            # "The NYCLU wrote to the commissioner the same day": whoever acts, that day.
            event.date, event.precision = before.date, before.precision
            continue
        if not ALSO_BEFORE.search(event.sentence.text, 0, event.cue_start):
            continue
        if event.actor is not None and before.actor is not None and event.actor != before.actor:
            continue
        event.date, event.precision = before.date, before.precision


def _like_earlier(read, earlier):
    """`read` with "passed similar restrictions" made the kind of measure last reported: a
    verb that names no kind ("passed") takes the one "similar" points back to."""
    measure = next((e.action_type for e in reversed(earlier) if e.specific), None)
    for event in read:
        if _SIMILAR.match(event.sentence.text[event.cue_start :]):
            event.action_type, event.specific = of_the_earlier_kind(
                event.action_type, event.specific, measure
            )
    return read


def _usual_country(named, chooser):
    """The country the document's places are most often in: where "federal" points."""
    counts = {}
    for places, organisations in named:
        records = [f.record for f in places]
        records += [f.record.place for f in organisations if f.record.place]
        for record in records:
            for name in (record.name, *record.parents):
                place = record if name == record.name else chooser.country(name)
                if place is not None and place.kind == "country":
                    counts[place.pk] = counts.get(place.pk, 0) + 1
                    counts.setdefault(("record", place.pk), place)
                    break
    ranked = sorted((n, pk) for pk, n in counts.items() if not isinstance(pk, tuple))
    return counts[("record", ranked[-1][1])] if ranked else None


def _fallback(
    sentence, sentences, places, organisations, events, text, country, document_country, home
):
    """The place of a sentence that names none: the paragraph's (a governing body's named in
    it counts: "The Springfield City Council in Illinois met. The council voted ..." is
    Springfield's), the story's, the title's; for a related item that names no place at all,
    the main story's (`home`)."""
    paragraph_start = min(s.start for s in sentences if s.paragraph == sentence.paragraph)
    earlier = [(f.start, f.record) for f in places if paragraph_start <= f.start < sentence.start]
    if earlier:
        earlier += [
            (f.start, f.record.place)
            for f in organisations
            if paragraph_start <= f.start < sentence.start
            and f.record.place is not None
            and f.record.kind == "government"
        ]
        return most_specific([record for _start, record in sorted(earlier)][-2:])[-1]
    item = item_of(sentence, sentences)
    for event in events:
        if item is not None and event.sentence.start < item[0]:
            continue  # a newsletter's earlier item is another story
        if event.place is not None and event.place_source not in ("company", "none"):
            return event.place
    if item is not None:
        heading = [f.record for f in places if item[0] <= f.start < item[1]]
        if heading:
            return most_specific(heading)[0]
    title = [f.record for f in places if f.start < sentences[0].end and sentences[0].paragraph == 0]
    if title:
        return most_specific(title)[0]
    if country is not None:
        return country
    if _FEDERAL.search(text):
        return document_country
    if not places:
        # "Gov. Greg Abbott on Sunday signed House Bill 149" beside a story about Texas: an
        # item of the same feed that names no place of its own is read where the story is.
        return home
    return None


def _common_place(places, organisations):
    """The deepest place that holds every place the text names (and every acting body's)."""
    records = [f.record for f in places]
    records += [f.record.place for f in organisations if f.record.place is not None]
    if not records:
        return None
    chains = [(r.pk, *r.ancestors) for r in records]
    by_pk = {r.pk: r for r in records}
    common = set(chains[0]).intersection(*map(set, chains[1:]))
    for pk in chains[0]:
        if pk in common:
            if pk in by_pk:
                return by_pk[pk]
            return next((_ancestor(r, pk) for r in records if pk in r.ancestors), None)
    return None


def _ancestor(record, pk):
    """A stand-in record for an ancestor known only by pk and name."""
    index = record.ancestors.index(pk)
    return type(record)(
        pk=pk,
        name=record.parents[index] if index < len(record.parents) else "",
        kind="country" if index == len(record.ancestors) - 1 else "",
        parents=record.parents[index + 1 :],
        ancestors=record.ancestors[index + 1 :],
    )


def _date_from_later_sentences(kept, sentences, published):
    """An undated first action takes the date of the report or decision a later sentence
    dates ("The decision, dated July 13"; "In their report, published in late October")."""

    if not kept or kept[0].date is not None:
        return
    first = kept[0]
    # The headline's date ("... tool on Jan. 1"), then the lede's, which reports no action of
    # its own ("The FTC said on Tuesday that the vendor had no evidence ..."): the day of the
    # news that the action read after it belongs to.
    if sentences and sentences[0].paragraph == 0:
        lede = next((s for s in sentences if s.paragraph > 0), None)
        for sentence in (sentences[0], lede):
            if sentence is None or sentence.start >= first.sentence.start:
                break
            for mention in find_dates(sentence.text, published):
                if mention.date and mention.role == "event":
                    first.date, first.precision = mention.date, mention.precision
                    return
    if _said_on_in_the_next_sentence(first, sentences, published):
        return
    if _since_in_a_later_sentence(first, sentences, published):
        return
    # "has agreed to pay $68.5 million to settle a lawsuit ... The plaintiffs asked a judge on
    # Monday to give the settlement preliminary approval": the day the settlement was filed.
    settled = first.action_type == ActionType.LAWSUIT and _SETTLE.search(first.sentence.text)
    for sentence in sentences:
        if sentence.start <= first.sentence.start:
            continue
        names_settlement = settled and _THE_SETTLEMENT.search(sentence.text)
        if not names_settlement and not _REPORT_WORD.search(sentence.text):
            continue  # a date is taken only after a word of `_DOCUMENT_DATE` or `_SIGNED_ON`
        for mention in find_dates(sentence.text, published):
            before = sentence.text[: mention.start]
            signed = mention.role == "event" and (_SIGNED_ON.search(before) or names_settlement)
            if mention.date and (_DOCUMENT_DATE.search(before) or signed):
                first.date, first.precision = mention.date, mention.precision
                return


# "PimEyes has started blocking searches ... Since last week, when someone uploads a photo,
# the search does not run": what began is dated by the "Since" that says from when.
_ONSET = re.compile(r"(?:(?:has|have|had)\s+)?(?:started|begun|began|starts|begins)\b", re.I)
_SINCE = re.compile(r"\s*Since\s")


def _since_in_a_later_sentence(first, sentences, published):
    """An undated onset ("has started blocking") takes the date of a later sentence (of the
    next five) that opens with "Since" and a date."""

    if not _ONSET.match(first.sentence.text, first.cue_start):
        return False
    following = [s for s in sentences if s.start > first.sentence.start][:5]
    for sentence in following:
        if not _SINCE.match(sentence.text):
            continue
        for mention in find_dates(sentence.text, published):
            if mention.date and mention.role == "event" and mention.start <= 7:
                first.date, first.precision = mention.date, mention.precision
                return True
    return False


# "Big Brother Watch has filed a complaint ... The group said on Tuesday that ...": the lede's
# perfect tense leaves the day to the next sentence, in which whoever acted says so.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:\w+)?$", re.IGNORECASE)
# "The Garante announced the decision on Friday": the decision the lede told of, that day.
_PERFECT_CUE = re.compile(r"(?:has|have)\s", re.IGNORECASE)
_SAID_BY = re.compile(
    r"^[^,;:]{0,60}?\b(?:said|announced(?:\s+(?:it|(?:the|its|their)\s+(?:decision|fine|"
    r"penalty|order|ruling|sanctions?)))?)\s+(?:on\s+)?$"
)


def _said_on_in_the_next_sentence(first, sentences, published):
    """An undated action told in the perfect takes the day the next sentence says it was told."""

    text, cue = first.sentence.text, first.cue_start
    if not (_PERFECT.search(text, 0, cue + 1) or _PERFECT_CUE.match(text, cue)):
        return False  # "has fined": a cue may hold its own auxiliary
    following = [s for s in sentences if s.start > first.sentence.start]
    if not following:
        return False
    for mention in find_dates(following[0].text, published):
        if mention.date and _SAID_BY.match(following[0].text[: mention.start]):
            first.date, first.precision = mention.date, mention.precision
            return True
    return False
