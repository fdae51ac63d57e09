"""The cues of instruments a regulator or government puts out: policies, guidance, strategies
and codes issued or published, guides and papers of principles, numbered decisions and decrees,
opinions and general comments. Read among the cues of who acts in `cues`, after those of
regulators' enforcement and before the courts', in this order.
"""

from .cue_words import T, cue

PUBLICATION_CUES = [
    # "has issued an interim policy on the use of facial recognition by its agencies".
    cue(
        T.REGULATION,
        # ("published its long-delayed biometrics strategy"; "issued the policy" is one told of;
        # "keep a published retention policy": the participle as an adjective, no act)
        # ("published its AI and biometrics strategy": two words joined by "and" are one)
        r"(?<! a )(?<! an )(?<! the )\b(?:issued|published|released) (?!the )"
        r"(?:a |an |its |new )?(?:(?!draft )[\w-]+ (?:and )?){0,2}?"
        r"(?:policy statement|policy|guidance|guidelines|rules|final rule|directive|strategy|"
        r"code of practice)\b"
        # (guidelines "that call on member states to ban" are the call read after them)
        r"(?! (?:that|which) (?:call|calls|urge|urges|ask|asks)\b)",
    ),
    # "issued the General Application and Implementation Directive": an instrument named by
    # its title is made when its maker issues it ("issued the policy" is one told of before).
    cue(
        T.REGULATION,
        r"\b(?:issued|published|released|adopted) the (?-i:(?:[A-Z][\w-]*\s+(?:(?:and|of|on|"
        r"for)\s+)?){1,6}(?:Directive|Guidelines|Regulations|Code|Guidance|Rules|Framework))\b",
        cased=True,
        needs=("regulator", "government"),
    ),
    # "The commission last month published a guide for building owners on the responsible use
    # of biometric data": a regulator's or government's guide is its guidance (a newspaper's or
    # a charity's guide is none, hence the kinds it needs).
    cue(
        T.REGULATION,
        r"(?<! a )(?<! an )(?<! the )\b(?:issued|published|released) (?:a |an |its |new )?"
        r"(?:(?!draft )[\w-]+ ){0,2}?guides?\b(?! (?:dog|book)s?\b)",
        needs=("regulator", "government"),
    ),
    # "published a report setting out how businesses should use cameras with facial
    # recognition", "a discussion paper ... that calls for a data protection law": a
    # regulator's or government's paper of principles is its guidance.
    cue(
        T.REGULATION,
        r"\b(?:published|issued|released) (?:a |an |its )?(?:[\w-]+ ){0,2}?(?:report|paper|"
        r"framework)\b[^.;]{0,40}?\b(?:setting out|(?:that )?sets out|laying down|(?:that )?lays "
        r"down)\b",
        needs=("regulator", "government"),
    ),
    # "General Order 338, which governs the department's use of artificial intelligence and
    # was last revised on Nov. 20, 2024, says ...": a police order or policy told with the day
    # it was last revised is the rule as it stands, made that day.
    cue(
        T.REGULATION,
        r"\b(?:(?:general|special|standing) order|policy|directive)\b[^.;]{0,120}?\b"
        r"(?:was |were )?last (?:revised|updated|amended)(?= on\b)",
    ),
    # "The central bank issued Decision 2345, which requires ...": an instrument a government
    # names by its number is made when issued (a court's "decision" has none).
    cue(
        T.REGULATION,
        r"\b(?:issued|issues|signed|signs|adopted|adopts|promulgated) (?:its |a )?(?:decision|"
        r"decree|circular|resolution) (?:no\.? ?)?\d",
    ),
    cue(
        T.REGULATION,
        r"\b(?:published|issued|adopted) (?:a |an |its )?(?:formal |negative |unfavourable |"
        r"unfavorable |critical )?opinion\b|"
        # "In an opinion adopted on Thursday at the request of France's regulator, the board".
        r"\bopinion,? (?:it |which it )?(?:adopted|issued|published)\b|"
        # "adopted General Comment No. 37": a treaty body's reading of what its treaty requires.
        r"\b(?:published|issued|adopted) (?:a |an |its )?(?:new )?general "
        r"(?:comment|recommendation)\b",
    ),
]
