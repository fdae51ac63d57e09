"""A parsed document in, the policy actions it reports out: `read_document`.

Each text is read on its own, the document's main text (title and excerpt, or title and body)
and each related item's title and excerpt, against its own publication date. Within a text, a
sentence that only says what an action does ("The law bars ...", "It lets police use ...")
is folded into the action already reported, and a headline into the action its first
sentence reports. Across texts, a related item that repeats an event of the document adds no
second suggestion.
"""

import datetime
import re

from articles.parsing import FEED
from policies.dates import DatePrecision, truncate_to_precision
from policies.models import ActionType

from .events import SentenceContext, read_sentence
from .places import PlaceChooser, most_specific, placed_by_document, related
from .proposals import kindred_types, of_the_earlier_kind
from .proposing import RECENT, proposal
from .references import resolve_references
from .sentences import split_sentences

T = ActionType
_DOCUMENT_DATE = re.compile(
    r"\b(?:published|released|issued|dated|announced|made public)\s*,?\s*(?:on\s+|in\s+)?"
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
_FEDERAL = re.compile(r"\b(?:federal|nationwide|national|Congress)\b")
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?!being\b)\w+ing\b")
_ALSO = re.compile(r"\b(?:also|too|as well|likewise)\b")
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
    kept = []  # (related_index, event)
    for (related_index, text, published), (places, organisations) in zip(texts, named, strict=True):
        events = _read_text(text, published, places, organisations, chooser, country)
        for event in events:
            # A related item's report of an event already read is no second suggestion; within
            # one text, `_assemble` has decided already. An undated mention ("joining
            # Springfield") gives way to a report that dates it.
            repeat = next(
                (n for n, (index, other) in enumerate(kept)
                 if index != related_index and _same_event(event, other)),
                None,
            )  # fmt: skip
            if repeat is None:
                kept.append((related_index, event))
            elif kept[repeat][1].date is None and event.date is not None:
                kept[repeat] = (related_index, event)
    return [proposal(event, index, published_of(texts, index)) for index, event in kept]


def published_of(texts, related_index):
    return next(published for index, _text, published in texts if index == related_index)


def _read_text(text, published, places, organisations, chooser, document_country):
    sentences = split_sentences(text)
    country = _common_place(places, organisations)
    events = []
    for sentence in sentences:
        context = SentenceContext(published, places, organisations, chooser)
        context.previous = events[-1] if events else None  # what "did so" repeats
        context.earlier = events
        context.fallback = lambda s=sentence: _fallback(
            s, sentences, places, events, text, country, document_country
        )
        events.extend(_like_earlier(read_sentence(sentence, context), events))
    kept = _assemble(events, sentences, published)
    resolve_references(kept, organisations, sentences)
    _date_from_later_sentences(kept, sentences, published)
    for event in kept:
        if (
            event.date is None
            and published is not None
            and _UNDER_WAY.search(event.sentence.text[: event.cue_start + 30])
        ):
            event.date, event.precision = published, DatePrecision.DAY  # "are calling on"
    return kept


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


def _fallback(sentence, sentences, places, events, text, country, document_country):
    """The place of a sentence that names none: the paragraph's, the story's, the title's."""
    paragraph_start = min(s.start for s in sentences if s.paragraph == sentence.paragraph)
    earlier = [f.record for f in places if paragraph_start <= f.start < sentence.start]
    if earlier:
        return most_specific(earlier[-2:])[-1]
    for event in events:
        if event.place is not None and event.place_source not in ("company", "none"):
            return event.place
    title = [f.record for f in places if f.start < sentences[0].end and sentences[0].paragraph == 0]
    if title:
        return most_specific(title)[0]
    if country is not None:
        return country
    if _FEDERAL.search(text):
        return document_country
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


def _combinable(first, second):
    if kindred_types(first.action_type, second.action_type):
        return True
    if not (first.act and second.act and first.specific and second.specific):
        return True
    distinct = {T.LETTER, T.CAMPAIGN, T.CORPORATE_PLEDGE, T.LAWSUIT}
    return not ({first.action_type, second.action_type} & distinct)


def _places_agree(first, second, *, loose=False):
    if "none" in (first.place_source, second.place_source):
        return True
    if first.place is None or second.place is None:
        if first.place is not None or second.place is not None:
            return loose and "context" in (first.place_source, second.place_source)
        return first.actor is None or second.actor is None or first.actor == second.actor
    if first.place.pk == second.place.pk:
        return True
    if loose:
        return related(first.place, second.place) or "context" in (
            first.place_source,
            second.place_source,
        )
    return False


def _dates_agree(first, second):
    if first.date is None or second.date is None:
        return True
    coarse, fine = sorted((first, second), key=lambda e: _RANK[e.precision])
    return truncate_to_precision(fine.date, coarse.precision) == coarse.date


_RANK = {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}


def _same_event(event, other):
    unknown = "none" in (event.place_source, other.place_source)
    if unknown and event.action_type != other.action_type:
        return False  # where one happened is not known: only the same kind of act is the same
    return (
        kindred_types(event.action_type, other.action_type)
        and _places_agree(event, other)
        and _dates_agree(event, other)
    )


_SOURCE_RANK = {
    "sentence": 5, "organisation": 4, "company": 4, "multiple": 4, "global": 4,
    "demonym": 3, "context": 1, "none": 0,
}  # fmt: skip
_NAMED_SUBJECT = re.compile(
    r"^(?:The\s+)?((?:[A-Z][\w.]*|\d+)(?:\s+(?:[A-Z][\w.]*|\d+))+)(?=\s+[a-z])"
)


def _described(event, kept):
    """The action a sentence that only describes one is about: the one whose sentence names
    the same measure ("Prop E carves out ..."), else the last one read."""
    named = _NAMED_SUBJECT.match(event.sentence.text)
    if named:
        words = (re.escape(word) + r"\w*" for word in named.group(1).split())
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b")
        for other in kept:
            if pattern.search(other.sentence.text):
                return other
    return kept[-1]


def _elsewhere(event, kept):
    """Whether `event` says what places of its own also have ("Texas and Washington also have
    biometric privacy laws"): their own measures, not more about one already read."""
    if event.place_source != "sentence" or event.place is None:
        return False
    if not _ALSO.search(event.sentence.text, 0, event.cue_start + 5):
        return False
    return not any(
        other.place is not None
        and other.place_source not in ("context", "none")  # a guess says nothing here
        and related(other.place, event.place)
        for other in kept
    )


def _also_another(event, other):
    """Whether `event` says it "also" befell others than `other` names, each naming someone
    the other does not: "the commissioner found that Bunnings had also interfered with
    privacy", after a finding against Kmart, is a second finding. Undated, it says more of
    the same one ("The law also requires the council to ...")."""
    if event.date is None or not _ALSO.search(event.sentence.text, event.clause_start):
        return False
    theirs = {(org.pk, org.name) for org, _role in other.organisations}
    ours = {(org.pk, org.name) for org, _role in event.organisations}
    return bool(ours - theirs) and bool(theirs - ours)


def _absorber(event, kept):
    """The action already read that `event` only describes further, if any."""
    if not kept:
        return None
    if event.apart or _elsewhere(event, kept):
        return None
    if event.date is None and (not event.act or event.instrument_subject):
        return _described(event, kept)
    if event.instrument_subject:
        # "The code, drawn up by the commissioner, comes into force today": the measure just
        # reported, whoever drafted it, at a date within the one it was reported at.
        described = _described(event, kept)
        if _same_event(event, described) and _places_agree(event, described):
            return described
    for other in reversed(kept):
        if _also_another(event, other):
            continue
        undated_kin = not event.dated and kindred_types(event.action_type, other.action_type)
        if undated_kin and _places_agree(event, other, loose=True):
            return other
        same_actor = (
            event.place is None
            or other.place is None
            or event.actor == other.actor
            or (
                None in (event.actor, other.actor)
                and (event.date, other.date) != (None, None)
                and event.place.pk == other.place.pk
            )
        )
        if same_actor and _same_event(event, other):
            return other
    return None


def _merge(into, event, *, refine=True):
    if into.date is None or (
        event.date is not None
        and _RANK[event.precision] > _RANK[into.precision]
        and _dates_agree(into, event)
    ):
        into.date, into.precision = event.date, event.precision
    if refine and event.specific and not into.specific and not event.mixed:
        into.action_type, into.specific, into.status = (
            event.action_type, event.specific, event.status,
        )  # fmt: skip
    weak = _SOURCE_RANK[into.place_source] <= _SOURCE_RANK["context"]
    if weak and _SOURCE_RANK[event.place_source] > _SOURCE_RANK[into.place_source]:
        into.place, into.place_source = event.place, event.place_source
    known = {(org.pk, org.name) for org, _role in into.organisations}
    into.organisations.extend(
        (org, role) for org, role in event.organisations if (org.pk, org.name) not in known
    )
    into.absorbed.append(event)


def _assemble(events, sentences, published):
    kept = []
    for event in (e for e in events if not e.in_title):
        home = _absorber(event, kept)
        if home is None:
            kept.append(event)
        else:
            _merge(home, event)
    for headline in (e for e in events if e.in_title):
        home = next(
            (
                other for other in kept
                if kindred_types(headline.action_type, other.action_type)
                or (_combinable(headline, other) and _places_agree(headline, other, loose=True))
            ),
            None,
        )  # fmt: skip
        if home is not None:
            place, source = home.place, home.place_source
            if headline.act and not home.act:  # the headline says who did it
                home.organisations[:0] = [
                    o for o in headline.organisations if o not in home.organisations
                ]
            _merge(home, headline)
            if _SOURCE_RANK[source] >= _SOURCE_RANK["context"] and source != "context":
                home.place, home.place_source = place, source  # the body says it more exactly
        else:
            if headline.date is None:
                _date_from_first_sentence(headline, sentences, published)
            kept.insert(0, headline)
    return _letters_that_pledge(kept)


def _letters_that_pledge(kept):
    """A company's letter that carries its own pledge ("In a letter to Congress, IBM's CEO
    ...") is the pledge, not an action of its own."""
    pledges = [e for e in kept if e.action_type == T.CORPORATE_PLEDGE and e.actor]
    out = []
    for event in kept:
        companies = {(o.pk, o.name) for o, _r in event.organisations if o.kind == "company"}
        pledge = next((p for p in pledges if p.actor in companies), None)
        if event.action_type == T.LETTER and pledge is not None:
            _merge(pledge, event, refine=False)
        else:
            out.append(event)
    return out


def _date_from_first_sentence(headline, sentences, published):
    """A headline's undated action happened when the text's first dated sentence says, if
    that is recent ("Dutch watchdog fines Clearview AI" / "said this week")."""
    from .dates import find_dates

    if published is None:
        return
    first = next((s for s in sentences if s.paragraph != 0), None)
    if first is None:
        return
    for mention in find_dates(first.text, published):
        if mention.date and mention.role == "event" and published - mention.date <= RECENT:
            headline.date, headline.precision = mention.date, mention.precision
            return


def _date_from_later_sentences(kept, sentences, published):
    """An undated first action takes the date of the report or decision a later sentence
    dates ("The decision, dated July 13"; "In their report, published in late October")."""
    from .dates import find_dates

    if not kept or kept[0].date is not None:
        return
    first = kept[0]
    if sentences and sentences[0].paragraph == 0 and first.sentence is not sentences[0]:
        for mention in find_dates(sentences[0].text, published):  # "... tool on Jan. 1"
            if mention.date and mention.role == "event":
                first.date, first.precision = mention.date, mention.precision
                return
    for sentence in sentences:
        if sentence.start <= first.sentence.start or not _REPORT_WORD.search(sentence.text):
            continue  # a date is taken only after a word of `_DOCUMENT_DATE` or `_SIGNED_ON`
        for mention in find_dates(sentence.text, published):
            before = sentence.text[: mention.start]
            signed = mention.role == "event" and _SIGNED_ON.search(before)
            if mention.date and (_DOCUMENT_DATE.search(before) or signed):
                first.date, first.precision = mention.date, mention.precision
                return
