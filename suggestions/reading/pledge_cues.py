"""The cues of companies' pledges: what a company says it will stop, pause, retire, give up,
take down or shut down of its own (a regulator's order to do so is read first, as
enforcement, in `cues`). Read last among the cues of who acts, in this order.
"""

from .cue_words import PLEDGED_VERB, T, cue

PLEDGE_CUES = [
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will|would|wo)(?:(?:\s+not|\s+no\s+longer|n't),?|"
        rf"[^.;]{{0,80}}?\band\s+not)\s+{PLEDGED_VERB}\b",
    ),
    # "according to the coalition agreement the parties presented in Berlin on Wednesday":
    # the parties that will govern promise what their agreement says.
    cue(
        T.CORPORATE_PLEDGE,
        r"\bcoalition (?:agreement|deal|pact|contract)\b[^.;]{0,60}?\b(?:presented|signed|"
        r"published|unveiled|sealed)\b|\b(?:presented|signed|published|unveiled|sealed) "
        r"(?:a |an |its |their )?coalition (?:agreement|deal|pact|contract)\b",
    ),
    # A body declining a system it had weighed: "will not go ahead with facial recognition",
    # "would not move forward with the contract".
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will|would|wo)(?:\s+not|n't)\s+(?:go ahead|move forward|proceed) with\b",
    ),
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:pledged not to|promised not to|promises not to|rules out|"
        # "IBM no longer offers general purpose facial recognition": what it has given up.
        # ("may no longer buy": a permission taken away, `measure_cues`)
        rf"ruled out|(?<!may )(?<!can )no longer {PLEDGED_VERB}s?)\b",
    ),
    cue(
        T.CORPORATE_PLEDGE,
        r"\bwill (?:stop(?! (?:\S+ ){1,10}?from (?:using|buying|acquiring|deploying))|retire|"
        r"transition away|phase out|cease)\b|\bwould (?:transition away|phase out)\b|"
        r"\bto (?:retire|phase out|"
        r"transition away)\b|\bto (?:stop|cease) (?:offering|selling|using|providing|making)\b|"
        r"\bstopped (?:offering|selling|providing|using)\b|\bscraps\b|\bretires\b|"
        r"\b(?:is )?cancel(?:l?ing|s|l?ed) (?:its )?[\w ]{0,30}"
        r"(?:program|programs|product|service)",
    ),
    # A company giving up a system it had planned: "Renfe has withdrawn a tender for a biometric
    # system", "said it had cancelled the contract", "drops plans for facial recognition".
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:withdr(?:ew|awn|aws)|cancel(?:l?ed|s)|scrapp?(?:ed|s)?|drop(?:ped|s)?|"
        r"abandon(?:ed|s)?|end(?:ed|s)|terminat(?:ed|es)) (?:a |an |its |the |their )?"
        r"(?:[\w-]+ ){0,2}?(?:tender|"
        r"contract|plans?|project|pilot|trial)\b",
        needs=("company",),
    ),
    # "said on Friday it would pause its trial": a company's word on its own use.
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will|would) (?:pause|suspend|halt)\b|"
        r"\bwould stop (?:offering|selling|providing|using|making)\b",
        # "the police department said it would stop using it": a force's halt of its own too.
        needs=("company", "government"),
    ),
    # A company taking down its own face data or features: "Microsoft has taken down MS
    # Celeb, a data set of 10 million images", "deletes a database of faces" (what a regulator
    # orders it to delete is read first, as enforcement).
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:has |have |had )?(?:taken|took|takes) down\b|"
        # "Meta said it had disabled augmented reality filters ... for users in Texas".
        r"\b(?:disabled|disables|turned off|turns off|switched off|switches off)\b|"
        r"\b(?:delet(?:es|ed)|remov(?:es|ed)|pull(?:s|ed)) (?:its |the |a |an |their )?"
        r"(?:[\w-]+ ){0,3}?(?:data ?sets?|databases?)\b|"
        # "has removed Brainwash, a set of about 10,000 images": the set named, then told.
        r"\b(?:delet(?:es|ed)|remov(?:es|ed)|pulled) [\w-]+(?: [\w-]+){0,2}, an? "
        r"(?:data ?)?(?:set|database|collection) of\b",
        needs=("company", "civil_society"),  # a university's own data set too
    ),
    # A company switching off its own system: "Meta said it would shut down the face
    # recognition system on Facebook", said of a company only (a city shuts down cameras too).
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will|would|to) (?:shut down|discontinue)\b|\bshut(?:s|ting)? down\b",
        needs=("company",),
    ),
]
# A company restricting its own service: "PimEyes ... has started blocking searches for
# images of children", "began blocking uploads of faces".
PLEDGE_CUES.append(
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:has |have |had )?(?:started|begun|began|starts|begins) (?:to block|blocking) "
        # (what its users do with faces, not "began blocking spam calls")
        r"(?:\S+ ){0,3}?(?:searches|uploads|requests|images|photos|faces|matches|matching)\b",
        needs=("company",),
    )
)
# A company giving its users the deletion of their own face data: "ID.me ... said on Tuesday
# that people who have verified their identity with it will be able to delete their selfie".
PLEDGE_CUES.append(
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:will be able to |can now |may now |(?:will )?(?:let|allow)s? (?:\S+ ){1,4}?(?:to )?)"
        r"delete (?:their|your|its|the) (?:[\w-]+ ){0,2}?(?:selfies?|photos?|images?|faces?|"
        r"face ?prints?|biometric|data|scans?)\b",
        needs=("company",),
    )
)
# A company saying no: "had turned down a request from a California law enforcement agency to
# install its facial recognition", "declined to put the technology on the camera network",
# "has trained the model to refuse requests to identify real people".
PLEDGE_CUES.append(
    cue(
        T.CORPORATE_PLEDGE,
        r"\b(?:turn(?:ed|s|ing)|rejected|refused|declined) (?:down )?(?:a |an |the |its |their )?"
        r"(?:[\w-]+ ){0,2}?(?:requests?|bids?|offers?)\b|"
        r"\b(?:declined|refused) to (?:sell|supply|provide|put|install|offer|deploy)\b|"
        r"\b(?:trained|built|designed|taught|set) (?:\S+ ){0,3}?to refuse\b",
        needs=("company",),
    )
)
