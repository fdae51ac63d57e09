"""The cues of courts' decisions: rulings, judgments, orders, verdicts, a case let go ahead or
thrown out, a settlement a judge approves. Part of `cues.ACT_CUES`, read in this order after the
regulators' cues and before the lawsuits'.
"""

from .cue_words import T, cue

COURT_CUES = [
    cue(
        T.COURT_RULING,
        # "rules that" as a verb ("the court rules that"), not the noun ("with rules that").
        # ("has ruled out cameras": excluded, no ruling)
        r"\bruled\b(?! out\b)|(?<!with )(?<!the )(?<!new )(?<!its )(?<!of )(?<!draft )"
        r"(?<!proposed )(?<!under )"
        r"(?<!final )(?<!passed )(?<!adopted )(?<!issued )(?<!approved )(?<!ai )(?<!eu )"
        r"(?<!such )(?<!these )(?<!privacy )(?<!data )\brules that\b|"
        # "struck the registry down", "strikes down a law": the verb split around its object.
        r"\bsided with\b|\bstruck (?:[\w-]+ ){0,3}?down\b|\bstrik(?:es|ing) down\b|"
        r"\boverturn(?:ed|s)\b|\breversed\b|\bdeclared\b(?=[^.;]{0,160}\bunconstitutional)|"
        r"\bupheld\b|\bupholds\b|"
        # ("dismissed the world's first legal challenge": the case described in four words;
        # "refused to dismiss a proposed class action" decides it as much, the other way)
        r"\b(?:rejected|dismissed|threw out|tossed out|(?:refused|refuses|declined|declines) "
        # ("rejected appeals by residents who argued ...": several of them)
        r"to (?:dismiss|throw out|toss out))\b(?= (?:\S+ ){0,4}?(?:lawsuit|suit|case|"
        r"challenge|complaint|appeal|petition|claim|class action)s?\b)|"
        r"\bannull?(?:ed|led|s)\b|\bquash(?:ed|es)\b|\binvalidated\b",
    ),
    # "the Illinois Supreme Court decided Walton v. Roosevelt University, holding that ...": a
    # court deciding a case it names by its parties.
    cue(
        T.COURT_RULING,
        r"\bdecided (?=(?:(?-i:[A-Z])[\w.'&-]*\s+){1,6}v\.?\s+(?-i:[A-Z]))",
        cased=True,
        needs=("court",),
    ),
    # "partly set aside the finding that Bunnings broke the Privacy Act": a court undoing a
    # decision (read of a court only, as anyone may set money aside).
    cue(T.COURT_RULING, r"\bset(?:s|ting)? aside\b", needs=("court",)),
    cue(
        T.COURT_RULING,
        r"\b(?:court|judge|tribunal)'s\s+(?:\d{4}\s+)?(?:ruling|decision|judgment)\b",
    ),
    # "Mexico's Supreme Court throws out phone registry": what a court throws out is a law or a
    # measure as much as a case (read of a court only, as anyone may throw out a plan).
    # "refused Tools for Humanity's request to lift the temporary ban": the court decides it.
    cue(
        T.COURT_RULING,
        r"\b(?:throws|threw|tosses|tossed) out\b|\b(?:refused|refuses|rejected|rejects|denied|"
        r"denies) (?:\S+ ){0,4}?(?:request|application|bid)\b",
        needs=("court",),
    ),
    # "the $228 million award against Acme was thrown out last June": what only a court can
    # undo, undone.
    cue(
        T.COURT_RULING,
        r"\b(?:award|verdict|judgment|conviction|damages|fine|penalty|case|lawsuit|suit|claims?)"
        r" (?:[\w$-]+ ){0,3}?(?:was|were|had been|has been|have been) (?:thrown out|tossed out|"
        r"vacated|set aside)\b",
    ),
    # "A federal judge on Friday vacated the $228 million judgment against BNSF": a court
    # undoing its own or a lower court's decision, written in the active voice.
    cue(
        T.COURT_RULING,
        r"\bvacat(?:ed|es|ing)\b(?= (?:\S+ ){0,5}?(?:judgment|award|verdict|ruling|decision|"
        r"order|conviction|sentence|injunction)s?\b)",
    ),
    cue(T.COURT_RULING, r"\bordered (?:the |its |a )?[\w ]{0,40}?\bsuspended\b"),
    # "The Illinois Supreme Court on Thursday ordered West Bend Mutual Insurance to defend ...":
    # whatever a court orders a party to do, it orders by its ruling ("When the Delhi High
    # Court told the Delhi Police in 2018 to use ...", "directed the ministry to": the same).
    cue(
        T.COURT_RULING,
        r"\b(?:order(?:s|ed)|direct(?:s|ed)|told) (?:\S+ ){1,7}?to [a-z]+\b",
        needs=("court",),
    ),
    # "A Cook County judge on Friday denied Clearview AI's motion to dismiss": a motion is
    # decided by the court it is made to.
    cue(
        T.COURT_RULING,
        r"\b(?:denied|denies|granted|grants|rejected|rejects) (?:\S+ ){0,4}?motion\b",
    ),
    # "The Supreme Court declined to take up Facebook's challenge", "won't hear Facebook's
    # appeal": a court refusing to review a case decides it, leaving the ruling below standing.
    cue(
        T.COURT_RULING,
        r"\b(?:declined|declines|refused|refuses|won't|will not|would not) (?:to )?(?:hear|take "
        r"up|review|consider) (?:\S+ ){0,3}?(?:appeal|challenge|case|petition)s?\b",
        needs=("court",),
    ),
    # "let a class action go ahead", "allowed the lawsuit to proceed": a ruling for the case.
    cue(
        T.COURT_RULING,
        r"\b(?:let|lets|allowed|allows|permitted) (?:a |an |the |their |its )?(?:[\w-]+ ){0,3}?"
        r"(?:class action|lawsuit|suit|case)\b[^.;]{0,60}?\b(?:go ahead|proceed|move forward)\b",
        needs=("court",),
    ),
    # "The Court of Appeal ... found South Wales Police's use ... breaches privacy rights".
    cue(
        T.COURT_RULING,
        r"\b(?:found|finds|held|holds)\b(?=[^.;]{0,140}?\b(?:breach(?:es|ed)?|violat(?:es|ed)|"
        r"(?:was|is|were|are) unlawful|(?:was|is|were|are) illegal|infringe[sd]?)\b)",
        needs=("court",),
    ),
    # "A federal jury in Chicago found on Wednesday that BNSF Railway violated ...": a verdict,
    # and so is "A jury found in 2022 that the railway had broken the state's law".
    cue(
        T.COURT_RULING,
        r"\bjury\b[^.;]{0,60}?\b(?:found|finds|ruled)\b(?=[^.;]{0,140}?\b(?:violat(?:es|ed)|"
        r"breach(?:es|ed)?|broke|broken|liable|(?:was|were) (?:unlawful|illegal))\b)|"
        r"\bjury (?:verdict|awarded)\b",
    ),
    cue(
        T.COURT_RULING,
        r"\b(?:judgment|ruling|decision),? (?:was )?handed down\b|"
        r"\bhanded down (?:its |a |the )?(?:judgment|ruling|decision)\b",
    ),
    # "a $650 million settlement ..., approved by a federal judge in February".
    cue(
        T.COURT_RULING,
        r"\bsettlement\b[^.;]{0,80}?(?<!be )\bapproved by (?:a |the )?(?:[\w-]+ ){0,3}?"
        r"(?:judge|court)\b",  # not "must be approved by the bankruptcy court"
    ),
    # "A Cuyahoga County judge last Thursday suppressed the gun and other evidence police
    # seized": a court that keeps evidence out of a trial decides on it.
    cue(
        T.COURT_RULING,
        r"\b(?:judge|court|justices)\b[^.;]{0,60}?\b(?:suppress(?:ed|es)|excluded|"
        r"threw out|tossed out)\b(?=[^.;]{0,60}?\bevidence\b)",
    ),
    # A judge's approval of a settlement decides the case.
    cue(
        T.COURT_RULING,
        r"\b(?:judge|court)\b[^.;]{0,60}?\b(?:approved|(?:gave|granted) (?:its |her |his )?"
        r"(?:final |preliminary )?approval to) (?:\S+ ){0,3}?(?:settlement|deal)\b",
    ),
]
