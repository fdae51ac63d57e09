"""The words around a cue that change what it reports: a hedge or a negation before it ("would
ban", "does not ban"), a generic subject ("cities that have banned"), a measure as the subject
("The law bans"), a noun's use ("the ban on"), and the words that name an actor. `cues` says
what reports an action; this module says when the words around it take that back.
"""

import re

from policies.models import ActionType

# Before a cue, in the same clause: the action is wished for, conditional or denied.
HEDGE = re.compile(
    r"\b(?:would|could|might|(?-i:may)|should|can|cannot|need to|needs to|wants? to|"
    r"plan(?:s|ned|ning)? to|intend(?:s|ed|ing)? to|"
    r"hopes? to|aims? to|seeks? to|asking|asks?|asked|urg(?:e|es|ed|ing)|calling (?:on|for)|"
    r"calls? (?:on|to)|called on|call for|calls for|called for|pushed for|argued? for|if|"
    # ("before the resignations were announced, Smith wrote that Axon was pausing": a clause
    # of time closed by its comma leaves the main clause after it as told)
    r"unless|whether|before(?![^.;:,]*,)|were they|must|"
    r"any move to|the only way|is to|proposals? to|efforts? to|attempts? to|in support of|"
    r"propos(?:e|es|ed|ing) amending|"
    r"rather than|instead of|expected to|likely to|set to|due to|to follow with|campaign\w*|"
    r"lobby (?:\S+ ){0,6}to|lobbied|demand(?:s|ed|ing)?|recommend(?:s|ed|ing)?|"
    r"(?:intent|intention) to|"
    # "EU weighing a five-year ban", "the ban it had floated": a measure thought about.
    r"weigh(?:s|ed|ing)|mull(?:s|ed|ing)|float(?:s|ed|ing)|"
    # "Draft AI Rules Stop Short of a Face Recognition Moratorium": the measure is not taken.
    r"(?:stops?|stopped|stopping|falls?|fell|falling) short of)\b[^.;:]*$|"
    # "plans to start using", "will be able to fine": the cue itself begins with the "to".
    r"\b(?:plans?|intends?|intent(?:ion)?|hopes?|aims?|seeks?|wants?|expects?|able)\s+$|"
    # "asks the Commission to prohibit X, and to put in place a moratorium": still asked for.
    r"^\W*(?:and|or)\s+to\s+(?:\S+\s+){0,8}$|"
    # "EU lawmakers back ban on ...": support for a measure, not the measure.
    r"\b(?:back|backs|backed|backing|support|supports|supported|endorse|endorses|endorsed)\s+"
    r"(?:a\s+|the\s+)?$|"
    # "wants the police department to stop using it", "has told the city of Como to stop
    # using", "has long pressed the government to let it use": what others are to do.
    r"\b(?:wants?|wanted|asks?|asked|press(?:es|ed|ing)?|(?:told|tells?|instructed|directed)"
    # (what a body tells its own officers to stop is its own halt, and what it tells
    # prosecutors, whom only their superiors instruct, is its order: "told the state's
    # prosecutors to bar police from using it")
    r"(?!\s+(?:its\s+|their\s+)?(?:officers|staff|employees|agents|detectives)\b)"
    r"(?!\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){0,2}?prosecutors\b))\s+"
    r"(?:\S+\s+){1,8}$",
    re.IGNORECASE,
)
# "A law that widens how police may use fingerprints goes into effect": a modal inside the
# relative clause that describes the measure is what the measure allows, not a hedge on its
# taking effect (`hedge_is_the_measures_content`).
_MEASURE_DESCRIBED = re.compile(
    r"^\W*(?:the|a|an|this|its|their)\s+(?:\S+\s+){0,3}?(?:law|act|bill|ordinance|"
    r"regulation|rules|code|statute|legislation|measure)s?\s+(?:that|which|under which)\b",
    re.IGNORECASE,
)
_TAKING_EFFECT = re.compile(r"\b(?:effect|into force)\b", re.IGNORECASE)
# ("A law that bans it could take effect on Monday": the hedge is on the taking effect)
_MODAL_JUST_BEFORE = re.compile(
    r"\b(?:would|could|might|may|should|can|must|will|shall|to)\s+(?:not\s+)?$", re.IGNORECASE
)


def hedge_is_the_measures_content(clause_before, cue_text):
    """Whether the hedge words before a measure's taking effect all stand in the relative
    clause that says what the measure does."""
    return bool(
        _TAKING_EFFECT.search(cue_text)
        and _MEASURE_DESCRIBED.match(clause_before)
        and not _MODAL_JUST_BEFORE.search(clause_before)
    )


# "one member said she planned to draft a bill that would ...": a measure someone means to
# write is not yet proposed, even where its words ("a bill that would") read as one.
_MEANS_TO = (
    r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|"
    r"want(?:s|ed)?|aim(?:s|ed)?)\s+to\s+"
)
PLANNED_MEASURE = re.compile(
    _MEANS_TO + r"(?:draft|write|introduce|file|bring|propose|sponsor|put forward|table)\s+"
    r"(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$|"
    # ("he intends to introduce a bill": the cue itself begins with the verb)
     + _MEANS_TO + r"$",
    re.IGNORECASE,
)


# "The suspension follows a 2016 report by researchers ...": a measure the text told already,
# as the sentence's subject, with what came before it; the sentence reports no new act.
RETOLD_SUBJECT = re.compile(r"^\W*(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
FOLLOWS = re.compile(r"\s+(?:follows|followed|(?:comes|came)\s+(?:\w+\s+)?after)\b", re.I)


def planned_or_told_already(proposal, prefix, near, text, end):
    """Whether a cue reports a measure only planned ("planned to draft a bill that would", for
    a proposal's cue) or one told already as the subject of "follows"."""
    if RETOLD_SUBJECT.match(prefix) and FOLLOWS.match(text, end):
        return True
    return bool(proposal and PLANNED_MEASURE.search(near))


# A thing as the subject of "would not use": "the government insisted the cameras would not
# use facial recognition" describes the system; it is nobody's pledge.
THING_SUBJECT = re.compile(
    r"\b(?:cameras?|systems?|software|technology|tools?|apps?|algorithms?|devices?)\s+$|"
    # "users' silence will not supply it": a thing of people's, named by their plural
    # possessive, is no company either.
    r"\b\w+s'\s+(?-i:[a-z])\w*\s+$",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not|never|no|didn't|doesn't|don't|won't|failed to|declined to|refused to|"
    r"rejected|voted down|voted against|"
    # "dropping the temporary ban that an earlier draft had considered": no ban is taken.
    r"dropp(?:ed|ing)|drops|abandon(?:s|ed|ing)|scrapp(?:ed|ing)|rul(?:ed|es|ing) out)"
    r"\s+(?:\w+\s+){0,2}$|\bbut does not\s*$|"
    # "unveils AI white paper without the facial recognition ban": the ban is left out.
    r"\bwithout\s+(?:an?\s+|the\s+|its\s+)?(?:(?!(?:and|or|but)\s)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "a community that has banned", "one of a dozen US cities to have done so": a generic subject.
GENERIC_SUBJECT = re.compile(
    r"\b(?:with|of|among|like|other|more|several|many|some|companies|which)\b[^,;]*?"
    r"\b(?:communit(?:y|ies)|cit(?:y|ies)|states?|towns?|countr(?:y|ies)|places|municipalities|"
    r"jurisdictions|companies|firms|retailers|agencies|departments)\s+"
    r"(?:that|which|to|who)\s+(?:\w+\s+){0,2}$|\bcompanies\s+$|\bclass actions?\s+$|"
    # "even as a handful of cities have barred their own agencies": places the text leaves
    # unnamed, counted, as the subject.
    # (not "Customers in several states sued": the places there only say where they live)
    r"(?<!\bin )(?<!\bfrom )(?<!\bacross )(?<!\bof )(?<!\bat )"
    r"\b(?:a handful of|a few|a number of|several|dozens of|some|many|more than \w+)\s+"
    r"(?:[\w-]+\s+)?(?:cities|states|towns|countries|counties|municipalities|governments)\s+"
    r"(?:have\s+|had\s+|already\s+)*$|"
    # "The ministry says the checks will stop people from using other people's cards": what a
    # thing will do is what it is for, no one's act.
    r"\b(?:the|these|its|their)\s+(?:checks|scans|cameras|systems?|software|tools?)\s+"
    r"(?:will|would|can|could)\s+$",
    re.IGNORECASE,
)
# A subject that is itself a measure ("The law bans", "It bars") or a relative pronoun: what
# follows describes a measure already reported.
INSTRUMENT_SUBJECT = re.compile(
    r"^\W*(?:because\s+|as\s+|since\s+)?"
    r"(?:(?:the|this|that|its|their|a|an)\s+(?:same\s+|new\s+|final\s+|proposed\s+|\d{4}\s+)*"
    r"(?:\S+\s+){0,3}?(?:law|act|bill|ordinance|measures?|order|ruling|decision|regulation|rules|"
    r"settlement|legislation|proposal|provision|version|amendment|statute|move|suit|case|"
    r"lawsuit|determination|prop|proposition|deal|agreement|code)\b|it\b|they\b|which\b|that\b|"
    r"prop\b)",
    re.IGNORECASE,
)
# What is done the world over, or in the whole of one country, told with no place of its own.
WORLDWIDE = re.compile(
    r"\b(?:across the globe|around the world|worldwide|globally|across the world|global ban)\b",
    re.IGNORECASE,
)
# "A national moratorium ... is in force": a measure of the whole country, told with no place.
NATIONWIDE = re.compile(r"\b(?:national|nationwide|country-wide|countrywide)\s+(?:\w+\s+)?$", re.I)
ADJECTIVE_USE = re.compile(r"\b(?:at|the|a|an|of|in|for|on)\s+$", re.IGNORECASE)
# "the near-total ban", "similar bans": a noun, which reports nothing without a verb.
NOUN_USE = re.compile(
    r"\b(?:a|an|the|its|their|this|that|these|those|similar|any|no|of|on|for|with|local|statewide)"
    r"\s+(?:[\w-]+\s+){0,2}$|"
    r"(?:^|[:;]\s*)(?-i:[A-Z][\w.'-]*)\s+$",  # "Boston ban is a model": a place's ban
    re.IGNORECASE,
)
NOUN_FOLLOWS = re.compile(
    r"\s*(?:$|[,.;:)]|(?:on|of|in|that|which|and|or|but|would|could|remains|is|was|will|"
    r"passes|passed|took|takes|for|from|by|to|has|had|have)\b)",
    re.IGNORECASE,
)
# A subject that is a business: "The railway, known as JR East, began using the system".
COMPANY_SUBJECT = re.compile(
    r"^\W*(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|railway|retailer|chain|club|"
    r"operator|supermarket|airline|store|bank|platform|startup|insurer|carrier)\b",
    re.IGNORECASE,
)
# The businesses a relative clause describes: "the companies, which began scanning irises".
COMPANIES_DESCRIBED = re.compile(
    r"\b(?:the|its|a|two|three|both)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|firms?|"
    r"retailers?|chains?|operators?|startups?|platforms?)\W*$",
    re.IGNORECASE,
)
RELATIVE_START = re.compile(r"^\W*(?:which|who)\b", re.IGNORECASE)
# Words that name someone able to act, when no organisation is recognised.
# ("Gov." ends in a period, so no word boundary can follow it: it is matched on its own.)
ACTOR_WORDS = re.compile(
    r"\bgov\.(?!\w)|"
    r"\b(?:council(?:lors|ors|members)?|voters|lawmakers|legislat(?:ure|ors)|parliament|"
    r"assembly|governor|mayor|president|commission(?:ers?)?|regulators?|watchdog|authority|court|"
    r"judges?|justices|company|shareholders|attorney general|town meeting|senate|house|"
    r"president|prime minister|premier|chancellor|"
    r"department|police|government|supervisors|board|city|state|office|agency|minist(?:er|ry)|"
    r"cabinet|administration|congress|groups|organi[sz]ations|coalition|alliance|researchers|"
    r"members)\b",
    re.IGNORECASE,
)


# "The law also bars ...", "The commissioners also published ...": one more of what was read.
# "Krishna Schaumburg Tan, a tanning salon sued for sharing customers' fingerprints": a
# participle that says what the party named is, in the case a ruling decides, no new suit.
DESCRIBED_AS = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
PARTICIPLE_FOLLOWS = re.compile(r"\s+(?:for|over)\b", re.IGNORECASE)
# "cameras look for people barred from the property": a participle that says who the people
# are, no measure of anyone's.
PEOPLE_DESCRIBED = re.compile(
    r"\b(?:people|persons?|someone|somebody|individuals|those|anyone|residents|tenants|"
    r"shoppers|customers|"
    r"riders|passengers|visitors|fans|students|patrons|drivers)\s+$",
    re.IGNORECASE,
)
BARRED_FROM = re.compile(r"(?:barred|banned|prohibited)\s+from\b", re.IGNORECASE)
# "to keep out lawyers from firms suing the company": "suing" right after a plural noun says
# who the people are (parties to a suit told of), no suit brought in the sentence; "is suing",
# "Texas suing" are not read so.
# "a lower bar than most states set": "bar" as a noun, a standard, no measure ("a bar on
# face recognition" is one, and "to bar" the verb).
BAR_AS_A_NOUN = re.compile(
    r"\b(?:a|an|the|this|that|its|their|lower|higher|high|low|new)\s+$", re.IGNORECASE
)
NOT_A_BAR_ON = re.compile(r"\s+(?!on\b|against\b)", re.IGNORECASE)
NOUN_SUING = re.compile(r"\b(?!(?:is|was|has|its|this|as|us|thus|always|perhaps)\s)[a-z]+s\s+$")
# "ruled ... siding with a White Castle manager who sued over fingerprint scans": the party a
# ruling sides with, told by the suit it decides, brings no new suit.
PARTY_SIDED_WITH = re.compile(
    r"\b(?:sid(?:ing|ed|es) with|in favou?r of)\s+(?:[\w'-]+\s+){0,5}?(?:who|which)\s+"
    r"(?:had\s+)?$",
    re.IGNORECASE,
)
# "Bellingham, the seat of Whatcom County, is the first city ...": a place named only to say
# where the place before it is, which is what the sentence is about.
DESCRIBING_A_PLACE = re.compile(r",\s+the\s+(?:[\w-]+\s+){0,3}(?:of|in)\s+$", re.IGNORECASE)


def describes_the_place_before(text, place_start, places):
    """Whether the place at `place_start` stands in an apposition to a place just before it."""
    hit = DESCRIBING_A_PLACE.search(text, 0, place_start)
    return hit is not None and any(end == hit.start() for _s, end, _r in places)


ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)
# Before a content cue, an instrument its subject already has: "The department has a written
# policy that lets detectives use facial recognition" tells what the policy allows, not an act.
HELD_INSTRUMENT = re.compile(
    r"\b(?:has|have|had)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:policy|rules?|(?:general\s+)?order|"
    r"directive)\s+(?:that|which)\s+$",
    re.IGNORECASE,
)
# "to see whether they followed its rules, which bar them from keeping the photos": what a
# body's standing rules or terms say, told in passing, is no measure taken.
_STANDING_RULES = re.compile(
    r"\b(?:its|their|whose)\s+(?:own\s+)?(?:rules|terms|guidelines|policies|contracts),"
    r"\s+which\s+$",
    re.IGNORECASE,
)
_NAMED_LIKE = {ActionType.BAN, ActionType.MORATORIUM}
# "the Facial Recognition and Biometric Technology Moratorium Act": a measure word capitalised
# within a bill's name, even where the sentence is capitalised throughout like a headline.
_IN_A_BILLS_NAME = re.compile(r"(?:\s+[A-Z][\w-]*)*?\s+(?:Act|Bill)\b")


def rules_already_held(text, start, near):
    """Whether the cue at `start` tells what rules a body already has, not a measure taken.

    "has a written policy that lets detectives use" (`near` is the text just before the cue),
    "followed its rules, which bar them from keeping the photos".
    """
    return bool(
        HELD_INSTRUMENT.search(near) or _STANDING_RULES.search(text, max(0, start - 60), start)
    )


def inside_a_name(action_type, text, start, end, headline):
    """Whether a capitalised ban or moratorium word is part of a name ("launched Ban the Scan").

    In a headline, capitalised throughout, only a word inside a bill's name counts.
    """
    return bool(
        action_type in _NAMED_LIKE
        and start
        and text[start].isupper()
        and (not headline or _IN_A_BILLS_NAME.match(text, end))
    )


# A sentence that opens on what came before its act, after a dateline if any: "Two weeks
# after it let police use facial recognition again, ...", "After the council voted, ...".
OPENING_BEFORE = re.compile(
    r"(?:[A-Z][\w .,'\u2019-]*?\s[\u2014\u2013-]+\s*)?"
    r"(?:(?:[\w-]+ )?(?:hours?|days?|weeks?|months?|years?) after|(?:Shortly|Soon|Just) after|"
    r"After|Following)\s[^,;]*,\s"
)

# "..., the commissioner said on Monday, a decision that suspends the company's contract": an
# apposition telling what the act told before it brings about, no act of its own.
CONSEQUENCE_BEFORE = re.compile(
    r",\s+(?:a|the)\s+(?:decision|move|step|change)\s+(?:that|which)\s+(?:\w+\s+)?$"
)

# Between names listed together: organisations ("A, B and the C") and places, which a
# qualifier or "as well as" may join too ("Somerville and Cambridge, as well as Oakland in
# California").
LISTED_ORGANISATIONS = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?", re.IGNORECASE)
LISTED_PLACES = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|\s+in|,?\s+as well as|,?\s+along with)\s+")


# What a cue acts on when it is another surveillance technology: "had stopped using predictive
# software", said in a sentence with no word for faces or other biometrics, is no action here.
_OTHER_TECHNOLOGY = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:predictive (?:policing|software|algorithms?|tools?)|licen[cs]e[- ]"
    r"plate (?:readers?|cameras?)|gunshot detection|cell[- ]site simulators?|spyware|"
    r"stingrays?)\b",
    re.IGNORECASE,
)
_BIOMETRIC = re.compile(r"\b(?:fac(?:e|es|ial)|biometrics?|fingerprints?|iris|palm|gait)\b", re.I)


def about_another_technology(text, end):
    """Whether the cue ending at `end` acts on another technology than biometrics, in a
    sentence that names none."""
    return bool(_OTHER_TECHNOLOGY.match(text, end)) and not _BIOMETRIC.search(text)


# A thing a measure bans, told in the passive after it: "..., and paid loot boxes in games
# aimed at children are banned" names nothing of this field, so the law is no ban of faces
# (not "its use is banned", "such systems are banned": the technology said before).
_BANNED_IN_THE_PASSIVE = re.compile(r"\b(?:is|are|will be|would be)\s+(?:also\s+)?$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:it|its|their|such|this|these|those|the practice)\b", re.I)


def another_thing_banned(prefix, cue):
    """Whether the content cue `cue` ("banned"), after its clause `prefix`, bans in the passive
    a thing the clause names that is no part of this field."""
    subject = prefix[max(prefix.rfind(" and "), 0) :]
    return (
        cue.lower() in ("banned", "prohibited", "outlawed")
        and bool(_BANNED_IN_THE_PASSIVE.search(prefix))
        and not _OF_THIS_FIELD.search(subject)
        and not _SAID_BEFORE.search(subject)
    )


# A measure adopted, told by what it directs: "approved a measure from Council Member Natasha
# Harper-Madison directing that no sworn police positions be added in next year's budget".
_A_MEASURE = re.compile(
    r"\b(?:a|an|another|a separate|a second) (?:measure|resolution|motion|item|ordinance)$", re.I
)
# Any word for what this tracker follows, or for the technology a text spoke of before.
_OF_THIS_FIELD = re.compile(
    r"\b(?:fac(?:e|es|ial)|biometric\w*|fingerprints?|technolog\w+|software|surveillance|"
    r"cameras?|data|privacy|recognition|systems?|tools?|apps?|searches)\b",
    re.IGNORECASE,
)


def about_another_matter(text, cue, prefix):
    """Whether the cue `cue` ("approved a measure") "also" adopts a measure of its own, in a
    sentence that names nothing of this field: another of the day's votes (on a budget, on
    hiring), not a facial recognition policy. (Without "also", "approved an ordinance that
    made Santa Cruz the first city to ban predictive policing" may be the measure the next
    sentence says bars facial recognition.)"""
    return (
        bool(_A_MEASURE.search(cue))
        and bool(ALSO_BEFORE.search(prefix))
        and not _OF_THIS_FIELD.search(text)
    )


# Between an organisation and a cue: a relative clause whose antecedent is a noun after the
# organisation ("The Seventh Circuit said the plaintiffs, who sued under ...": the plaintiffs
# sued, not the court), so the organisation is not the cue's subject.
# (A noun in lower case: "Jackson, Mississippi, which banned" is Jackson's.)
ANOTHER_ANTECEDENT = re.compile(r"\s[a-z][\w'-]*,\s+(?:who|which)\s+(?:[\w'-]+\s+){0,2}$")
