"""Organisations an action's sentence names only by reference, found in the sentences around.

News names a body once and then refers back to it: "The Garante opened an inquiry in May.
On Tuesday the regulator fined Clearview AI"; "... Acme said. It will stop selling ...". An
action whose sentence has such a subject ("the council", "the regulator", "the company", "it")
and no actor of its own is taken by the nearest organisation named before it of a kind the
words fit (a headline's "Dutch privacy watchdog fines ..." by the first one named after it,
as the body names it). And a case described apart from the court's ruling on it ("The case
began in 2016, when Rosenbach sued Six Flags") gives the ruling its parties, and a suit said
to "name" bodies in a sentence of its own ("The suit names the TSA and ICE") has them as parties.
"""

import re

from policies.models import ActionType

from .signatories import add_signatories

T = ActionType
_GOVERNING = ("government",)
_REFERENCE_KINDS = {
    "regulator": ("regulator",), "watchdog": ("regulator",), "authority": ("regulator",),
    "commissioner": ("regulator",), "commission": ("regulator", "government"),
    "agency": ("regulator", "government"), "office": ("regulator", "government"),
    "council": _GOVERNING, "board": _GOVERNING, "supervisors": _GOVERNING,
    "legislature": _GOVERNING, "parliament": _GOVERNING, "assembly": _GOVERNING,
    "senate": _GOVERNING, "lawmakers": _GOVERNING, "legislators": _GOVERNING,
    "government": _GOVERNING, "ministry": _GOVERNING, "administration": _GOVERNING,
    "department": _GOVERNING, "police": _GOVERNING, "force": _GOVERNING,
    "mission": _GOVERNING,
    "company": ("company",), "firm": ("company",), "retailer": ("company",),
    "chain": ("company",), "vendor": ("company",), "startup": ("company",),
    "giant": ("company",), "platform": ("company",), "supplier": ("company",),
    "provider": ("company",), "court": ("court",), "tribunal": ("court",),
    "judge": ("court",), "justices": ("court",),
    "group": ("civil_society", "coalition"), "coalition": ("coalition", "civil_society"),
    "organisation": ("civil_society", "coalition"), "organization": ("civil_society", "coalition"),
    "campaigners": ("civil_society", "coalition"), "charity": ("civil_society",),
}  # fmt: skip
# Who can take an action of each type, for a subject that says nothing of its kind ("it").
_ACTOR_KINDS = {
    T.ENFORCEMENT: ("regulator",), T.COURT_RULING: ("court",),
    T.CORPORATE_PLEDGE: ("company",), T.BAN: _GOVERNING, T.MORATORIUM: _GOVERNING,
    T.REGULATION: _GOVERNING, T.REPEAL: _GOVERNING, T.AUTHORISATION: _GOVERNING,
    T.BILL: _GOVERNING,
}  # fmt: skip
_NOUNS = "|".join(sorted(_REFERENCE_KINDS, key=len, reverse=True))
# A sentence that opens on a description ("The company said ...", "The Dutch watchdog found").
# "A federal judge in Chicago on Monday rejected ...", "A Cook County judge": a court described
# without its name still decides as one.
# A dateline before the subject ("NEW YORK — A state judge has ordered ...") opens no less.
_DATELINE = r"(?:[A-Z][\w .,'\u2019-]*?\s[\u2014\u2013-]+\s*)?"
_OPENING_COURT = re.compile(
    _DATELINE + r"(?:A|An)\s+(?:[\w'-]+\s+){0,3}?(?:judge|court|tribunal)\b"
)
# ("The privacy commissioners of Canada, Quebec ...": bodies introduced by their places; "The
# four commissioners" refers back to those named before, whose act is told already)
_OPENING_DESCRIPTION = re.compile(
    rf"(?:The|Its)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_NOUNS})(?:(?<!s)s(?=\s+(?:of|in)\s))?\b"
)
# A government named by its place: "The City of Austin", "the State of Texas" (after a dateline).
_OPENING_GOVERNMENT = re.compile(_DATELINE + r"[Tt]he (?:City|Town|County|State) of [A-Z]")


# "The ruling comes weeks after the commissioner opened an investigation": the subject of a
# clause of time or cause is described as a sentence's opening subject is.
_CLAUSE_DESCRIPTION = re.compile(
    rf"\b(?:after|before|since|when|because|once|until|while)\s+the\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUNS})\b"
)


def described_kinds(text):
    """The kinds of organisation `text` describes as a subject, at its opening or opening a
    clause of time or cause, for a cue that only such an organisation takes."""
    kinds = opening_kinds(text)
    for described in _CLAUSE_DESCRIPTION.finditer(text):
        kinds |= set(_REFERENCE_KINDS[described["noun"]])
    return kinds


def opening_kinds(text):
    """The kinds of organisation `text` opens by describing ("The company said it had cancelled
    the contract": a company), for a cue that only such an organisation takes."""
    described = _OPENING_DESCRIPTION.match(text)
    if described is None and _OPENING_COURT.match(text):
        return {"court"}
    if described is None and _OPENING_GOVERNMENT.match(text):
        # "The City of Austin has opened an investigation": a place's executive, which may
        # also open an inquiry, as a regulator does (a legislature's committee writes instead).
        return {"government", "executive"}
    return set(_REFERENCE_KINDS[described["noun"]]) if described else set()


# The subject of the cue: a definite description ("the regulator", "the city's council",
# "the Dutch watchdog") or "it", with at most a few words (a date, an adverb) before the verb.
_DESCRIPTION = re.compile(
    rf"(?:^|[,;]\s+|\b(?:and|that|but|when|then)\s+|\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?)(?P<noun>{_NOUNS})\s+(?P<gap>(?:[\w,'-]+\s+){{0,6}})$"
)
_PRONOUN = re.compile(
    r"(?:^\W*|[,;]\s+|\b(?:and|that|but|then|\w+day|week|month|year|\d+|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+)"
    r"(?P<noun>[Ii]t)\s+(?P<gap>(?:[\w,'-]+\s+){0,4})$"
)
# A headline's subject ("Dutch privacy watchdog fines ..."), with no article.
_HEADLINE_SUBJECT = re.compile(rf"^(?:[\w'-]+\s+){{0,3}}(?P<noun>{_NOUNS})\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_VERB_IN_GAP = re.compile(r"\b(?:said|says|say|told|asked|wants|warned|argued)\b")
_REPRESENTED = re.compile(r",\s*(?:which|who)\s+(?:had\s+|have\s+|has\s+)?represent(?:ed|s)\b")
# Between two names of a list; the second may be named with its owner ("and the University of
# Michigan Law School's Civil Rights Litigation Initiative").
_LIST_BEFORE = re.compile(
    r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w.&-]*\s+(?:of\s+|for\s+)?)*[A-Z][\w.&-]*'s\s+)?"
)
# "The suit names Customs and Border Protection ... as well as the department itself": the
# parties a suit reported before is brought against, listed in a sentence of their own.
_SUIT_NAMES = re.compile(
    r"^\W*(?:The|That|This|Its|Their)\s+(?:\w+\s+)?(?:suit|lawsuit|complaint|petition)\s+"
    r"(?:also\s+)?names\b"
)
_CASE = re.compile(
    r"^\W*(?:The|That|This)\s+(?:\w+\s+)?(?:case|suit|lawsuit|complaint|challenge)\b"
)


def resolve_references(events, organisations, sentences):
    """Give each event whose actor the sentence names only by reference that actor, each
    ruling the parties of the case a later sentence describes, and each letter the signers a
    later sentence lists."""
    for event in events:
        if event.actor is None:
            found = _referent(event, organisations, sentences)
            if found is not None:  # first, and the actor even if also named after the verb
                others = [(o, r) for o, r in event.organisations if o != found.record]
                event.organisations[:] = [(found.record, "actor"), *others]
    _parties_of_the_case(events)
    _counsel(events, organisations, sentences)
    _parties_named(events, organisations, sentences)
    add_signatories(events, organisations, sentences)


def _referent(event, organisations, sentences):
    sentence = event.sentence
    before = sentence.text[event.clause_start : event.cue_start]
    if _PASSIVE.search(before):
        return None
    clause = (sentence.start + event.clause_start, sentence.start + event.cue_start)
    if any(clause[0] <= f.start < clause[1] for f in organisations):
        return None  # the clause names who acts
    if sentence.paragraph == 0 and (match := _HEADLINE_SUBJECT.match(before.lstrip(",; "))):
        kinds = _REFERENCE_KINDS[match.group("noun").lower()]
        return next(
            (f for f in organisations if f.start >= sentence.end and f.record.kind in kinds), None
        )
    match = _DESCRIPTION.search(before)
    if match is not None:
        kinds = _REFERENCE_KINDS[match.group("noun").lower()]
    else:
        match = _PRONOUN.search(before)
        kinds = _ACTOR_KINDS.get(event.action_type)
        if match is None or kinds is None:
            return None
    if _VERB_IN_GAP.search(match.group("gap")):
        return None  # "the regulator said the council banned": the council's act
    since = 0
    if match.group("noun").lower() == "it":  # "it" reaches back only within its paragraph
        since = min(s.start for s in sentences if s.paragraph == sentence.paragraph)
    earlier = [
        f for f in organisations
        if since <= f.start and f.end <= clause[0] and f.record.kind in kinds
    ]  # fmt: skip
    return earlier[-1] if earlier else None


def _counsel(events, organisations, sentences):
    """Those who "represented" a party, in any sentence, take part in the lawsuit reported
    before it ("The ACLU and the ACLU of Michigan, which represented Williams, called ...")."""
    lawsuits = [e for e in events if e.action_type == T.LAWSUIT]
    if not lawsuits:
        return
    for sentence in sentences:
        for match in _REPRESENTED.finditer(sentence.text):
            counsel = _listed_before(sentence, sentence.start + match.start(), organisations)
            if not counsel:
                continue
            lawsuit = next(
                (e for e in reversed(lawsuits) if e.sentence.start <= sentence.start),
                lawsuits[0],
            )
            known = {org for org, _role in lawsuit.organisations}
            lawsuit.organisations.extend((org, "actor") for org in counsel if org not in known)


def _parties_named(events, organisations, sentences):
    """Those a sentence says a suit "names" are parties to the lawsuit reported before it, the
    ones it is brought against ("The suit names the TSA and ICE as well as the department")."""
    lawsuits = [e for e in events if e.action_type == T.LAWSUIT]
    for sentence in sentences:
        match = _SUIT_NAMES.match(sentence.text)
        earlier = [e for e in lawsuits if e.sentence.start < sentence.start]
        if match is None or not earlier:
            continue
        lawsuit = earlier[-1]
        known = {org for org, _role in lawsuit.organisations}
        for found in organisations:
            after = sentence.start + match.end() <= found.start and found.end <= sentence.end
            if after and found.record not in known:
                lawsuit.organisations.append((found.record, "target"))
                known.add(found.record)


def _listed_before(sentence, position, organisations):
    """The organisations listed right before `position` ("A, B and C, which ...")."""
    named = [f for f in organisations if sentence.start <= f.start and f.end <= position]
    listed, end = [], position
    for found in reversed(named):
        between = sentence.text[found.end - sentence.start : end - sentence.start]
        if not (_LIST_BEFORE.fullmatch(between) or (not listed and between.strip() == "")):
            break
        listed.insert(0, found.record)
        end = found.start
    return listed


def _parties_of_the_case(events):
    """A lawsuit reported as "The case ..." after a ruling is the case the ruling decided."""
    for index, event in enumerate(events):
        if event.action_type != T.LAWSUIT or not _CASE.match(event.sentence.text):
            continue
        ruling = next(
            (e for e in reversed(events[:index]) if e.action_type == T.COURT_RULING), None
        )
        if ruling is None:
            continue
        known = {org for org, _role in ruling.organisations}
        ruling.organisations.extend(
            (org, "target") for org, _role in event.organisations if org not in known
        )
