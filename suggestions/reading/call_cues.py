"""The cues of letters and campaigns: who writes to whom, who calls, urges, petitions or
campaigns for a measure, and who recommends one to the body that decides. Read among the cues
of who acts in `cues`, after those of regulators and litigants and before companies' pledges,
in this order.
"""

from policies.models import ActionStatus

from .cue_words import T, cue

# Bodies that audit others: a national audit office, an inspector general, an auditor.
_AUDITOR = (
    r"(?:accountability office|gao|inspectors? general|office of inspector general|"
    r"auditor[- ]general|auditors? general|audit office|court of auditors|comptroller)"
)

CALL_CUES = [
    cue(T.LETTER, r"\b(?:wrote|written) to (?:the )?(?-i:[A-Z])", cased=True, proposal=True),
    # "has written to police chiefs urging them to ...": the perfect says a letter was sent.
    cue(T.LETTER, r"\b(?:has|have|had) written to\b", proposal=True),
    # "wrote to the interim education commissioner the same day", "wrote to the department's
    # commissioner": an office named in lower case, its body's possessive before it.
    cue(
        T.LETTER,
        r"\bwrote to (?:the |its |their )?(?:[a-z-]+(?:'s|\u2019s)? ){0,3}?"
        r"(?:commissioner|secretary|minister|"
        r"chiefs?|director|chair|governor|mayor|president|attorney general)\b",
        proposal=True,
    ),
    cue(
        T.LETTER,
        proposal=True,
        pattern=r"\bin (?:a|an) (?:[\w-]+ )*?letter\b|\bsent (?:\S+ ){0,5}?(?:a |an )?"
        r"(?:[\w-]+ )?letter\b|\bletter,? (?:sent|to (?:the |president )?[a-z])|"
        # "a cease-and-desist letter that Twitter sent in January": its sender named between.
        r"\bletters? (?:that|which) (?:[\w'-]+ ){1,4}?sent\b|"
        # "sent a legal notice to the National Crime Records Bureau (NCRB), asking it to
        # recall": a lawyer's letter before any suit.
        r"\b(?:sent|served) (?:\S+ ){0,5}?(?:a |an )?legal notices?\b",
    ),
    # Lawmakers' oversight: "The House Select Subcommittee on ... opened an investigation on
    # Thursday into ID.me" is done by letters to the company; a committee is no regulator, so
    # its inquiry is no enforcement.
    cue(
        T.LETTER,
        r"\b(?:sub-?)?(?:committee|panel)\b[^.;:]{0,80}?\b(?:open|launch)(?:ed)? "
        r"(?:an? |its |their )?(?:formal |new )?(?:investigation|inquiry|probe)\b",
    ),
    cue(
        T.CAMPAIGN,
        r"\b(?:launched|launches|started) (?:its |a |their )?(?:[\w\s,]{0,60}?)campaign\b|"
        # ("Groups campaigning against facial recognition noted": who they are, as below)
        r"(?<!groups )(?<!organisations )(?<!organizations )(?<!activists )(?<!those )"
        r"\bcampaigning (?:for|to|against)\b|\bcampaigned (?:for|to|against)\b|"
        r"\bcampaign\b(?= has backed)|"
        # "Groups that campaign against ... say": a relative clause says who they are, not an act.
        r"(?<!\bthat )(?<!\bwho )(?<!\bwhich )\bcampaign (?:for|to|against)\b",
    ),
    # "said the federal government should impose a national moratorium": a call for one.
    cue(
        T.CAMPAIGN,
        r"\bshould (?:impose|adopt|introduce|enact|put in place|pass) (?:a |an )?(?:[\w-]+ ){0,2}?"
        r"(?:ban|moratorium|pause|prohibition)\b|"
        # "said that governments should start passing laws on facial recognition": a call for rules.
        r"\bshould (?:start |begin )?(?:pass(?:ing)?|adopt(?:ing)?|enact(?:ing)?) (?:new )?"
        r"(?:laws|legislation|rules)\b",
        proposal=True,
    ),
    # A body's answer to a government's consultation is its case put to that government: "In a
    # consultation response sent on Monday to the ministry, the authority said ...".
    cue(
        T.CAMPAIGN,
        r"\bconsultation (?:response|submission|reply)\b|\b(?:responded|response|submission|"
        r"reply) to (?:a |the |its |their )?(?:\w+ ){0,3}?consultation\b",
    ),
    # A group's report is how it makes its case: "Amnesty International published a report
    # saying ...", followed by what it calls for.
    cue(
        T.CAMPAIGN,
        r"\b(?:published|publishes|released|releases|issued|issues) (?:a |an |its |their )?"
        # ("released its findings on June 15": the report named by what it holds)
        r"(?:new )?(?:report|findings|(?:joint |collective )?statement)\b|"
        # "said in a report released this month that the government should act": the same.
        r"\bin (?:a |an |its |their )(?:new )?report (?:released|published|issued)\b",
        needs=("civil_society", "coalition"),
    ),
    # A parliamentary committee's report is its case to the government: "The Joint Committee
    # on Justice on Tuesday published its pre-legislative scrutiny report on the general scheme
    # of the ... Bill" (a report on a bill, not a step of the bill).
    cue(
        T.CAMPAIGN,
        r"\bcommittee\b[^.;]{0,80}?\b(?:published|publishes|released|releases|issued|issues) "
        r"(?:a |an |its |their )?(?:[\w-]+ ){0,3}?report\b",
        needs=("government",),
    ),
    # An auditor's findings are how it makes its case to the bodies it audits: "the Government
    # Accountability Office said in a report released on Tuesday that 13 of the 14 agencies
    # ...", "In a report released on Tuesday, the inspector general found that ...".
    cue(
        T.CAMPAIGN,
        rf"\b{_AUDITOR}\b[^.;]{{0,80}}?\b(?:said|says|found|finds|concluded|reported) "
        r"(?:\S+ ){0,3}?in (?:a|an|its) (?:\w+ )?(?:report|audit)\b|"
        rf"\bin (?:a|an|its) (?:\w+ )?(?:report|audit)\b[^.;]{{0,60}}?\b{_AUDITOR}\b",
    ),
    # The same findings put in other words: "the Office of Inspector General released a report
    # on Wednesday on the breach", "the GAO said on Tuesday that 18 of the 24 agencies it
    # surveyed".
    cue(
        T.CAMPAIGN,
        rf"\b{_AUDITOR}\b[^.;]{{0,40}}? (?:published|publishes|released|releases|issued|issues) "
        r"(?:a|an|its) (?:\w+ )?(?:report|audit)\b|"
        rf"\b{_AUDITOR}\b (?:said|says|found|finds) [^.;]{{0,80}}?\b(?:it|they) "
        r"(?:surveyed|audited|reviewed|examined)\b",
    ),
    # "Eighteen of the 24 agencies surveyed by the Government Accountability Office used it in
    # 2020, its report found last week": a public body's report said as a reporting clause after
    # what it found; the cue is the clause alone, so the year of the findings does not date it.
    cue(
        T.CAMPAIGN,
        r"(?<=, )(?:its|their) (?:new |latest |annual )?(?:report|audit) "
        r"(?:found|finds|concluded|concludes|showed|shows)\b",
        needs=("government",),
    ),
    cue(
        T.CAMPAIGN,
        r"\b(?:collect(?:ed|ing|s)?|gather(?:ed|ing|s)?|delivered|submitted) (?:\S+ ){0,4}?"
        r"signatures\b",
    ),
    cue(
        T.CAMPAIGN,
        r"\b(?:call(?:s|ed|ing)?|joined calls|demand(?:s|ed|ing)?|push(?:es|ed)?|"
        # ("called on Tuesday for an immediate moratorium": the day between the call and what)
        r"want(?:s|ed)?|ask(?:s|ed|ing)?) (?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day |"
        r"yesterday |today )?for (?:a |an )?"
        r"(?:(?:\w+ ){0,3}(?:ban|moratorium|halt|prohibition)|"
        r"new (?:\w+ ){0,2}?(?:statute|legislation|laws?)|"  # "calls for a new statute to"
        # "a paper that calls for a data protection law" (not "for a law enforcement response")
        r"(?:[\w-]+ ){1,3}(?:law|legislation)(?! enforcement))\b|"
        r"\bjoined calls\b|\bwants? a (?:\w+ )?(?:ban|moratorium)\b|"
        # "adopted a motion asking the government to ban it": the motion asks, it bans nothing.
        r"\b(?:motion|resolution)s? (?:that |which )?(?:ask(?:s|ed|ing)|urg(?:es|ed|ing)|"
        r"call(?:s|ed|ing) on)\b",
    ),
    # An advisory body's advice to the body that decides: "voted to recommend that the City
    # Council ban ..." asks for the ban; it does not impose it. A time or a report may stand
    # between ("recommended last month that", "recommended in its report that").
    cue(
        T.CAMPAIGN,
        r"\brecommend(?:s|ed|ing)? (?:(?:on|in|last|this|earlier|late|early) (?:[\w'-]+ ){1,2}?)?"
        r"(?:that|a|an)\b",
        status=ActionStatus.ONGOING,
        proposal=True,
    ),
    cue(
        T.CAMPAIGN,
        r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|lobby|lobbied|"
        # ("they expect demand to grow", "the demand for cameras": the noun, no one's call)
        r"(?<!\bexpect )(?<!\bexpects )(?<!\bexpected )(?<!\bthe )(?<!\ba )(?<!\bgrowing )"
        r"(?<!\brising )(?<!\bstrong )(?<!\bpublic )demand(?:s|ed)?)\b"
        # ("called on the Office of the United Nations High Commissioner for Refugees (UNHCR)
        # to open": a long name, its initials in brackets after it)
        r"(?= (?:[\w.'-]+ ){0,8}?(?:(?:[\w.'-]+ ){0,3}?\([\w.-]+\) )?to\b)",
        status=ActionStatus.ONGOING,
        proposal=True,
    ),
    cue(
        T.CAMPAIGN,
        r"\b(?:voted down|reject(?:s|ed)?|defeat(?:s|ed)?) (?:\w+ ){0,2}(?:shareholder )?"
        r"proposals?\b",
        status=ActionStatus.REJECTED,
        proposal=True,
    ),
]
