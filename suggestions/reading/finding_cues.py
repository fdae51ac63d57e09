"""The cues of a regulator's finding that what it examined was unlawful, told with the
regulator before it ("the commissioner found that Bunnings breached ..."), after it in a
headline's order ("..., watchdog finds") or a body's ("..., the authority and the commissioner
found in a joint report"), or of a use still to come ("would break"). Part of `cues.ACT_CUES`,
read where its regulators' cues are; moved out of `cues` (which had reached 400 lines) with the
body's order.
"""

from .cue_words import T, cue

# What a regulator finds of what it examined: a breach, or something done without consent.
UNLAWFUL = (
    r"\b(?:breached|violated|broke|interfered with|(?:was|were|is|are) (?:unlawful|illegal)|"
    r"(?:had|has|have) no legal basis|without (?:\w+ ){0,2}?consent|unlawfully|illegally|"
    r"without (?:a |any )?(?:lawful|legal) (?:reason|basis|authority|justification))\b"
)

# Or that it was lawful: a finding decides an inquiry whichever way it goes.
_COMPLIED = r"\b(?:complied|complies|was compliant|were compliant) with\b"

FINDING_CUES = [
    # "Privacy Commissioner finds supermarket trial complied with the law", "The trial complied
    # with New Zealand's Privacy Act, Privacy Commissioner Michael Webster said on Wednesday".
    cue(
        T.ENFORCEMENT,
        rf"\b(?:commissioners?|regulators?|watchdogs?)\b[^.;]{{0,60}}?\b(?:found|finds|ruled|"
        rf"rules|concluded|concludes)\b[^.;]{{0,80}}?{_COMPLIED}|"
        rf"{_COMPLIED}[^.;]{{0,120}}?\b(?:commissioners?|regulators?|watchdogs?)\b[^.;]{{0,60}}?"
        r"\b(?:said|says|found|finds|concluded)\b",
    ),
    # "Privacy Commissioner Carly Kind found that Bunnings breached ...": the office in a title.
    # (not a police rank's "said": "Deputy Commissioner Tania Kura said police accepted ...";
    # a "police watchdog" is a regulator)
    cue(
        T.ENFORCEMENT,
        r"\b(?:(?<!deputy )(?<!assistant )(?<!police )commissioners?|regulators?|watchdogs?)\b"
        # (and a headline's plural present: "Privacy commissioners find Clearview AI broke")
        r"[^.;]{0,60}?\b(?:found|finds?|ruled|rules?|"
        rf"said|says?|concluded)\b[^.;]{{0,80}}?{UNLAWFUL}|"
        # The headline's order: "... breached privacy by using Clearview AI, watchdog finds".
        rf"{UNLAWFUL}[^.;]{{0,80}}?, (?:\w+ ){{0,2}}?(?:commissioners?|"
        r"regulators?|watchdogs?) (?:finds?|found|says?|rules?|ruled)\b",
    ),
    # And the body's: "Police have photographed young people without a lawful reason, the
    # Independent Police Conduct Authority and the Privacy Commissioner found in a joint report".
    cue(
        T.ENFORCEMENT,
        rf"{UNLAWFUL}[^.;]{{0,120}}?, [^.;]{{0,100}}? (?:found|concluded) in (?:a|an|its|their) "
        r"(?:[\w-]+ ){0,2}?(?:report|decision|review|investigation|inquiry)\b",
        needs=("regulator",),
    ),
    # "Ontario privacy commissioner faults McMaster over AI exam proctoring", "the watchdog
    # faulted the police for ...": a regulator finding fault with what it examined.
    cue(T.ENFORCEMENT, r"\b(?:commissioners?|regulators?|watchdogs?) (?:faults?|faulted)\b"),
    # The body's order, of what the examined body failed to do and should stop: "McMaster did
    # not tell students enough ..., and should stop the company using their recordings, the
    # Information and Privacy Commissioner of Ontario said in a report made public this week"
    # (a fault found; "Police forces should stop using it, the regulator said in a report"
    # without one is its call on them).
    cue(
        T.ENFORCEMENT,
        r"\b(?:did not|failed to|had not)\b[^.;]{0,200}?\band should (?:stop|delete|destroy|"
        r"erase|cease)\b[^.;]{0,120}?, (?:[^.;]{0,100}? )?"
        r"(?:said|found|concluded) in (?:a|an|its|their) (?:[\w-]+ ){0,2}?(?:report|decision|"
        r"review|investigation|inquiry)\b",
        needs=("regulator",),
    ),
    # "The commissioner found on Thursday that the insurer would break the province's privacy
    # law if it used ...": a regulator's finding that a use it examined would be unlawful is
    # its decision, though the use is still to come ("said the bill would violate" is no finding).
    cue(
        T.ENFORCEMENT,
        r"\b(?:commissioners?|regulators?|watchdogs?)\b[^.;]{0,60}?\b(?:found|finds|ruled|rules|"
        r"concluded|concludes)\b[^.;]{0,80}?\b(?:would|will) (?:break|breach|violate|contravene)\b",
    ),
]
