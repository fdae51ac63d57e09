"""What the words around a place say of it, for `places.PlaceChooser`: a site or premises where
a company acts, a legislature sitting in a city, officials of several places acting together,
a court named by its place. Patterns only."""

import re

# Officials of several places acting together: "Privacy commissioners in Alberta, British
# Columbia and Quebec issued binding orders" is one joint action of the country's regulators.
JOINT_ACTORS = re.compile(
    r"\b(?:commissioners|regulators|authorities|watchdogs|prosecutors|attorneys general|"
    r"counterparts|colleagues)\s+"
    r"(?:in|of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A site named with its place, before a company's halt: what it stopped there is done there.
SITE_IN = re.compile(
    r"\b(?:estate|development|site|campus|stores?|shops?|stations?|stadiums?|malls?|airports?|"
    r"premises)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A company's own premises: what it does there is done where they are.
PREMISES = re.compile(
    r"\b(?:its|their) (?:[\w-]+ ){0,2}?(?:stores|shops|stations|branches|supermarkets|"
    r"restaurants|outlets|premises|stadiums?|venues|malls|airports|casinos|hotels)\b",
    re.IGNORECASE,
)
# "Lawmakers in Springfield", "legislators in Albany": the legislature sitting in that city,
# whose place is the one above it (the state; for "lawmakers in Washington", the country).
LEGISLATORS_IN = re.compile(
    r"\b(?:lawmakers|legislators|legislature|parliament|congress)\s+in\s+$", re.IGNORECASE
)
# "MONTPELIER — Gov. Phil Scott on Thursday vetoed ...", "SALEM, Ore. (AP) — The governor
# signed ...": the capital in a dateline before a governor who acts; the act is the state's.
GOVERNOR_AFTER_DATELINE = re.compile(
    r"[A-Z][\w .'\u2019-]*?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)]*\)\s*)?"
    r"[\u2014\u2013-]+\s*(?:(?:Lt\.\s+|Lieutenant\s+)?Gov\.|(?:Lieutenant\s+)?Governor\b|"
    r"[Tt]he\s+governor\b)"
)
# "NAIROBI — President Uhuru Kenyatta on Friday signed ...": a head of state's or government's
# act under the capital's dateline is the country's.
LEADER_AFTER_DATELINE = re.compile(
    r"[A-Z][\w .'\u2019-]*?\s*[\u2014\u2013-]+\s*(?:President|Prime Minister)\s+[A-Z]"
)
# A court named by its place, after the place: "in Illinois state court", "a Cook County court",
# "in federal court in Chicago" (the place after "in" is the court's).
IN_COURT = re.compile(
    r"\s+(?:(?:state|federal|district|county|circuit|superior|municipal|civil|criminal|"
    r"appeals)\s+)*courts?\b",
    re.IGNORECASE,
)
# Officials of many states acting together: "The attorneys general of 22 states and the
# District of Columbia asked the judge ..." is one act of the country the states are in.
STATES_TOGETHER = re.compile(
    r"\b(?:attorneys general|governors|legislatures|secretaries of state) of (?:\w+ )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a dozen) states\b",
    re.IGNORECASE,
)
# Where a body met to act, not what it acts for: "Meeting in Istanbul in October, the
# assembly's members adopted a resolution" (an assembly of the world's regulators); "Members
# of the European Parliament voted on Wednesday in Strasbourg", where the Parliament sits.
# ("meeting in the Committee of Permanent Representatives (Coreper) in Brussels": the body
# met in, then its city)
VENUE_IN = re.compile(
    r"\b(?:meeting|met|meets|gathered|gathering|convened|convening|voted|sitting)"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+in\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[^,.;]{0,70}?\s+in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
VENUE_WINDOW = 110  # how far before a place its venue phrase may begin
# A measure told as a kind of place's own, just before its cue: "the state's three-year pause",
# "the country's new law". The place is the one of that kind the text is about, not a city
# named earlier in the sentence.
PLACE_KIND_OWNS = re.compile(
    r"\bthe (state|country|nation|province)'s\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# A place named as one that came before in a ranking: "Virginia became the second state, after
# California, with ..." is Virginia's act; California only went first.
PREDECESSOR_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"latest|next)\s+(?:[\w-]+\s+)?(?:state|country|city|town|county|nation|province)s?\b"
    r"[^.;]{0,30}?\b(?:after|behind|following)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place that only locates another, in an apposition: "Lockport, a small city near Niagara
# Falls, switched on ..." is Lockport's act; Niagara Falls is a landmark, not where it belongs.
LANDMARK_BEFORE = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|suburb|community|borough|township)\s+"
    r"(?:near|outside(?:\s+of)?|close\s+to|(?:just\s+)?(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place that owns the antecedent of a relative clause: "Connecticut's privacy law, which took
# effect in July 2023" is Connecticut's law, though the clause's antecedent is "law".
POSSESSED_ANTECEDENT = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}?[a-z][\w'-]*,\s+(?:who|which)\s"
)
# "Strasbourg rules against Britain's DNA database", "The Strasbourg court found that the
# United Kingdom had violated ...": a city that rules, or whose court or judges find, is the
# court's seat, named for the court, not the place the ruling belongs to.
RULES_AFTER = re.compile(
    r"\s+(?:(?:court|judges)\s+(?:(?:has|have)\s+)?(?:found|finds|held|holds|said|says|"
    r"rules|ruled|decides|decided)|rules|ruled|decides|decided)\b"
)
# Words that tell a governing body or official acts, not a company.
GOVERNING_WORDS = re.compile(
    r"\b(?:office|attorney general|council|commission|regulator|watchdog|authority|government|"
    r"governor|mayor|minister|ministry|ministries|agency|agencies|bureau|department|departments|senator|lawmakers|court|judge)\b",
    re.IGNORECASE,
)

# A clause that opens with a country's federal bodies ("Federal agencies may no longer buy
# cameras made by five Chinese companies"): the measure binds them, so it is their country's,
# not the country a demonym after it says the goods come from.
FEDERAL_SUBJECT = re.compile(
    r"\s*(?:the\s+)?federal\s+(?:agencies|government|departments|officials|employees)\b",
    re.IGNORECASE,
)
