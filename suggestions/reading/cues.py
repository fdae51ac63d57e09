"""The words that report a policy action.

A cue is a pattern with the type of action it reports. `act` cues name something done (voted
to ban, fined, sued, signed, pledged); `content` cues say what a measure does (bars, allows,
requires) and report an action only when someone is named doing it, otherwise they describe
one already reported. Hedges ("would ban", "urged the council to ban", "considering") and
negations ("does not ban") are checked in the words just before a cue (`cue_context`).
This module holds the cues of who acts (regulators, litigants, letter writers, campaigners;
courts in `court_cues`, letters and campaigns in `call_cues`, companies' pledges in
`pledge_cues`, instruments published in `publication_cues`); `measure_cues` those of laws
and local measures, read after them.
"""

import re

from .call_cues import CALL_CUES
from .court_cues import COURT_CUES
from .cue_words import Cue, T, cue
from .finding_cues import FINDING_CUES
from .measure_cues import MEASURE_CUES
from .pledge_cues import PLEDGE_CUES
from .publication_cues import PUBLICATION_CUES

__all__ = ["CASED_CUES", "CUES", "PRIORITY", "Cue"]

ACT_CUES = [
    # Regulators' enforcement.
    # ("the power to fine a business" a law gives or withholds is no fine)
    cue(
        T.ENFORCEMENT,
        r"\b(?:has |have |had )?fined\b|(?<!power )(?<!powers )(?<!authority )\bto fine\b",
    ),
    cue(T.ENFORCEMENT, r"\bfines (?=(?-i:[A-Z]))", cased=True),
    cue(T.ENFORCEMENT, r"\bimpos(?:ed|es|ing) (?:a |an )?(?:[\w.,€$£-]+ ){0,5}(?:fine|penalty)\b"),
    # The fine named first: "The penalty, imposed in July by the office's president", "the fine
    # it imposed on the chain in 2021" (not "the fines that can be imposed").
    cue(T.ENFORCEMENT, r"\b(?:fine|penalty)\b,? (?:(?:it|they|which|that) )?imposed\b"),
    # A regulator's criticism in a decision is its sanction, as Nordic regulators give it:
    # "criticised the chain in a decision published on Wednesday", "expressed serious criticism
    # of the municipality".
    cue(
        T.ENFORCEMENT,
        r"\bcritici[sz](?:ed|es) [^.;]{1,80}?\bin (?:a|its) (?:\w+ )?(?:decision|ruling)\b|"
        r"\b(?:express(?:ed|es)|issu(?:ed|es)) (?:serious |severe |strong )?criticism of\b",
        needs=("regulator",),
    ),
    # "The commission announced on Wednesday a fine of €550,000 against the department".
    cue(
        T.ENFORCEMENT,
        r"\b(?:announc|issu|lev(?:i|y))(?:ed|es|ing|ies) (?:(?!to )[\w.,€$£-]+ ){0,5}"
        r"(?:fine|penalty)\b(?!-)",
        needs=("regulator",),
    ),
    # A headline's "Irish regulator fines welfare department": the object in lower case.
    cue(
        T.ENFORCEMENT,
        r"(?:(?<=regulator )|(?<=watchdog )|(?<=authority )|(?<=commissioner )|"
        r"(?<=commission ))fines\b",
    ),
    # The FTC's way: "Under a proposed consent order, the company may not ...", "voted 5-0 to
    # issue the complaint".
    cue(
        T.ENFORCEMENT,
        r"\bconsent (?:order|decree|agreement)\b|\bissu(?:e|ed|es|ing) (?:a |an |the |its )?"
        r"(?:administrative )?complaint\b",
        needs=("regulator",),
    ),
    cue(T.ENFORCEMENT, r"\bwarned (?!that\b)(?:\S+ ){1,5}(?:about|over|against)\b"),
    # (not the order plaintiffs ask "for": "and for an order requiring the company to delete")
    cue(
        T.ENFORCEMENT,
        r"(?<!for an )(?<!for a )(?<!seeking an )(?<!seeks an )(?<!sought an )"
        r"\border(?:s|ed)? (?:\S+ ){1,7}?to (?:stop|delete|destroy|cease|erase|switch off|"
        r"turn off|disable|suspend|halt|close|shut down)\b|"
        # "ordered Tools for Humanity, the company behind the World project, to stop ...", "has
        # ordered the World Foundation and Tools for Humanity, the two companies behind ..., to
        # close": the ones ordered described between commas.
        # ("ordered the community of communes of X, which groups Deauville and ten towns, to
        # stop": a relative clause between commas describes them as well)
        r"\border(?:s|ed)? (?:[\w-]+ ){0,7}?[\w-]+, (?:the|a|an|its|which|who) [^,;.]{1,100}, "
        r"to (?:stop|"
        r"delete|destroy|cease|erase|switch off|turn off|disable|suspend|halt|close|shut down)\b",
    ),
    # "The Garante has told the city of Como to stop using the system": a regulator's order.
    cue(
        T.ENFORCEMENT,
        # "directed mobile operators to block every SIM card not linked to an ID number".
        r"\b(?:told|tells|instructed|directed) (?:\S+ ){1,7}?to (?:stop|delete|destroy|cease|"
        r"erase|switch off|turn off|disable|suspend|halt|block|disconnect|deactivate)\b",
        needs=("regulator",),
    ),
    # "The Bank of Thailand told commercial banks to require biometric checks": a regulator's
    # order that the firms it oversees demand something of their customers is a rule it makes.
    cue(
        T.REGULATION,
        r"\b(?:told|tells|instructed|directed|ordered) (?:all )?(?:\S+ ){0,2}?(?:banks|lenders|"
        r"firms|companies|operators|providers) to (?:require|demand)\b",
        needs=("regulator",),
    ),
    # "has directed the country's mobile network operators to begin blocking SIM cards": a
    # government's order to the telecoms companies, as a regulator's is.
    cue(
        T.ENFORCEMENT,
        r"\b(?:told|tells|instructed|directed|ordered) (?:the )?(?:\S+ ){0,3}?(?:operators|"
        r"telcos|carriers) (?:\S+ ){0,3}?to (?:begin |start )?(?:block|disconnect|deactivat|bar)",
        needs=("government",),
    ),
    # "The telecoms authority last month began blocking every SIM card not verified by
    # fingerprint": a regulator carrying out a cut-off is its enforcement, as its order is.
    cue(
        T.ENFORCEMENT,
        r"\b(?:began|begun|begins|started|starts) (?:to )?(?:block(?:ing)?|disconnect(?:ing)?|"
        r"deactivat(?:e|ing)|cut(?:ting)? off|switch(?:ing)? off)\b",
        needs=("regulator",),
    ),
    # "The Cabinet Office instructed government departments to stop deploying the cameras": a
    # government's halt across its own departments (`retyping` reads "ordered" so too).
    cue(
        T.MORATORIUM,
        r"\b(?:instruct(?:s|ed)|direct(?:s|ed)|told|tells) (?:all |its |their )?(?:government |"
        r"federal |state )?(?:departments|agencies|ministries) (?:\S+ ){0,3}?to (?:stop|cease|"
        r"halt|suspend)\b",
        needs=("government",),
    ),
    cue(T.ENFORCEMENT, r"\brequired (?:\S+ ){1,6}to (?:delete|destroy|stop|erase)\b"),
    # A regulator's order that makes a company pay: "Under a proposed order filed in federal
    # court, Ring will pay $5.8 million", "The proposed order requires Amazon to pay a $25
    # million civil penalty" (a court's own order is its ruling, `retyping`).
    cue(
        T.ENFORCEMENT,
        r"\bunder (?:a|an|the) (?:proposed |final |consent |administrative )?order\b"
        r"(?:[^.;]|\.(?! ))"  # ("filed in federal court in Washington, D.C., Ring will pay")
        r"{0,80}?\b(?:will|must|agreed to) pay\b|\b(?:proposed|final|consent|administrative) order "
        r"(?:requires|would require|will require|required) (?:\S+ ){1,4}?to pay\b",
    ),
    # "the three provincial regulators issued binding orders": an order named by its force.
    cue(
        T.ENFORCEMENT,
        r"\bissu(?:e|ed|es|ing) (?:a |an |its |their )?(?:binding|enforcement|compliance|"
        r"cease-and-desist|stop-processing) (?:orders?|notices?)\b",
    ),
    # "The ICO issued a reprimand to the school": a regulator's formal sanction.
    cue(
        T.ENFORCEMENT,
        r"\b(?:issu(?:ed|es|ing)|gave) (?:a |an )?(?:formal )?reprimand\b|\breprimand(?:s|ed)\b",
        needs=("regulator",),
    ),
    # A regulator's findings "recommended that they destroy the images": its decision.
    cue(
        T.ENFORCEMENT,
        r"\brecommend(?:s|ed)? (?:that )?(?:\S+ ){1,4}?(?:delete|destroy|stop|erase|cease)\b",
        needs=("regulator",),
    ),
    cue(T.ENFORCEMENT, r"\bfindings of (?:their|its|the|a) (?:\w+ )?investigation\b"),
    # "said it would take no regulatory action against Facewatch", "had ended its inquiry into
    # JR East's use": the decision that closes a regulator's inquiry is its decision as much
    # as a fine is.
    cue(
        T.ENFORCEMENT,
        r"\b(?:(?:will|would) )?(?:take|takes|took|taking) no (?:further |formal |regulatory |"
        r"enforcement )*action against\b|\b(?:closed|closes|ended|ends|concluded|concludes) "
        r"(?:its|an|the) (?:\w+ )?(?:inquiry|investigation|probe)\b",
        needs=("regulator",),
    ),
    cue(T.ENFORCEMENT, r"\bsettl(?:ed|ing|es) (?:the )?charges\b"),
    # A government's sanction on named companies: "put 28 companies on its Entity List", "added
    # SenseTime to its list of Chinese military-industrial complex companies", "adds Hikvision
    # to trade blacklist" (a watchlist of faces is the technology's, not a sanction).
    cue(
        T.ENFORCEMENT,
        r"\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:e|es|ed|ing))\b [^.;]{1,120}? (?:on|to) "
        r"(?:its |the |their |a )?(?:[\w'-]+ ){0,3}?(?:entity list|blacklist|sanctions list|"
        r"list of (?:[\w'-]+ ){0,5}?(?:companies|firms|entities))\b",
    ),
    # "The commissioner's original determination, in October 2024, held ...", "Kmart, which was
    # found in breach ... last October": a regulator's finding, named or told in the passive.
    cue(
        T.ENFORCEMENT,
        r"\b(?:commissioner|regulator|watchdog)'s (?:\w+ )?determination\b|"
        r"\b(?:was|were|been) found (?:to be )?in breach\b",
    ),
    cue(
        T.ENFORCEMENT,
        r"\b(?:breached|violated|broke|interfered with|failed to comply with)\b",
        needs=("regulator",),
    ),
    *FINDING_CUES,
    # "The European Data Protection Board said on Wednesday that the use of a service such as
    # Clearview AI by law enforcement authorities would, as it stands, likely not be consistent
    # with the EU data protection regime": a regulator's finding that a use is not lawful, said
    # with care, is its finding still (not what it says of a bill or a draft, its opinion).
    cue(
        T.ENFORCEMENT,
        r"\b(?:said|says|found|finds|concluded|concludes)\b(?![^.;]{0,80}?\b(?:bill|draft|"
        r"proposal|proposed)\b)[^.;]{0,160}?\b(?:would|is|are|was|were)\b[^.;]{0,40}?"
        r"\b(?:not (?:be )?(?:consistent|compatible|in line|in accordance|compliant)|"
        r"(?:be )?incompatible) with\b",
        needs=("regulator",),
    ),
    # "The European Ombudsman has found that the Commission did not do enough to check ...":
    # an ombudsman's finding of a failure, its maladministration.
    cue(
        T.ENFORCEMENT,
        r"\bombuds(?:man|woman|person)\b[^.;]{0,60}?\b(?:found|finds|concluded|concludes)\b"
        r"[^.;]{0,120}?\b(?:failed to|did not|had not|fell short|maladministration)\b",
    ),
    # "The Organe de contrôle ... concluded on Friday that officers had no legal basis".
    cue(
        T.ENFORCEMENT,
        r"\b(?:found|finds|concluded|concludes|decided|determined)\b[^.;]{0,120}?"
        r"\b(?:(?:had|has|have) no legal basis|(?:was|were|is|are) (?:unlawful|illegal))\b",
        needs=("regulator",),
    ),
    # "said it had opened investigations into Bunnings and Kmart": a regulator's inquiry begun,
    # also as "opened checks into" and "announced on Friday a joint investigation into".
    cue(
        T.ENFORCEMENT,
        r"\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|announc(?:es|ed|ing)"
        r"(?: (?:on|last|this) \w+)?) (?:an? |its |their |formal )?(?:\w+ )?"
        r"(?:investigations?|inquiry|inquiries|probe|checks) (?:into|of)\b",
        needs=("regulator",),
    ),
    # "said it had asked the city of Rome to explain plans to fit cameras", "wrote to the
    # council for details": a regulator demanding an account of a use opens its inquiry, also
    # as 'asked the Home Office for "urgent clarity"' (the demand quoted, and pressed).
    cue(
        T.ENFORCEMENT,
        r"\b(?:ask(?:ed|s|ing)?|wr(?:ote|ites|itten) to) (?:\S+ ){1,6}?(?:to explain|for "
        r"[\"\u201c']?(?:(?:urgent|further|more|full) )?(?:details|information|an explanation|"
        r"clarifications?|clarity))\b",
        needs=("regulator",),
    ),
    # A regulator's charges settled: its order, not a lawsuit ("agreed to settle FTC charges").
    cue(T.ENFORCEMENT, r"\bsettle(?:s|d)? (?:\S+ ){0,3}?charges\b", needs=("regulator",)),
    cue(T.ENFORCEMENT, r"\bformal (?:notice|warning|reprimand)\b"),
    # "issued a provisional notice to stop further processing": an order, if not yet final.
    cue(
        T.ENFORCEMENT,
        r"\bissued (?:a |an |its )?(?:provisional |preliminary |formal )?(?:enforcement )?notice\b"
        # "served a final enforcement notice on HMRC", "issues a preliminary enforcement notice"
        r"|\b(?:issu|serv)(?:e|es|ed|ing) (?:a |an |its |their )?"
        r"(?:(?:final|provisional|preliminary|formal) )?enforcement notices?\b",
    ),
    # (and a government's own, of its police: "The City of Austin has opened an investigation")
    cue(
        T.ENFORCEMENT,
        r"\b(?:launch|open)(?:ed|es|s|ing)? (?:an? |its )?(?:formal |full )?investigation\b|"
        r"\b(?:re)?open(?:ed|s)? (?:formal |new )?proceedings against\b",  # "reopened proceedings"
        needs=("regulator", "executive"),
    ),
    # "announced on the 21st that they would jointly investigate Clearview AI", "said on Tuesday
    # that it would make enquiries into Worldcoin": an inquiry announced is one opened.
    cue(
        T.ENFORCEMENT,
        r"\b(?:announc(?:ed|es)|said) (?:\S+ ){0,3}?(?:that )?(?:it|they|the \w+) (?:would|will) "
        r"(?:(?:jointly |formally )?investigate|"
        r"(?:be )?mak(?:e|ing) (?:further )?(?:en|in)quiries)\b",
        needs=("regulator",),
    ),
    # "The CNIL said on Tuesday that cameras that analyse people's behaviour ... need a specific
    # law before they can be used": a regulator's position on what a use requires, its guidance.
    cue(
        T.REGULATION,
        r"\b(?:said|says|found|finds|concluded|concludes)\b[^.;]{0,160}?\b(?:need|needs|require|"
        r"requires) (?:a |an )?(?:specific|dedicated|explicit|its own) (?:law|legal basis|"
        r"legislation|statute)\b",
        needs=("regulator",),
    ),
    *PUBLICATION_CUES,
    *COURT_CUES,
    # Lawsuits and settlements.
    cue(
        T.LAWSUIT,
        r"\bsu(?:ed|es|ing)\b|"
        # "filed a $12 million lawsuit", "filed a class-action suit"; "refiled the state's
        # lawsuit against Clearview AI": a suit dismissed and brought again.
        r"\b(?:re-?)?fil(?:ed|es|ing) (?:a |the |an |its |their |(?:the )?[\w-]+'s )?"
        r"(?:(?:legal|formal|federal|new|civil|criminal|state|"
        r"proposed|class action|[$€£][\d.,]+(?: million| billion| m| bn)?|\w+-[\w-]+) )*"
        # ("filed a proposed class action against the company": the class action itself)
        # ("filed suits on Tuesday against Amazon and Microsoft": one for each)
        r"(?:suits?|lawsuits?|complaint|case|petition|claim|class actions?|challenges?)\b|"
        # ", in a lawsuit brought by ...": the case a decision was made in, said after it.
        # "The lawsuit, filed on Tuesday in ...": the suit's filing said between commas.
        # ("a motion to dismiss a lawsuit brought by ...": the suit a ruling is about)
        r"\b(?<! in a )(?<! in the )(?<!dismiss a )(?<!dismiss the )"
        r"(?:suit|lawsuit|complaints?|class action),? (?:\w+ ){0,2}?"
        r"(?:was |were )?(?:filed|brought)\b|"
        # "annulled ... in a case brought by": the ruling's case, not a lawsuit of its own.
        # "The case, filed in Cook County last year, now returns": its filing between commas.
        r"\bcase(?<!in a case)(?<!in the case),? (?:\w+ ){0,2}?(?:was |were )?(?:filed|brought)\b|"
        r"\bcomplaints? that (?:[^.;]{0,120}?)\bfiled\b|\bfiled suit\b|"
        # "his claim in the Employment Tribunal, which he brought in October 2021".
        r"\b(?:claim|suit|lawsuit|case|complaint)\b[^.;]{0,60}?, which (?:he|she|they|it) "
        r"(?:brought|filed|lodged)\b|"
        r"\b(?:alerted|complained to) (?:\S+ ){0,4}?(?:to|about|over)\b",
    ),
    cue(T.LAWSUIT, r"\b(?:the )?(?:[\w']+ )?(?:\d{4} )(?:lawsuit|suit|class action)\b"),
    cue(
        T.LAWSUIT,
        # ("agreed to pay $5.8 million to settle charges brought by the FTC": a regulator's
        # charges settled, its enforcement)
        r"\b(?:agreed to (?:pay(?!(?:[^.;]|\.\d){0,60}?\bto settle (?:\S+ ){0,3}?charges\b)|"
        r"settle(?! (?:\S+ ){0,3}?charges\b))|"
        # ("to settle a class action by drivers who said ...": the class action is the suit)
        r"(?:to settle|settl(?:es|ed)) (?:\S+ ){0,4}?"
        r"(?:lawsuit|suit|case|claims?|class action)|settlement (?:was )?announced|"
        r"under (?:a|the) settlement|"
        r"in (?:a |the )?[\w-]+ settlement|"
        # "Paxton announced on Tuesday a $1.4 billion settlement with Meta".
        r"(?:announc|reach)(?:ed|es|ing) (?:\S+ ){0,5}?settlement with)\b",
    ),
    cue(
        T.LAWSUIT,
        r"\basked (?:the )?[\w ]{0,60}(?:tribunal|court)\b[^.;]{0,20}\bto review\b|"
        # "asked the Conseil d'État in July to annul the decree": a court's remedy sought, the
        # court named by a name without the word "court".
        r"\b(?:asked|asks|asking) (?:\S+ ){1,6}?to (?:annul|quash)\b|"
        r"\bchalleng(?:es|ed|ing) (?:\S+ ){0,4}(?:determination|decision|ruling|order)\b|"
        # "asked for permission to appeal against the tribunal's decision": an appeal sought.
        # "asked a judge in Chicago for leave to file a brief opposing the settlement": a
        # party's step, what it asks the court for being no hedge of it.
        r"\b(?:(?:asked|asks|applied|applies|sought|seeks) (?:(?:\S+ ){0,8}?for )?)?"
        r"(?:permission|leave) to "
        r"(?:appeal|file (?:a |an )?(?:[\w-]+ ){0,2}?brief)\b|"
        r"\b(?:filed|lodged|launched) an appeal\b|"
        # "has withdrawn from its case in the tribunal": a party giving up its own case.
        r"\b(?:withdr(?:ew|awn|aws)|dropp(?:ed|ing)|drops) (?:from )?(?:its|their) (?:\w+ )?"
        r"(?:case|appeal|lawsuit|suit|challenge)\b|"
        r"\bappealed against\b|"
        # "Clearview appeals against the fine": the verb, after its subject; "Appeals against
        # the authority's fines will go to the administrative courts", "the court hears appeals
        # against fines": the noun, opening a sentence or after a determiner or a verb, a
        # procedure described, no appeal lodged.
        r"(?<=[a-z0-9')] )(?<!\bthe )(?<!\ball )(?<!\bany )(?<!\bits )(?<!\btheir )(?<!\bof )"
        r"(?<!\bfor )(?<!\bto )(?<!\bon )(?<!\bin )(?<!\band )(?<!\bno )(?<!\bhear )"
        r"(?<!\bhears )(?<!\bheard )(?<!\bhearing )(?<!\bnew )(?<!\bmore )(?<!\bmany )"
        r"appeals against\b",
    ),
    *CALL_CUES,
    *PLEDGE_CUES,
]
CUES = [*ACT_CUES, *MEASURE_CUES]


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
