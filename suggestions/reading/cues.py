"""The words that report a policy action.

A cue is a pattern with the type of action it reports. `act` cues name something done (voted
to ban, fined, sued, signed, pledged); `content` cues say what a measure does (bars, allows,
requires) and report an action only when someone is named doing it, otherwise they describe
one already reported. Hedges ("would ban", "urged the council to ban", "considering") and
negations ("does not ban") are checked in the words just before a cue (`cue_context`).
"""

import re
from dataclasses import dataclass

from policies.models import ActionStatus, ActionType

T = ActionType


@dataclass(frozen=True, slots=True)
class Cue:
    action_type: str
    pattern: re.Pattern
    act: bool = True  # an act with its own actor, not a description of what a measure does
    status: str | None = None
    specific: bool = True  # False: the type is a default ("passed a law": a regulation)
    proposal: bool = False  # reports a proposal, so it survives the hedges that kill the rest
    needs: tuple = ()  # organisation kinds the sentence must name ("violated": a regulator)
    cased: bool = False  # read in the text as written, not in lower case
    # The same pattern ignoring case, for the rare text whose lower case has another length.
    fallback: re.Pattern | None = None


def _cue(action_type, pattern, **options):
    """Patterns are written in lower case and read in lower-cased text, which the regex
    engine scans several times faster than text under IGNORECASE."""
    flags = 0 if not options.get("cased") else re.IGNORECASE
    return Cue(
        action_type,
        re.compile(pattern, flags),
        fallback=re.compile(pattern, re.IGNORECASE),
        **options,
    )


_BAN_VERB = r"(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?|outlaw(?:s|ed|ing)?)"
_ENACT = (
    r"(?:approv(?:e|es|ed|ing)|pass(?:es|ed|ing)?|adopt(?:s|ed|ing)?|enact(?:s|ed|ing)?|"
    r"sign(?:s|ed|ing)?|gave (?:its |their )?(?:final )?approval to|"
    r"voted (?:\S+ ){0,4}?(?:to (?:adopt|approve|pass|enact)|for)|pushed through)"
)
_INSTRUMENT = (
    r"(?:ban|bans|moratorium|ordinance|bylaw|law|bill|act|measure|resolution|initiative|"
    r"referendum|proposition|prop|regulation|rules|legislation|article|amendment|statute|"
    r"policy|(?:ab|sb|hb|ld|hr|h\.r\.|s\.)\s?\d+)"
)
# What a match may not be on its own: "as the only reason for an arrest", "based solely on".
_ONLY_BASIS = (
    r"(?:as (?:the )?(?:only|sole) (?:basis|reason|grounds?|evidence)\b|"
    r"based (?:only|solely|exclusively) on\b)"
)
_ASKING = r"(?:call(?:s|ed|ing)|urg(?:es|ed|ing)|ask(?:s|ed|ing)|demand(?:s|ed|ing)|seek(?:s|ing))"
_PLEDGED_VERB = (
    r"(?:add|put|sell|offer|use|build|develop|deploy|provide|make|supply|market|introduce|"
    r"roll out|acquire|buy|purchase)"
)

CUES = [
    # Regulators' enforcement.
    _cue(T.ENFORCEMENT, r"\b(?:has |have |had )?fined\b|\bto fine\b"),
    _cue(T.ENFORCEMENT, r"\bfines (?=(?-i:[A-Z]))", cased=True),
    _cue(T.ENFORCEMENT, r"\bimpos(?:ed|es|ing) (?:a |an )?(?:[\w.,€$£-]+ ){0,5}(?:fine|penalty)\b"),
    _cue(T.ENFORCEMENT, r"\bwarned (?!that\b)(?:\S+ ){1,5}(?:about|over|against)\b"),
    _cue(
        T.ENFORCEMENT,
        r"\border(?:s|ed)? (?:\S+ ){1,7}?to (?:stop|delete|destroy|cease|erase|switch off|"
        r"turn off|disable|suspend|halt)\b",
    ),
    _cue(T.ENFORCEMENT, r"\brequired (?:\S+ ){1,6}to (?:delete|destroy|stop|erase)\b"),
    # "The ICO issued a reprimand to the school": a regulator's formal sanction.
    _cue(
        T.ENFORCEMENT,
        r"\b(?:issu(?:ed|es|ing)|gave) (?:a |an )?(?:formal )?reprimand\b|\breprimand(?:s|ed)\b",
        needs=("regulator",),
    ),
    # A regulator's findings "recommended that they destroy the images": its decision.
    _cue(
        T.ENFORCEMENT,
        r"\brecommend(?:s|ed)? (?:that )?(?:\S+ ){1,4}?(?:delete|destroy|stop|erase|cease)\b",
        needs=("regulator",),
    ),
    _cue(T.ENFORCEMENT, r"\bfindings of (?:their|its|the|a) (?:\w+ )?investigation\b"),
    # "said it would take no regulatory action against Facewatch": the decision that closes
    # a regulator's inquiry is its decision as much as a fine is.
    _cue(
        T.ENFORCEMENT,
        r"\b(?:(?:will|would) )?(?:take|takes|took|taking) no (?:further |formal |regulatory |"
        r"enforcement )*action against\b|\b(?:closed|closes) (?:its|an|the) (?:\w+ )?"
        r"(?:inquiry|investigation)\b",
        needs=("regulator",),
    ),
    _cue(T.ENFORCEMENT, r"\bsettl(?:ed|ing|es) (?:the )?charges\b"),
    _cue(
        T.ENFORCEMENT,
        r"\b(?:breached|violated|broke|interfered with|failed to comply with)\b",
        needs=("regulator",),
    ),
    # "Privacy Commissioner Carly Kind found that Bunnings breached ...": the office in a title.
    _cue(
        T.ENFORCEMENT,
        r"\b(?:commissioners?|regulators?|watchdogs?)\b[^.;]{0,60}?\b(?:found|finds|ruled|rules|"
        r"said|concluded)\b"
        r"[^.;]{0,80}?\b(?:breached|violated|broke|interfered with)\b|"
        # The headline's order: "... breached privacy by using Clearview AI, watchdog finds".
        r"\b(?:breached|violated|broke)\b[^.;]{0,80}?, (?:\w+ ){0,2}?(?:commissioners?|"
        r"regulators?|watchdogs?) (?:finds|found|says|rules|ruled)\b",
    ),
    # A regulator's charges settled: its order, not a lawsuit ("agreed to settle FTC charges").
    _cue(T.ENFORCEMENT, r"\bsettle(?:s|d)? (?:\S+ ){0,3}?charges\b", needs=("regulator",)),
    _cue(T.ENFORCEMENT, r"\bformal notice\b"),
    # "issued a provisional notice to stop further processing": an order, if not yet final.
    _cue(
        T.ENFORCEMENT,
        r"\bissued (?:a |an |its )?(?:provisional |preliminary |formal )?(?:enforcement )?notice\b",
    ),
    _cue(
        T.ENFORCEMENT,
        r"\b(?:launch|open)(?:ed|es|s|ing)? (?:an? |its )?(?:formal |full )?investigation\b",
        needs=("regulator",),
    ),
    _cue(T.REGULATION, r"\bissued (?:a |its )?(?:policy statement|guidance|guidelines|rules)\b"),
    _cue(
        T.REGULATION,
        r"\b(?:published|issued) (?:a |an |its )?(?:formal |negative |unfavourable |"
        r"unfavorable |critical )?opinion\b",
    ),
    # Courts.
    _cue(
        T.COURT_RULING,
        # "rules that" as a verb ("the court rules that"), not the noun ("with rules that").
        r"\bruled\b|(?<!with )(?<!the )(?<!new )(?<!its )(?<!of )\brules that\b|"
        r"\bsided with\b|\bstruck down\b|"
        r"\boverturn(?:ed|s)\b|\breversed\b|\bdeclared\b(?=[^.;]{0,160}\bunconstitutional)|"
        r"\bupheld\b|\bupholds\b|"
        r"\b(?:rejected|dismissed|threw out|tossed out)\b(?= (?:\S+ ){0,3}?(?:lawsuit|suit|"
        r"case|challenge|complaint|appeal|petition|claims?)\b)|"
        r"\bannull?(?:ed|led|s)\b|\bquash(?:ed|es)\b|\binvalidated\b",
    ),
    _cue(
        T.COURT_RULING,
        r"\b(?:court|judge|tribunal)'s\s+(?:\d{4}\s+)?(?:ruling|decision|judgment)\b",
    ),
    _cue(T.COURT_RULING, r"\bordered (?:the |its |a )?[\w ]{0,40}?\bsuspended\b"),
    # "The Court of Appeal ... found South Wales Police's use ... breaches privacy rights".
    _cue(
        T.COURT_RULING,
        r"\b(?:found|finds|held|holds)\b(?=[^.;]{0,140}?\b(?:breach(?:es|ed)?|violat(?:es|ed)|"
        r"(?:was|is|were|are) unlawful|(?:was|is|were|are) illegal|infringe[sd]?)\b)",
        needs=("court",),
    ),
    _cue(
        T.COURT_RULING,
        r"\b(?:judgment|ruling|decision),? (?:was )?handed down\b|"
        r"\bhanded down (?:its |a |the )?(?:judgment|ruling|decision)\b",
    ),
    # "a $650 million settlement ..., approved by a federal judge in February".
    _cue(
        T.COURT_RULING,
        r"\bsettlement\b[^.;]{0,80}?(?<!be )\bapproved by (?:a |the )?(?:[\w-]+ ){0,3}?"
        r"(?:judge|court)\b",  # not "must be approved by the bankruptcy court"
    ),
    # A judge's approval of a settlement decides the case.
    _cue(
        T.COURT_RULING,
        r"\b(?:judge|court)\b[^.;]{0,60}?\b(?:approved|(?:gave|granted) (?:its |her |his )?"
        r"(?:final |preliminary )?approval to) (?:\S+ ){0,3}?(?:settlement|deal)\b",
    ),
    # Lawsuits and settlements.
    _cue(
        T.LAWSUIT,
        r"\bsu(?:ed|es|ing)\b|"
        r"\bfil(?:ed|es|ing) (?:a |the |an )?(?:legal |formal |federal )?"
        r"(?:suit|lawsuit|complaint|case|petition|claim)\b|"
        # ", in a lawsuit brought by ...": the case a decision was made in, said after it.
        r"\b(?<!, in a )(?<!, in the )(?:suit|lawsuit|complaints?) (?:\w+ ){0,2}?(?:was |were )?"
        r"(?:filed|brought)\b|"
        # "annulled ... in a case brought by": the ruling's case, not a lawsuit of its own.
        r"\bcase(?<!in a case)(?<!in the case) (?:\w+ ){0,2}?(?:was |were )?(?:filed|brought)\b|"
        r"\bcomplaints? that (?:[^.;]{0,120}?)\bfiled\b|\bfiled suit\b|"
        r"\b(?:alerted|complained to) (?:\S+ ){0,4}?(?:to|about|over)\b",
    ),
    _cue(T.LAWSUIT, r"\b(?:the )?(?:[\w']+ )?(?:\d{4} )(?:lawsuit|suit|class action)\b"),
    _cue(
        T.LAWSUIT,
        r"\b(?:agreed to (?:pay|settle(?! (?:\S+ ){0,3}?charges\b))|"
        r"(?:to settle|settl(?:es|ed)) (?:\S+ ){0,4}"
        r"(?:lawsuit|suit|case|claims)|settlement (?:was )?announced|under (?:a|the) settlement|"
        r"in (?:a |the )?[\w-]+ settlement)\b",
    ),
    _cue(
        T.LAWSUIT,
        r"\basked (?:the )?[\w ]{0,60}(?:tribunal|court)\b[^.;]{0,20}\bto review\b|"
        r"\bchalleng(?:es|ed|ing) (?:\S+ ){0,4}(?:determination|decision|ruling|order)\b|"
        # "asked for permission to appeal against the tribunal's decision": an appeal sought.
        r"\b(?:(?:asked|asks|applied|applies|sought|seeks) (?:for )?)?(?:permission|leave) to "
        r"appeal\b|\b(?:filed|lodged|launched) an appeal\b|"
        r"\bappeal(?:ed|s) against\b",
    ),
    # Letters and campaigns.
    _cue(T.LETTER, r"\bwrote to (?:the )?(?-i:[A-Z])", cased=True, proposal=True),
    _cue(
        T.LETTER,
        proposal=True,
        pattern=r"\bin (?:a|an) (?:[\w-]+ )*?letter\b|\bsent (?:\S+ ){0,5}?(?:a |an )?"
        r"(?:[\w-]+ )?letter\b|\bletter (?:sent|to (?:the |president )?[a-z])",
    ),
    _cue(
        T.CAMPAIGN,
        r"\b(?:launched|launches|started) (?:its |a |their )?(?:[\w\s,]{0,60}?)campaign\b|"
        r"\bcampaign(?:ing|ed)? (?:for|to|against)\b|\bcampaign\b(?= has backed)",
    ),
    _cue(T.CAMPAIGN, r"\b(?:collected|gathered|delivered|submitted) (?:\S+ ){0,4}?signatures\b"),
    _cue(
        T.CAMPAIGN,
        r"\b(?:call(?:s|ed|ing)?|joined calls|demand(?:s|ed|ing)?|push(?:es|ed)?|"
        r"want(?:s|ed)?) for (?:a |an )?(?:\w+ ){0,3}(?:ban|moratorium|halt|prohibition)\b|"
        r"\bjoined calls\b|\bwants? a (?:\w+ )?(?:ban|moratorium)\b",
    ),
    # An advisory body's advice to the body that decides: "voted to recommend that the City
    # Council ban ..." asks for the ban; it does not impose it.
    _cue(
        T.CAMPAIGN,
        r"\brecommend(?:s|ed|ing)? (?:that|a|an)\b",
        status=ActionStatus.ONGOING,
        proposal=True,
    ),
    _cue(
        T.CAMPAIGN,
        r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|lobby|lobbied|demand(?:s|ed)?)\b"
        r"(?= (?:[\w.'-]+ ){0,8}?to\b)",
        status=ActionStatus.ONGOING,
        proposal=True,
    ),
    _cue(
        T.CAMPAIGN,
        r"\b(?:voted down|reject(?:s|ed)?|defeat(?:s|ed)?) (?:\w+ ){0,2}(?:shareholder )?"
        r"proposals?\b",
        status=ActionStatus.REJECTED,
        proposal=True,
    ),
    # Companies' pledges.
    _cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will|would|wo)(?:(?:\s+not|\s+no\s+longer|n't),?|"
        rf"[^.;]{{0,80}}?\band\s+not)\s+{_PLEDGED_VERB}\b",
    ),
    _cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:pledged not to|promised not to|promises not to|rules out|"
        # "IBM no longer offers general purpose facial recognition": what it has given up.
        rf"ruled out|no longer {_PLEDGED_VERB}s?)\b",
    ),
    _cue(
        T.CORPORATE_PLEDGE,
        r"\bwill (?:stop(?! (?:\S+ ){1,10}?from (?:using|buying|acquiring|deploying))|retire|"
        r"transition away|phase out|cease)\b|\bwould (?:transition away|phase out)\b|"
        r"\bto (?:retire|phase out|"
        r"transition away)\b|\bto (?:stop|cease) (?:offering|selling|using|providing|making)\b|"
        r"\bstopped (?:offering|selling|providing|using)\b|\bscraps\b|\bretires\b|"
        r"\b(?:is )?cancel(?:l?ing|s|l?ed) (?:its )?[\w ]{0,30}"
        r"(?:program|programs|product|service)",
    ),
    # A company switching off its own system: "Meta said it would shut down the face
    # recognition system on Facebook", said of a company only (a city shuts down cameras too).
    _cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will|would|to) (?:shut down|discontinue)\b|\bshut(?:s|ting)? down\b",
        needs=("company",),
    ),
    # Laws and local measures.
    _cue(
        T.MORATORIUM,
        r"\bmoratorium\b|\bpaus(?:es|ed|ing)\b|\bpause (?:imposed|on)\b|"
        r"\btemporary ban\b|\b(?:one|two|three|four|five|\d+)-year (?:ban|suspension|moratorium)\b|"
        r"\bsuspend(?:s|ed|ing)?\b|\bsuspension\b|\b(?:should|must|to) stop using\b",
    ),
    # "extended indefinitely its ban on police use": a time-limited halt made longer, dated when
    # it is extended; "said it would extend" announces the decision, as a pledge's "would" does.
    _cue(
        T.MORATORIUM,
        r"\b(?:(?:will|would) )?extend(?:s|ed|ing)? (?:\w+ )?(?:its|their|the|a) (?:[\w-]+ ){0,2}?"
        r"(?:ban|moratorium|pause|suspension)\b",
    ),
    # "approved a ban on ... until December 31, 2023": a ban with an end date.
    _cue(
        T.MORATORIUM,
        rf"\b{_ENACT}\s+(?:\S+\s+){{0,6}}?bans?\b(?=[^.;]{{0,100}}\buntil (?:the end of )?"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december|\d{4})\b)",
    ),
    # "passed a bill that replaces last year's ban": an earlier ban is not the one enacted.
    # "adopted a resolution calling for a ban": what it asks for is not what it enacted.
    _cue(
        T.BAN,
        rf"\b{_ENACT}\s+(?:(?!last\b|\d{{4}}\b|{_ASKING}\b)\S+\s+){{0,6}}?bans?\b",
    ),
    # "bars officers from using it until the Legislature approves": a ban with an end in view.
    _cue(
        T.MORATORIUM,
        rf"\b{_BAN_VERB}\b(?=[^.;]{{0,120}}\buntil (?:the |a |it |lawmakers|congress)"
        r"[^.;]{0,60}\b(?:approves?|authori[sz]es?|passes|allows|enacts|adopts)\b)",
        act=False,
    ),
    # "will stop local police ... from buying or using facial recognition": what a law does.
    _cue(
        T.BAN,
        r"\bstop(?:s|ped)? (?:\S+ ){1,10}?from (?:using|buying|acquiring|deploying)\b",
        act=False,
    ),
    # "bars police from using a match as the only reason for an arrest" limits its use, as
    # does "bars arrests based only on facial recognition".
    _cue(T.BAN, rf"\b{_BAN_VERB}\b(?![^.;]{{0,100}}\b{_ONLY_BASIS})", act=False),
    _cue(
        T.MORATORIUM,
        r"\b(?:consider(?:s|ing)?|float(?:s|ed|ing)?) (?:a |an )?(?:\w+ )?moratorium\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    _cue(
        T.MORATORIUM,
        r"\b(?:consider(?:s|ing)?|float(?:s|ed|ing)?) (?:a |an )?(?:temporary|"
        r"\w+-year|time-limited) ban\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    _cue(
        T.BAN,
        r"\b(?:consider(?:s|ing)?|float(?:s|ed|ing)?) (?:a |an )?(?:\w+ )?ban\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    _cue(
        T.BAN,
        r"\bto block (?=(?:the |its |any )?"
        r"(?:use|police|city|government|agencies|law enforcement))|"
        r"\bto block\W*$",
        act=False,
    ),
    _cue(
        T.BAN,
        # "the ban it approved in December 2020": the noun before is the measure enacted.
        r"(?:(?<=\bban )|(?<=\bprohibition ))(?:that )?(?:it|they|the (?:council|city|state|"
        r"board)) (?:had )?(?:approved|passed|adopted|enacted)\b|"
        r"\b(?:ban|prohibition) (?:passes|passed|takes effect|took effect)\b|"
        r"\b(?:\w+day)'s ban\b|\bbans? (?:take|takes|took) effect\b",
    ),
    _cue(
        T.REPEAL,
        r"\brepeal(?:s|ed|ing)?\b|\bloosen(?:s|ed|ing)?\b|\broll(?:s|ed)? back\b|"
        r"\brevers(?:es|ing)\b|"
        r"\bcarv(?:es|ed) out\b|\bexempt(?:s|ed)\b",
        act=False,
    ),
    _cue(
        T.AUTHORISATION,
        r"\b(?:begin|start|began|started|starting|to start|will start|will begin)"
        r" (?:operational |routine |live )?(?:use|using|deploying|deployment)\b|"
        r"\broll(?:s|ed|ing)? out\b|\bapprov(?:es|ed) (?:the )?use of\b|"
        r"\b(?:allow|allows|allowed|allowing|permit|permits|permitted|lets|let) "
        r"(?:\S+ ){0,6}?(?:to )?(?:use|fly|deploy|install|operate)\b|"
        r"\b(?:will be|are|is) allowed to use\b|"
        r"\bgiv(?:es|ing|e) (?:\S+ ){0,8}?(?:more )?(?:room|freedom|power|powers|authority) to\b|"
        # A regulator granting what someone asked for: "approved Brøndby IF's request to scan".
        r"\bapprov(?:e|es|ed|ing) (?:\S+ ){0,4}?(?:request|application|plans?|bid) to "
        r"(?:use|scan|deploy|install|operate|run|test|trial|give|grant|let|allow)\b|"
        r"\blaunched (?:the|a|its) (?:system|program|programme|pilot|service)\b",
        act=False,
    ),
    _cue(
        T.REGULATION,
        r"\brequir(?:es|ed|ing) (?:\S+ ){0,14}?(?:approval|to disclose|to publish|to get a warrant|"
        r"notice|consent|a warrant|written request)\b|"
        r"\brestrict(?:s|ed|ing)\s+(?:the\s+)?(?:use|police|how|access|chokeholds|government)\b|"
        r"\blimits(?:,|\s+(?:the\s+)?(?:use|how|police|government|access))|"
        r"\blimits (?:the )?(?:[\w.']+ ){0,4}?(?:police department|department|officers|agencies)"
        r" to\b|\blimits (?:its use|searches|use|searching) to\b|"
        rf"\b{_ONLY_BASIS}|"
        r"\b(?:also |already )(?:have|has) (?:\w+ ){0,3}laws?\b",
        act=False,
    ),
    _cue(
        T.BILL,
        r"\b(?:sign(?:s|ed|ing)?|approv(?:e|es|ed|ing)|pass(?:es|ed|ing)?)\s+"
        r"(?:\S+\s+){0,6}?(?:bill|legislation|(?:ab|sb|hb|ld|hr)\s?\d+)\b",
        specific=False,
    ),
    _cue(
        T.REGULATION,
        rf"\b{_ENACT}\s+(?:\S+\s+){{0,8}}?{_INSTRUMENT}\b|"
        r"\b(?:approved|passed|adopted|enacted)\b|\bgave (?:its |their )?(?:final )?approval\b|"
        r"\bbecame law\b|\b(?:entered|enters|came|comes) into force\b|\bstart to apply\b|"
        r"\btook effect\b",  # the news that it did; "takes effect on" details a measure
        specific=False,
    ),
    # "..., under a law Gov. Kay Ivey signed earlier this month": the law the sentence's rule
    # comes from, enacted by someone ("under a law that took effect on Friday": in force).
    _cue(
        T.REGULATION,
        r"\bunder (?:a|the) (?:new )?(?:state |city |federal )?(?:law|ordinance|statute|measure)"
        r" (?:that |which )?(?:\S+ ){0,5}?(?:signed|passed|approved|enacted|adopted|took effect|"
        r"came into force|went into effect)\b",
        specific=False,
    ),
    # A government taking back its own proposal.
    _cue(
        T.BILL,
        r"\bwithdr(?:ew|aws|awn|awing) (?:a |the |its )?(?:draft )?(?:\w+ )?(?:law|bill|"
        r"legislation|proposal|amendments?)\b",
        status=ActionStatus.REJECTED,
    ),
    # Negotiators' deal on a law still to adopt: "reached a provisional agreement on the AI Act".
    _cue(
        T.BILL,
        r"\breach(?:ed|es)? (?:a |an )?(?:provisional |political |final )?"
        r"(?:agreement|deal) on\b",
    ),
    _cue(
        T.BILL,
        r"\bintroduc(?:e|es|ed|ing) (?:a |the )?(?:\w+ )?(?:bill|legislation|measure)\b|"
        # "introduced the Facial Recognition and Biometric Technology Moratorium Act"
        r"\bintroduc(?:e|es|ed|ing) the (?:[\w-]+ ){1,10}?act\b|"
        r"\bproposed (?:the|a|an|its) (?:\w+ )?(?:law|bill|regulation|legislation|rules|act)\b|"
        # "the Justice in Policing Act that Democrats introduced in Congress on Monday"
        r"\b(?:act|bill) (?:that|which) (?:\S+ ){0,3}?introduced\b|"
        r"\b(?:bill|legislation|proposal|measure) (?:that )?would\b|"
        r"\bconsider(?:s|ing)? (?:a |an )?(?:\w+ )?(?:bill|measure|proposal)\b|"
        r"\bpending before\b|\bis pending\b|"
        r"\b(?:initiative|referendum|measure|question) on the (?:\w+ )?ballot\b|"
        r"\bsent to the governor\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    # "proposed the Artificial Intelligence Act": a law's name, capitalised, before "Act".
    _cue(
        T.BILL,
        r"\bproposed the (?-i:(?:[A-Z][\w-]* ){1,8}Act)\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
        cased=True,
    ),
]


# Every cue read in lower-cased text, as one alternation: a sentence it finds nothing in holds
# no cue (60% of sentences), and no cue matches before where it first finds one. One scan
# instead of one per cue cut the reader's CPU time by 19% (9.5 to 7.7 ms a document, 100
# generated documents read as an import reads them).
ANY_LOWER_CUE = re.compile("|".join(f"(?:{cue.pattern.pattern})" for cue in CUES if not cue.cased))
CASED_CUES = tuple(cue for cue in CUES if cue.cased)

# Cue types that keep the first of two in one sentence: a regulator that fines and bans has
# taken one enforcement action.
PRIORITY = [
    T.ENFORCEMENT, T.COURT_RULING, T.LAWSUIT, T.LETTER, T.CORPORATE_PLEDGE, T.REPEAL,
    T.AUTHORISATION, T.MORATORIUM, T.BAN, T.CAMPAIGN, T.REGULATION, T.BILL,
]  # fmt: skip
