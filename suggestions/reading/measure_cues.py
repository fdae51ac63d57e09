"""The cues of laws and local measures: bans, moratoriums, what a measure bars, allows or
requires, bills introduced or withdrawn, repeals. Read after the cues of `cues` (regulators,
courts, lawsuits, letters, campaigns, pledges), which win where both match at one place. The
cues of a use authorised are in `authorisation_cues`, read at their place in the list, and
those of bills (introduced, withdrawn, endorsed, vetoed) in `bill_cues`, read last.
"""

from policies.models import ActionStatus

from .authorisation_cues import AUTHORISATION_CUES
from .bill_cues import BILL_CUES
from .cue_words import ASKING, BAN_VERB, ENACT, INSTRUMENT, ONLY_BASIS, T, cue

# What a bar is lifted by: "bars companies from collecting ... without their consent".
_WITHOUT_CONSENT = r" [^.;]{0,160}?\bwithout (?:\w+ ){0,2}?consent\b"
# A law's bans named by their participle: "the AI Act's prohibited practices".
_PARTICIPLE_NOUN = r"(?:prohibited|banned|outlawed) (?:practices|uses|systems|applications)\b"

MEASURE_CUES = [
    cue(
        T.MORATORIUM,
        r"\bmoratorium\b|\bpaus(?:es|ed|ing)\b|\bpause (?:imposed|on)\b|"
        r"\btemporary ban\b|\b(?:one|two|three|four|five|\d+)-year (?:ban|suspension|moratorium)\b|"
        # "Indonesia freezes Worldcoin's registration", "has put Worldcoin on hold".
        r"\bfreez(?:es|ing)\b|\bfroze\b|\bput(?:s|ting)? (?:[\w'-]+ ){1,4}?on hold\b|"
        r"\bsuspend(?:s|ed|ing)?\b|\bsuspension\b|\b(?:should|must|to) stop using\b",
    ),
    # A trial of the technology stopped: "has stopped testing Amazon's Rekognition", "ending a
    # second pilot", "ended that pilot in June 2018" (a company's cancelled pilot is a pledge,
    # read first in `cues`; "the end of the trial" is no act).
    cue(
        T.MORATORIUM,
        r"\b(?:stopp(?:ed|ing)|stops|halt(?:s|ed|ing)) (?:testing|trial?ling|piloting)\b|"
        r"\b(?:end(?:s|ed|ing)|(?:to|will|would) end) (?:its |the |a |an |that |this |their )?"
        r"(?:(?!of\b)[\w-]+ ){0,2}?(?:test|pilot|trial)s?\b|"
        # "We have stopped the trial": its own trial, named by the word for one.
        r"\b(?:stopp(?:ed|ing)|stops|halt(?:s|ed|ing)) (?:its|the|that|this|their) "
        r"(?:(?!of\b)[\w-]+ )?(?:test|pilot|trial)\b(?! of\b)",
    ),
    # An authority holding back a body it oversees: "had asked the Lockport City School
    # District to delay testing its facial recognition system" (a group's request is its call,
    # `retyping.a_group_asks_for_a_pause`).
    cue(
        T.MORATORIUM,
        r"\b(?:asked|told|instructed|directed|ordered) (?:\S+ ){1,7}?to (?:delay|postpone|"
        r"hold off)\b",
        needs=("government", "regulator"),
    ),
    # A force's head halting its own staff's use: "told all personnel to stop using any facial
    # recognition system", "directed officers to cease using the app" (a regulator's order to
    # others is its enforcement, read first in `cues`).
    cue(
        T.MORATORIUM,
        r"\b(?:told|tells|instruct(?:s|ed)|direct(?:s|ed)|order(?:s|ed)) (?:all |its |his |her |"
        r"their |the )?(?:[\w-]+ )?(?:officers|staff|employees|personnel|detectives|agents|"
        r"deputies|analysts) (?:\S+ ){0,3}?to (?:stop|cease|halt)\b",
    ),
    # A government giving up a use it had planned: "has dropped plans to let the federal police
    # use facial recognition" (a company's dropped plans are its pledge, read first in `cues`).
    cue(
        T.MORATORIUM,
        r"\b(?:drop(?:ped|s)?|abandon(?:ed|s)?|scrapp?(?:ed|s)?|shelv(?:ed|es)) (?:its |the |"
        r"their |a )?plans?\b",
    ),
    # "extended indefinitely its ban on police use": a time-limited halt made longer, dated when
    # it is extended; "said it would extend" announces the decision, as a pledge's "would" does.
    cue(
        T.MORATORIUM,
        r"\b(?:(?:will|would) )?extend(?:s|ed|ing)? (?:\w+ )?(?:its|their|the|a) (?:[\w-]+ ){0,2}?"
        r"(?:ban|moratorium|pause|suspension)\b",
    ),
    # "approved a ban on ... until December 31, 2023": a ban with an end date.
    cue(
        T.MORATORIUM,
        rf"\b{ENACT}\s+(?:\S+\s+){{0,6}}?bans?\b(?=[^.;]{{0,100}}\buntil (?:the end of )?"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december|\d{4})\b)",
    ),
    # "passed a bill that replaces last year's ban": an earlier ban is not the one enacted.
    # "adopted a resolution calling for a ban": what it asks for is not what it enacted.
    cue(
        T.BAN,
        rf"\b{ENACT}\s+(?:(?!last\b|\d{{4}}\b|{ASKING}\b)\S+\s+){{0,6}}?bans?\b",
    ),
    # "bars officers from using it until the Legislature approves": a ban with an end in view.
    cue(
        T.MORATORIUM,
        rf"\b{BAN_VERB}\b(?=[^.;]{{0,120}}\buntil (?:the |a |it |lawmakers|congress)"
        r"[^.;]{0,60}\b(?:approves?|authori[sz]es?|passes|allows|enacts|adopts)\b)",
        act=False,
    ),
    # "The Minneapolis City Council voted on Thursday to end the police department's use of
    # facial recognition": a body's vote to end another's use bars it (a force that ends its
    # own contract halts its use, `cues`).
    cue(
        T.BAN,
        r"\bvot(?:ed|es|e|ing) (?:\S+ ){0,4}?to (?:end|stop) (?:the |its |their |all )?"
        r"(?:[\w'\u2019-]+ ){0,4}?use of\b",
    ),
    # "Federal agencies may no longer buy cameras made by ...": permission taken away, what a
    # measure does to those it binds (no pledge of theirs, `pledge_cues`).
    cue(
        T.BAN,
        # (not "can no longer use a match as the only reason to arrest": a limit, below)
        r"\b(?:may|can) no longer (?:buy|use|purchase|acquire|deploy|sell|install|run)\b"
        rf"(?![^.;]{{0,100}}\b{ONLY_BASIS})",
        act=False,
    ),
    # "will stop local police ... from buying or using facial recognition": what a law does.
    cue(
        T.BAN,
        r"\bstop(?:s|ped)? (?:\S+ ){1,10}?from (?:using|buying|acquiring|deploying)\b",
        act=False,
    ),
    # "bars police from using a match as the only reason for an arrest" limits its use, as
    # does "bars arrests based only on facial recognition".
    # (not "the AI Act's prohibited practices": the participle before its noun bans nothing)
    cue(
        T.BAN,
        rf"\b(?!{_PARTICIPLE_NOUN}){BAN_VERB}\b(?![^.;]{{0,100}}\b{ONLY_BASIS})"
        rf"(?!{_WITHOUT_CONSENT})",
        act=False,
    ),
    cue(
        T.MORATORIUM,
        r"\b(?:consider(?:s|ing)?|float(?:s|ed|ing)?) (?:a |an )?(?:\w+ )?moratorium\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    cue(
        T.MORATORIUM,
        r"\b(?:consider(?:s|ing)?|float(?:s|ed|ing)?) (?:a |an )?(?:temporary|"
        r"\w+-year|time-limited) ban\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    cue(
        T.BAN,
        r"\b(?:consider(?:s|ing)?|float(?:s|ed|ing)?) (?:a |an )?(?:\w+ )?ban\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    cue(
        T.BAN,
        r"\bto block (?=(?:the |its |any )?"
        r"(?:use|police|city|government|agencies|law enforcement))|"
        r"\bto block\W*$",
        act=False,
    ),
    cue(
        T.BAN,
        # "the ban it approved in December 2020": the noun before is the measure enacted.
        r"(?:(?<=\bban )|(?<=\bprohibition ))(?:that )?(?:it|they|the (?:council|city|state|"
        r"board)) (?:had )?(?:approved|passed|adopted|enacted)\b|"
        r"\b(?:ban|prohibition) (?:passes|passed|takes effect|took effect)\b|"
        r"\b(?:\w+day)'s ban\b|\bbans? (?:take|takes|took) effect\b",
    ),
    # "voted to amend the city's ban on government use of facial recognition": a ban amended
    # is one carved into (one made wider is "expanded").
    cue(
        T.REPEAL,
        r"\bamend(?:s|ed|ing)? (?:the |its |a )?(?:\S+'s )?(?:[\w-]+ ){0,2}?(?:ban|moratorium)\b",
    ),
    # "The federal government on Wednesday added YouTube to the platforms covered by the social
    # media minimum age": a rule's reach widened to a named service, a rule made (", reversing an
    # exemption" after it is how).
    cue(
        T.REGULATION,
        r"\badd(?:s|ed|ing)? (?:\S+ ){1,4}?to (?:the )?(?:list of )?(?:platforms|services|"
        r"companies|sites|apps|websites) (?:covered|bound|caught) by\b",
    ),
    # "President Donald Trump revoked the executive order ...", "the office rescinded the 2024
    # memo": a government taking back a measure of its own, an act.
    cue(
        T.REPEAL,
        r"\b(?:revok(?:es|ed|ing)|rescind(?:s|ed|ing)?) (?:the |an? |its |their |his |her )?"
        r"(?:[\w'-]+ ){0,4}?(?:executive order|order|memo|memorandum|guidance|policy|directive|"
        r"rules?|regulations?|law|ordinance)\b",
    ),
    cue(
        T.REPEAL,
        r"\brepeal(?:s|ed|ing)?\b|\bloosen(?:s|ed|ing)?\b|\broll(?:s|ed)? back\b|"
        r"\brevers(?:es|ing)\b|"
        r"\bcarv(?:es|ed) out\b|\bexempt(?:s|ed)\b",
        act=False,
    ),
    *AUTHORISATION_CUES,
    # "the Department of Homeland Security barred its agencies from using a match as the sole
    # basis for an arrest": a body that rules how a match may be used regulates, an act of its
    # own (what a law already reported "bars" so only describes it, below).
    cue(
        T.REGULATION,
        rf"\b{BAN_VERB}\b(?= (?:its|their) [^.;]{{0,100}}\b{ONLY_BASIS})",
        needs=("government", "regulator"),
    ),
    # "signed Senate Bill 370, which bars companies from collecting ... biometric data ...
    # without their consent": a bar lifted by consent is a consent rule, not a ban.
    cue(T.REGULATION, rf"\b{BAN_VERB}\b(?={_WITHOUT_CONSENT})", act=False),
    cue(
        T.REGULATION,
        # (Not "required her to scan her fingerprint, without the written notice ... the law
        # demands": what was done without notice is a breach told, no measure requiring it.)
        r"\brequir(?:es|ed|ing) (?:(?!without\b)\S+ ){0,20}?(?:approval|to disclose|to publish|"
        r"to get a warrant|notice|consent|a warrant|written request)\b|"
        r"\brestrict(?:s|ed|ing)\s+(?:the\s+)?(?:use|police|how|access|chokeholds|government)\b|"
        # (the noun after a determiner, a preposition or an adjective is no verb: "failed to
        # detect a face within acceptable limits, according to emails")
        r"(?<!within )(?<!beyond )(?<!acceptable )(?<!reasonable )(?<!strict )(?<!legal )"
        r"(?<!the )(?<!its )(?<!their )(?<!set )(?<!time )(?<!speed )(?<!age )"
        # (nor after "have" or a quantity: "we accept that it has to have limits, and this is
        # one", "there are no limits, the company says")
        r"(?<!have )(?<!has )(?<!had )(?<!no )(?<!some )(?<!any )(?<!clear )"
        r"\blimits(?:,|\s+(?:the\s+)?(?:use|how|police|government|access))|"
        r"\blimits (?:the )?(?:[\w.']+ ){0,4}?(?:police department|department|officers|agencies)"
        r" to\b|\blimits (?:its use|searches|use|searching) to\b|"
        rf"\b{ONLY_BASIS}|"
        r"\b(?:also |already )(?:have|has) (?:\w+ ){0,3}laws?\b",
        act=False,
    ),
    cue(
        T.BILL,
        # ("assented to the ... Bill": a head of state's signature, in Commonwealth usage)
        r"\b(?:sign(?:s|ed|ing)?|assent(?:s|ed|ing)? to|approv(?:e|es|ed|ing)|"
        r"pass(?:es|ed|ing)?)\s+"
        # (Iowa's bills are "Files": "signed Senate File 262")
        r"(?:\S+\s+){0,6}?(?:bill|legislation|(?:ab|sb|hb|ld|hr|sf|hf)\s?\d+|"
        r"(?:senate|house) file \d+)\b|"
        # "France's Senate on Monday adopted a bill that would allow ...": a bill that "would"
        # do something is no law yet (not "adopted Bill 64, which overhauls": a law adopted).
        r"\badopt(?:s|ed|ing)? (?:a|the) (?:[\w-]+ )?bill,? (?:that|which) would\b|"
        # A committee's step: "voted 8-3 on Tuesday to send AB 2261 to the Appropriations
        # Committee"; and the end of one there: "was held in the Assembly Appropriations
        # Committee", "bill stalls in Assembly committee".
        r"\bvoted (?:\S+ ){0,4}?to (?:send|advance|forward) (?:the |a )?(?:bill|legislation|"
        r"measure|(?:ab|sb|hb|ld|hr)\s?\d+)\b|"
        # "Mexico's Senate voted late on Tuesday to create a national register": a chamber that
        # votes to create something by law passes a bill.
        r"\b(?:senate|house|chamber|assembly|congress|parliament|deputies)\b[^.;,]{0,20}?\bvoted "
        r"(?:\S+ ){0,4}?to (?:create|establish|set up)\b|"
        # "voted 53-2 on Wednesday to advance the American Data Privacy and Protection Act".
        r"\bvoted (?:\S+ ){0,4}?to (?:send|advance|forward) the (?:[\w-]+ ){1,8}?act\b|"
        r"\b(?:(?:was|were|is) held|died|dies|stall(?:s|ed)) in (?:the )?(?:[\w-]+ ){0,3}?"
        r"committee\b|"
        # "Bill C-27 died on the order paper when Parliament was prorogued": ended unpassed.
        r"\b(?:died|dies) on the order paper\b",
        specific=False,
    ),
    # "AB 1034 was moved to the California State Senate's inactive file on Monday": set aside.
    cue(T.BILL, r"\b(?:moved|placed|sent|ordered) to (?:the )?(?:[\w'-]+ ){0,4}?inactive file\b"),
    # "The General Assembly passed the measure in March ... Governor Glenn Youngkin signed it in
    # April": what a governor signs after a legislature passed it is the bill. (Not "took effect
    # on Thursday, a year after Governor Jay Inslee signed it": a signing that only dates another.)
    cue(
        T.BILL,
        r"\b(?<!after )(?<!after the )(?:governor|gov\.)\s[^.;]{0,40}?\bsign(?:s|ed)\s"
        r"(?:it|the measure)\b",
    ),
    cue(
        T.REGULATION,
        # (not "adopts most of its single market rules": a standing practice, no measure)
        # (not "approved on Tuesday a draft law": a bill, sent on to parliament)
        rf"\b{ENACT}\s+(?!(?:most|many|all|some) of\b)(?:(?!draft\b)\S+\s+){{0,8}}?{INSTRUMENT}\b|"
        # (not "approved its final report": a body's findings and advice, which enact nothing)
        r"\b(?:approved|passed|adopted|enacted)\b(?! (?:its|their|the|a) (?:\w+ )?(?:report|"
        r"findings|recommendations)\b)(?!(?: on \w+)? (?:a |an |the |its )?draft\b)|"
        r"\bgave (?:its |their )?(?:final )?approval\b|"
        r"\bbecame law\b|\b(?:entered|enters|came|comes) into force\b|\bstart to apply\b|"
        # The news that it did ("took effect", "takes effect today", "goes into effect on
        # Tuesday", the latest such day); "takes effect on January 1" details a measure.
        r"\b(?:took|went into) effect\b|\b(?:takes|goes into) effect today\b|"
        r"\b(?:takes|take|goes into|go into) effect on (?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)\b",
        specific=False,
    ),
    # "Mexico published in its official gazette on Wednesday a reform": publication enacts; and
    # "The Artificial Intelligence Act was published in the Official Journal of the European
    # Union on Friday" is one measure's publication, though no one is named publishing it.
    cue(
        T.REGULATION,
        r"\bpublish(?:ed|es) (?:\S+ ){0,6}?in (?:the |its )?(?:official (?:gazette|journal)|"
        r"diario oficial|bolet[ií]n oficial|journal officiel|gazzetta ufficiale)\b",
    ),
    # "The ministry on Thursday notified the Digital Personal Data Protection Rules, 2025": in
    # Indian usage, rules made by their publication in the gazette.
    cue(T.REGULATION, r"\bnotified (?:the )?(?:[\w,'-]+ ){0,8}?(?:rules|regulations)\b"),
    # "the ... Amendment Rules, 2025, which the ministry notified in the Gazette on Friday": the
    # same notice told in a clause after the rules' name (whose year, left outside the cue, is
    # no date of the notice).
    cue(
        T.REGULATION,
        r"(?:(?<=\brules, \d{4}, )|(?<=\brules, )|(?<=\bregulations, \d{4}, )|"
        r"(?<=\bregulations, ))which (?:the )?[^.;]{0,100}?\bnotified\b",
    ),
    # "The Protection of Freedoms Act received Royal Assent on Tuesday": enacted, whoever is named;
    # "The AI Basic Act was promulgated on Tuesday": a law made public as enacted is enacted.
    cue(
        T.REGULATION,
        r"\b(?:received|receives|was given|granted) (?:the )?royal assent\b|"
        r"\b(?:was|were|has been|have been) promulgated\b",
    ),
    # "A two-year deadline set by Brazil's General Sports Law ran out this month", "The grace
    # period for complying with the Act ended today": what the law requires applies from now.
    cue(
        T.REGULATION,
        r"\b(?:deadline|grace period) (?:[\w'\u2019-]+ ){0,10}?(?:ran out|expired|lapsed|ended)\b",
    ),
    # "..., under a law Gov. Kay Ivey signed earlier this month": the law the sentence's rule
    # comes from, enacted by someone ("under a law that took effect on Friday": in force);
    # "under a rule the military's Internal Security Operations Command announced": a body's
    # rule, made when announced; "under codes Ofcom set out in April": a regulator's codes.
    cue(
        T.REGULATION,
        r"\bunder (?:(?:a|the) (?:new )?(?:state |city |federal )?(?:law|ordinance|statute|measure|"
        r"rules?|regulations?|decree|decision|codes?)|(?:new )?(?:rules|regulations|codes)) "
        r"(?:that |which )?(?:\S+ ){0,8}?(?:signed|passed|"
        r"approved|enacted|adopted|announced|issued|imposed|took effect|came into force|"
        r"went into effect|set out|laid down)\b",
        specific=False,
    ),
    # "Nigeria's Data Protection Act, which President Bola Tinubu signed in June": the law
    # named before, enacted; "has applied since September 1, 2023", "has been in force since
    # 2021": a law's start, told as a state that began then.
    cue(
        T.REGULATION,
        r"\b(?:act|law|statute|ordinance), which (?:\S+ ){0,5}?(?:signed|enacted)\b|"
        r"\b(?:has|have) (?:applied|been in force|been in effect) since\b",
        specific=False,
    ),
    *BILL_CUES,
]
