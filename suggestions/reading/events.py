"""One sentence in, the policy actions it reports out (before a document puts them together).

For each cue the sentence holds, the reader decides whether it reports an action (not hedged,
negated, quoted or said of "a community that has banned"), then finds its date (the nearest
date expression, a date inside the cue belonging to it alone), its place and its organisations.
Cues of one sentence that do not bring a date of their own describe the same action and are
folded together, the most telling type winning (`folding`).
"""

import re
from dataclasses import dataclass, field

from directory.text import is_title_case
from policies.models import ActionType

from . import cue_context as around
from . import cues as c
from .cue_dates import assign_dates
from .dates import find_dates
from .folding import fold
from .gapping import JOINS, gapped_items, joined_items, joining_items, pro_verb_item
from .gapping import PRO_VERB as PRO_VERB_WORDS
from .grouping import SETTLING
from .lawmakers import beside_lawmakers
from .not_pledges import company_deploys, ordered_too
from .own_words import speaker_quotes
from .places import PlaceChooser
from .references import described_kinds, opening_kinds
from .retyping import RETYPED, CueSite, retyped
from .sentences import STRAIGHT_QUOTES, asks_yes_or_no, clauses_of, quoted_spans, within

_PERIOD_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "has required shops to post a notice since 2021": a measure in force since then began then.
_PERFECT_MEASURE = re.compile(
    r"\b(?:has|have)\s+(?:required|banned|barred|prohibited|restricted|forbidden|mandated)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"\b(?:the|its|their|his|her|an?)\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DATED = re.compile(r"\bdated\s+$", re.IGNORECASE)
# "In a memo dated Thursday, the chief told all personnel to stop ...": the document the act
# was done in, opening the sentence, bears the act's own date; so does a court's decision the
# act was told in ("has rejected the challenge ..., ruling in a decision dated November 4").
_DONE_IN_DATED = re.compile(
    r"(?:^\W*|\bruling )in (?:a|an|the|its|his|her|their) (?:[\w-]+ ){0,2}?(?:memo|memorandum|"
    r"letter|directive|order|email|e-mail|notice|bulletin|decision|judgment|ruling) dated\s+$",
    re.IGNORECASE,
)
# "a 2009 law that requires companies to ...": the year says which law, not when anything was done.
_LAW_OF_YEAR = re.compile(r"\s+(?:law|statute)\b", re.IGNORECASE)
# A measure's drafter or sponsor between commas after it: who wrote it, not who acts now.
# Not "The lawsuit, brought by the ACLU, ...": who brings a case is a party to it.
_DRAFTED_BY = re.compile(
    r",\s+(?:drawn up|drafted|written|authored|sponsored|proposed|introduced|championed|"
    r"issued)\s+(?:[^,;]{0,30}?\s+)?"
    r"by\s+[^,;]+,\s*$"
)
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# "introduced a bill in Congress on Thursday to ban ...": what the bill put forward would do,
# however far its verb stands from the bill; not "passed legislation to ban", which bans.
_A_BILLS_PURPOSE = re.compile(
    r"\b(?:re)?(?:introduc|fil|tabl|propos|unveil|submitt|sponsor|draft)(?:e|es|ed|ing)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:bills?|legislation|measures?|"
    r"proposals?|ordinances?|amendments?)\b[^.;:]{0,90}?\bto\s+$",
    re.IGNORECASE,
)
# "created by Massachusetts' 2020 police reform law", "under the state's 2008 privacy law": a
# year inside a law that a preposition makes no subject of the sentence names that law, not
# when what the sentence reports was done ("Illinois' 2008 law requires ..." dates the law).
_OWNED = re.compile(
    r"\b(?:by|under)\s+(?:(?:the|its|their)\s+)?(?:[\w.-]+(?:'s|\u2019s|s'|s\u2019)\s+)?$",
    re.IGNORECASE,
)
_NAMED_LAW_OF_YEAR = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:law|statute)\b")
_POSSESSOR = re.compile(r"\b(?:its|their|his|her|[\w.-]+(?:'s|\u2019s))\s+$", re.IGNORECASE)
_A_MEASURE_NOUN = re.compile(
    r"\s+(?:ban|ordinance|law|moratorium|resolution|policy|measure|bill|rules)\b", re.IGNORECASE
)
# A subject that stands for the actors just named: what follows adds to their action.
_SHARED_SUBJECT = re.compile(
    r"^\W*(?:and\s+)?(?:both|each|the two|all three)\s+(?:also\s+|then\s+|later\s+)*$",
    re.IGNORECASE,
)


_PARTICIPLE = re.compile(r",\s(?:reversing|overturning|replacing|ending)\b", re.IGNORECASE)
_CASE_IT_WAS_IN = re.compile(r"\bin (?:a|an|the|its|their) [\w-]+ $", re.IGNORECASE)
# Words between a subject and the pledge words after it: "Mexico will no longer ...".
_AUXILIARIES = {"will", "would", "has", "have", "had", "does", "did", "now", "also"}
# What is rolled out to users may be their choice about the technology, not the technology.
_USER_CHOICE = re.compile(
    r"\b(?:setting|settings|option|options|controls?|toggle|opt-in|opt-out)\b", re.IGNORECASE
)


@dataclass
class SentenceContext:
    """What the reader knows about the text around a sentence."""

    published: object  # datetime.date | None: the publication date of this text
    places: list  # Found places of the whole text
    organisations: list  # Found organisations of the whole text
    chooser: PlaceChooser
    fallback: object = None  # () -> the place of the text around the sentence, or None
    previous: object = None  # the last Event the text reported before this sentence
    earlier: list = field(default_factory=list)  # every Event it reported before it
    year_named: int | None = None  # the last year written out before the sentence


def _first_cue(text, lowered):
    """Where in `text` the first cue can begin (0 when not known), or None if it holds none."""
    if lowered is None:
        return 0
    hit = c.ANY_LOWER_CUE.search(lowered)
    if hit is not None:
        return hit.start()
    return 0 if any(cue.pattern.search(text) for cue in c.CASED_CUES) else None


def read_sentence(sentence, context):
    """The actions `sentence` reports, in order."""
    text = sentence.text.translate(STRAIGHT_QUOTES)
    if asks_yes_or_no(text):
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = None  # offsets would not carry over: read the text itself, ignoring case
    first = _first_cue(text, lowered)
    if first is None and (
        context.previous is None or not (PRO_VERB_WORDS.search(text) or JOINS.search(text))
    ):
        return []  # most sentences
    first = first or 0
    offset = sentence.start
    named = [
        (f.start - offset, f.end - offset, f.record)
        for f in context.places
        if sentence.start <= f.start and f.end <= sentence.end
        and not text[f.end - offset : f.end - offset + 6].startswith("-based")
    ]  # fmt: skip
    # Every place named says someone is named; a sponsor's home town is not where a measure goes
    # (a member of Congress's state gives the United States, `lawmakers`).
    places = [
        n for n in beside_lawmakers(text, named)
        if not around.describes_the_place_before(text, n[0], named)
    ]  # fmt: skip
    organisations = [
        (f.start - offset, f.end - offset, f.record)
        for f in context.organisations
        if sentence.start <= f.start and f.end <= sentence.end
    ]
    clauses = clauses_of(text)
    quoted = quoted_spans(text)
    # "'We have paused the program,' the chief said": the speaker's own act, read as told.
    own_words = speaker_quotes(text, quoted, organisations)
    quoted = [span for span in quoted if span not in own_words]
    headline = is_title_case(text)  # "Italy Bans Facial Recognition ...": every word capitalised
    found = []
    kinds = {record.kind for _s, _e, record in organisations}
    opening = opening_kinds(text)  # "The company said it had cancelled the contract"
    kinds |= described_kinds(text)  # and "... weeks after the commissioner opened"
    for cue in c.CUES:
        if cue.needs and not kinds.intersection(cue.needs):
            continue
        if cue.cased or lowered is None:
            matches = (cue.pattern if cue.cased else cue.fallback).finditer(text)
        else:
            matches = cue.pattern.finditer(lowered, first)
        for match in matches:
            start, end = match.span()
            if within(start, quoted) or any(f["start"] <= start < f["end"] for f in found):
                continue
            clause = next((span for span in clauses if span[0] <= start < span[1]), (0, len(text)))
            prefix = text[clause[0] : start]
            near = prefix[-110:]
            # "want to let police search ..., according to the coalition agreement the parties
            # presented": what is wanted is the source's content, the source itself is told.
            near = near[max(0, near.lower().rfind("according to ")) :]
            if cue.action_type == ActionType.BAN and around.ADJECTIVE_USE.search(prefix):
                continue
            if around.inside_a_name(cue.action_type, text, start, end, headline):
                continue  # "launched Ban the Scan", "Press Pause on ...": names, not measures
            # "the near-total ban on ...", but "The law bans the ..."
            noun = around.NOUN_USE.search(prefix) and around.NOUN_FOLLOWS.match(text, end)
            if match.group().lower() in ("ban", "bans") and noun:
                continue
            if around.planned_or_told_already(cue.proposal, prefix, near, text, end):
                continue  # "planned to draft a bill that would", "The suspension follows a"
            if (
                not cue.proposal
                and around.HEDGE.search(near)
                and not around.hedge_is_the_measures_content(prefix, match.group())
            ):
                continue
            if (
                not cue.act
                and around.ALSO_BEFORE.search(prefix)
                and around.INSTRUMENT_SUBJECT.match(text)
            ):
                continue  # "The law ... also bars businesses from selling": one more provision
            if around.NEGATION.search(near) or around.GENERIC_SUBJECT.search(prefix):
                continue
            if not cue.act and around.rules_already_held(text, start, near):
                continue  # "has a written policy that lets", "its rules, which bar them"
            if around.about_another_technology(text, end):
                continue  # "had stopped using predictive software in 2017"
            if not cue.act and around.another_thing_banned(prefix, match.group()):
                continue  # "..., and paid loot boxes in games aimed at children are banned"
            if around.about_another_matter(text, match.group(), prefix):
                continue  # "also approved a measure ... that no sworn police positions be added"
            if around.DESCRIBED_AS.search(prefix) and around.PARTICIPLE_FOLLOWS.match(text, end):
                continue  # "..., a tanning salon sued for sharing fingerprints": what it is
            if around.PEOPLE_DESCRIBED.search(prefix) and around.BARRED_FROM.match(text, start):
                continue  # "looking for people barred from the property": who they are
            if (
                match.group().lower() == "bar"
                and around.BAR_AS_A_NOUN.search(prefix)
                and around.NOT_A_BAR_ON.match(text, end)
            ):
                continue  # "a lower bar than most states set": a standard
            if match.group().lower() == "suing" and around.NOUN_SUING.search(prefix):
                continue  # "lawyers from firms suing the company": who they are
            if cue.action_type == ActionType.LAWSUIT and around.PARTY_SIDED_WITH.search(prefix):
                continue  # "siding with a manager who sued": the ruling's own case
            if _CASE_IT_WAS_IN.search(prefix) and match.group().lower().startswith("case"):
                continue  # "found that BNSF violated the law, in the first case brought under it"
            if cue.action_type == ActionType.AUTHORISATION and (
                company_deploys(match.group(), text, clause, start, organisations)
                or (
                    match.group().lower().startswith("roll")
                    and _USER_CHOICE.search(prefix[-40:] + " " + text[end : end + 40])
                )
            ):
                continue  # "the setting will be rolled out to everyone": a choice, no deployment
            if cue.action_type == ActionType.CORPORATE_PLEDGE and (
                around.THING_SUBJECT.search(prefix)
                or _a_government_drops_a_companys(cue, start, organisations, opening)
                or _place_promises(text, clause, start, places, organisations)
                or ordered_too(match.group(), clause, found)
            ):
                continue
            actor_named = any(clause[0] <= s < start for s, _e, _r in (*places, *organisations))
            actor_named = actor_named or bool(around.ACTOR_WORDS.search(prefix))
            if _A_BILLS_PURPOSE.search(prefix):
                actor_named = False
            drafted = (
                _DRAFTED_BY.search(prefix) if around.INSTRUMENT_SUBJECT.match(prefix) else None
            )
            if drafted:
                actor_named = False  # "The code, drawn up by the commissioner, comes into force"
            # ("under a decision the State Bank of Vietnam issued": its maker named inside it)
            if not cue.specific and not (
                any(s < start for s, _e, _r in named)
                or any(s < end for s, _e, _r in organisations)
                or around.ACTOR_WORDS.search(text[:start])
            ):
                continue  # "measures adopted since June": adopted by no one named
            progressive = re.match(r"\w+ing\b", match.group())  # "have been campaigning"
            passive = (bool(_PASSIVE.search(prefix)) and not progressive) or bool(
                re.match(r"(?:will be|is|are|was|were|be)\b", match.group(), re.IGNORECASE)
            )
            instrument = bool(around.INSTRUMENT_SUBJECT.match(prefix)) or bool(
                re.search(r"\b(?:which|that)\s+(?:\w+\s+)?$", prefix)
            )
            if cue.action_type in RETYPED:
                site = CueSite(match.group(), prefix, text, start, kinds, opening, organisations)
                cue = retyped(cue, site)
            found.append({
                "cue": cue, "start": start, "end": end, "clause": clause, "passive": passive,
                "act": not passive and (cue.act or (actor_named and not instrument)),
                "instrument": instrument and not actor_named,
                "refers_back": _refers_back(match.group(), prefix, cue, context.earlier),
                "settles": bool(SETTLING.search(text, max(0, start - 40), end)),
                # "The measures, issued in March by ...": March dates the drafting, not this.
                "undated_span": (clause[0] + drafted.start(), start) if drafted else None,
            })  # fmt: skip
    found = [
        f for f in found
        if not (around.CONSEQUENCE_BEFORE.search(text, 0, f["start"])
                and any(g["start"] < f["start"] for g in found))
    ]  # fmt: skip
    opening = around.OPENING_BEFORE.match(text)
    if opening and any(f["start"] >= opening.end() for f in found):
        # "Two weeks after it let police use facial recognition again, the council on Thursday
        # voted for an ordinance ...": the act the sentence opens after is an earlier one.
        found = [f for f in found if f["start"] >= opening.end()]
    if found or context.previous is not None:
        repeated = pro_verb_item(text, context.previous, (*places, *organisations), found, clauses)
        if repeated is not None:
            found.append(repeated)
    if context.previous is not None and not any(item["cue"].specific for item in found):
        # "Boston joins Somerville ... and Oakland, which passed similar ordinances": the
        # places joined took the measure last reported, which "similar ordinances" only repeats.
        found = joined_items(text, context.earlier, places) or found
    found.extend(joining_items(text, found, places))
    if not found:
        return []  # most sentences: no need to read their dates
    dates = find_dates(text, context.published, context.year_named)
    dates = [d for d in dates if d.role != "deadline"]
    # "The decision, dated July 13, followed a complaint": the date a document bears dates no
    # other cue; only the finding made in it ("found in an audit dated February that ...").
    documents_dated = [
        d
        for d in dates
        if _DATED.search(text[: d.start]) and not _DONE_IN_DATED.search(text[: d.start])
    ]
    dates = [
        d for d in dates
        if d not in documents_dated
        and not (_INDEFINITE.search(text[: d.start]) and _LAW_OF_YEAR.match(text, d.end))
        and not (d.precision == "year" and _OWNED.search(text[: d.start])
                 and _NAMED_LAW_OF_YEAR.match(text, d.end))
    ]  # fmt: skip
    if len(dates) > 1:  # "voted on Thursday to reverse its 2020 ban": the year names the ban
        dates = [
            d for d in dates
            if not (d.precision == "year" and _POSSESSOR.search(text, 0, d.start)
                    and _A_MEASURE_NOUN.match(text, d.end))
        ]  # fmt: skip
    # "rescinded the 2024 memo": a year between a cue's verb and its instrument names the
    # instrument, not when the cue's act was done.
    dates = [
        d for d in dates
        if not (d.precision == "year" and ((
            _PERIOD_SINCE.search(text[: d.start]) and not _PERFECT_MEASURE.search(text)) or (
            _DETERMINER.search(text[: d.start])
            and any(f["start"] < d.start and d.end <= f["end"] for f in found))))
    ]  # fmt: skip
    found.sort(key=lambda f: f["start"])
    found.extend(gapped_items(text, found, dates, places, organisations))
    found.sort(key=lambda f: f["start"])
    drafting = [f["undated_span"] for f in found if f.get("undated_span")]
    dates = [d for d in dates if not any(a <= d.start < b for a, b in drafting)]
    assign_dates(found, dates, text)
    for item in found:
        if item["date"] is None:
            start, end = item.get("scope", (item["start"], item["end"]))
            item["date"] = next(
                (d for d in documents_dated if start <= d.start and d.end <= end), None
            )
    # "added the moratorium to the bill in September": a step of the moratorium reported, not
    # another one (undated, it only describes that one further, as other sentences do).
    found = [item for item in found if not (item.get("refers_back") and item.get("date"))]
    if not found:
        return []
    for item in found:
        participle = _PARTICIPLE.match(text, item["clause"][0])
        if participle is not None and participle.end() == item["end"]:
            item["date"] = None  # "voted on Thursday to allow it, reversing ...": the same act
    for item in found:
        shared = _SHARED_SUBJECT.search(text[item["clause"][0] : item["start"]])
        if shared and any(other["start"] < item["start"] for other in found):
            item["date"] = None  # "..., and both also ordered": adds to what was said
    return fold(found, sentence, text, places, organisations, context)


def _refers_back(cue_text, prefix, cue, earlier):
    """ "The moratorium" after a moratorium was reported is that one, not another ("The
    lawsuit, filed ..." is told of the suit reported before it in `assembly`)."""
    return (
        cue_text.lower() in ("moratorium", "ban")
        and _DEFINITE.search(prefix) is not None
        and any(event.action_type == cue.action_type for event in earlier)
    )


_DEFINITE = re.compile(r"\b(?:the|this|that|its)\s+$", re.IGNORECASE)


def _place_promises(text, clause, start, places, organisations):
    """A place that is the whole subject of pledge words ("Mexico will not build a database
    ... after the court struck the registry down"): what something else made it give up, no
    company's pledge ("Germany's new government rules out ..." is a government's word)."""
    if any(clause[0] <= s < start for s, _e, _r in organisations):
        return False
    return any(
        text[clause[0] : s].strip() in ("", "The", "the")
        and set(text[e:start].split()) <= _AUXILIARIES
        for s, e, _r in places
        if clause[0] <= s < start
    )


def _a_government_drops_a_companys(cue, start, organisations, opening):
    """ "The chief put a moratorium on the department's use ... and dropped plans to trade
    booking photos to Biometrica": a company named only after a cue that only companies take,
    with a public body named before it, is what the body gives up, not a company's pledge."""
    before = [record.kind for s, _e, record in organisations if s < start]
    return (
        cue.needs == ("company",)
        and "company" not in before
        and "company" not in opening
        and "government" in before
    )
