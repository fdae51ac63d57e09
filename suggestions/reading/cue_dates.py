"""Which date each cue of a sentence bears, among the dates the sentence holds. Pure, for
`events.read_sentence`.
"""

import re

# "extended the moratorium that it announced last June", "to settle two lawsuits the state
# brought in 2022": when the thing acted on was made, a date for the cue before it only if
# the sentence has no other.
_MADE_EARLIER = re.compile(
    # Not "a decree that the Senate passed on Thursday", which carries the measure reported.
    r"\b(?:(?:that|which)\s+)?(?:it|they|the\s+\w+)\s+(?:had\s+)?(?:first\s+)?(?:announced|"
    r"introduced|imposed|put in place|brought|filed)\s+(?:(?:in|on|last|this)\s+)?$",
    re.IGNORECASE,
)
# What came out before the act: its dates tell when that happened, not when the act was done.
_CAME_TO_LIGHT = re.compile(
    r"\bafter (?:it|news) (?:emerged|was revealed|was reported|came to light|became known|broke)"
    r" that\b|"
    # "has opened an investigation after documents showed that officers received results ...
    # since the city barred it in 2020": what the documents showed is the cause, with its date.
    r"\bafter (?:\w+ ){1,3}?(?:showed|revealed|found|disclosed|suggested)\b",
    re.IGNORECASE,
)
# "paused the use of facial recognition ... after the Information Commissioner's Office said it
# would be making enquiries": what a body named said before the act, its own act, whose saying
# opens the cue that follows.
_SAID_BEFORE = re.compile(r"\bafter (?:the )?(?:[A-Z][\w'\u2019.-]* ){1,5}?said\b")

# "paused its plans, and the committee will hold hearings in April": a later clause with a
# subject and a future of its own dates what is still to come, not the act before it.
_LATER_CLAUSE_TO_COME = re.compile(
    r",\s+(?:and|but|while)\s+[^.;,]*?\b(?:will|is to|are to|is due to|are due to)\s",
    re.IGNORECASE,
)

# "said on Thursday that officers had been testing it since October, and that the chief had
# ordered them to stop": when a state began, in a clause before the act's, does not date it.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)

# "agreed on Wednesday to pay $550 million, ... a week after the Supreme Court refused to hear
# its appeal": the act told in a clause of time after an interval came that much before the
# date told ahead of it, which is the main clause's.
_INTERVAL_AFTER = re.compile(
    r"\b(?:days|weeks|months|years|(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|"
    r"months?|years?)) (?:after|since)\b[^,;]*$",
    re.IGNORECASE,
)

# "..., and will delete them by Oct. 15, the commissioner said on Friday": the day the whole
# sentence was said is no later clause's.
_SAID_ON = re.compile(r"\b(?:said|says|announced|confirmed)\s+(?:on\s+)?$", re.IGNORECASE)

# "The rapporteur said on Friday that the system installed last month had been introduced
# without ..., and urged the authorities to review it": a verb joined to the one that says
# when shares its date; the dates inside what was said are of what it tells.
_SAID_THAT = re.compile(r"\s+that\b")
_JOINED_VERB = re.compile(r",\s+and\s+$")


def assign_dates(found, dates, text):
    """Each cue's date: one inside the cue is its own; otherwise the nearest date that no
    other cue holds inside itself ("the state's 2022 lawsuit" keeps 2022 to itself), and not
    one past a semicolon ("took effect immediately; the other begins on January 1")."""
    claimed = set()
    for item in found:
        start, end = item.get("scope", (item["start"], item["end"]))
        inside = [d for d in dates if start <= d.start and d.end <= end]
        item["own_date"] = inside[0] if inside else None
        if inside:
            claimed.add(inside[0])
    for item in found:
        if item["own_date"] is not None:
            item["date"] = item["own_date"]
            continue
        best, best_distance = None, None
        for d in dates:
            if d in claimed:
                continue
            if ";" in text[min(item["end"], d.end) : max(item["start"], d.start)]:
                continue
            if item.get("dated_in_clause") and not item["clause"][0] <= d.start < item["clause"][1]:
                continue
            distance = d.start - item["end"] if d.start >= item["end"] else item["start"] - d.end
            if item["clause"][0] <= d.start < item["clause"][1]:
                distance -= 40  # a date in the cue's own clause is nearer than it looks
            if d.role == "effective":
                distance += 60
            if (
                d.end <= item["start"]
                and _SAID_ON.search(text, max(0, d.start - 25), d.start)
                and _SAID_THAT.match(text, d.end)
                and _JOINED_VERB.search(text, 0, item["start"])
            ):
                distance -= 1000  # "said on Friday that ..., and urged": the day it was said
            if (
                d.end <= item["start"]
                and _SINCE.search(text, max(0, d.start - 8), d.start)
                and not item["clause"][0] <= d.start < item["clause"][1]
            ):
                distance += 100  # "had been testing it since October, and that the chief ordered"
            if d.end <= item["start"] and _INTERVAL_AFTER.search(text, d.end, item["start"]):
                continue  # "agreed on Wednesday ..., a week after the court refused to hear it"
            if d.start >= item["end"] and _made_earlier(text, item["end"], d.start):
                distance += 100  # "extended the moratorium that it announced last June"
            if (
                d.start >= item["end"]
                and _LATER_CLAUSE_TO_COME.search(text, item["end"], d.start)
                and not _SAID_ON.search(text, max(0, d.start - 25), d.start)
            ):
                continue
            if d.start >= item["end"] and _CAME_TO_LIGHT.search(text, item["end"], d.start):
                continue  # "stopped the trial, after it emerged that officers had tested it in May"
            if d.start >= item["end"] and _OF_A_THING.search(text, max(0, d.start - 30), d.start):
                distance += 100  # "ordered ... records of searches during the protests of 2020"
            if _dates_another_thing(text, d, item):
                continue  # "wrote to the commissioner, arguing that a 2004 state law bars it"
            if best_distance is None or distance < best_distance:
                best, best_distance = d, distance
        item["date"] = best


# "the racial justice protests of 2020": a year after "of" names what the noun before it was
# (not when the act was done), unless that noun is a time ("in the summer of 2020").
_OF_A_THING = re.compile(
    r"\b(?!(?:summer|spring|autumn|fall|winter|end|start|beginning|middle|half|course|rest|"
    r"part|quarter|close|turn)\b)[a-z]+\s+of\s+$"
)
# "a 2004 state law", "a 2016 report": a year before a law or a study tells when it was made
# (not "its 2021 determination", which may be the very finding the cue told).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:laws?|statutes?|acts?|reports?|study|studies|surveys?|"
    r"polls?|audits?|papers?|reviews?|analys[ie]s|books?)\b"
)


def _dates_another_thing(text, d, item):
    """Whether `d` is a bare year that qualifies a law or a study told in a later clause
    than the cue ("wrote ..., arguing that it violates a 2004 state law"), rather than the
    cue's own ("its 2020 ban", "its 2021 determination ordering Clearview to stop")."""
    if not (len(d.text) == 4 and d.text.isdigit()):
        return False
    if not (
        _ARTICLE_BEFORE.search(text, max(0, d.start - 8), d.start)
        and _WORD_AFTER.match(text, d.end)
    ):
        return False
    # (not "a pause imposed by a 2020 state law", where the law is what took the act)
    return d.start >= item["end"] and "," in text[item["end"] : d.start]


def came_to_light(text, start, end):
    """Whether a clause of what came out before the act ("after it emerged that", "after
    documents showed") opens between `start` and `end`, or one of what a body said before it,
    whose "said" opens the cue at `end`."""
    return start < end and (
        _CAME_TO_LIGHT.search(text, start, end) is not None
        or _SAID_BEFORE.search(text, start, end + len("said")) is not None
    )


def _made_earlier(text, cue_end, date_start):
    """Whether the words before a date say when the thing acted on was made, after the cue:
    not the cue's own verb ("follows a complaint the worker filed in 2021": the filing is the
    complaint's, and 2021 its date)."""
    match = _MADE_EARLIER.search(text, 0, date_start)
    return match is not None and match.start() >= cue_end
