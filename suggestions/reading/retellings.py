"""An undated sentence that tells again an action the text has already read, in words that
name another kind of act or look elsewhere: a ruling told with its court named, a body's call
after its dated act, a group's call told of by its description, a law told again as "the law".
Pure functions of two events, for `assembly`'s `_absorber`.
"""

import re

from policies.models import ActionType

from .references import opening_kinds

T = ActionType
ALSO = re.compile(r"\b(?:also|too|as well|likewise)\b")


def the_ruling_told_again(event, other):
    """ "A federal appeals court on Monday sided with Meta ... A three-judge panel of the U.S.
    Court of Appeals for the Ninth Circuit upheld a lower court's decision": an undated ruling
    after one the text dated is that ruling told with its court named, wherever each sentence
    looks (a dateline's city, the state whose law it reads)."""
    return (
        event.action_type == T.COURT_RULING
        and other.action_type == T.COURT_RULING
        and other.dated
        and not ALSO.search(event.sentence.text, 0, event.cue_start + 5)
    )


def its_call_again(event, other):
    """ "On Friday, the EDPB and the EDPS adopted a joint opinion ... the EDPB and the EDPS call
    for a general ban": the same bodies' undated call, after an act of theirs the text dated, is
    what that act said (what they "also" did is another act)."""
    return (
        event.action_type == T.CAMPAIGN
        and event.actor is not None
        and event.actor == other.actor
        and other.dated
        and not ALSO.search(event.sentence.text, 0, event.cue_start + 5)
    )


def its_actor_goes_on(event, other):
    """ "Amnesty International published a report on checkpoints in Hebron. The
    organisation called on Israel to stop ...": a group's call, told of by its description
    after its report, is the same campaign wherever each sentence looks."""
    if event.action_type not in (T.CAMPAIGN, T.LETTER) or event.actor is not None:
        return False
    actors = {org.kind for org, role in other.organisations if role == "actor"}
    return bool(actors & opening_kinds(event.sentence.text))


# What a law is told again as: "approved the law", "passed the bill", after the cue's verb.
_THE_LAW = re.compile(
    r"\w+\s+(?:the|that)\s+(?:[\w-]+\s+)?(?:law|bill|legislation|measure)\b", re.IGNORECASE
)
_LAWS = frozenset((T.BAN, T.MORATORIUM, T.BILL, T.REGULATION, T.AUTHORISATION, T.REPEAL))


def the_law_again(event, other):
    """ "The state parliament of Saxony on Wednesday passed a new police law that lets officers
    install cameras with face recognition ... The Landtag in Dresden approved the law with the
    votes of the coalition": an undated verb that names no kind of measure, done to "the law",
    is the law just reported, whatever kind of act its content made it."""
    return (
        not event.specific
        and other.action_type in _LAWS
        and _THE_LAW.match(event.sentence.text, event.cue_start) is not None
        and not ALSO.search(event.sentence.text, 0, event.cue_start + 5)
    )
