"""The cues of a use authorised: a deployment begun or announced, a purchase, a contract
approved, awarded or renewed, equipment approved or paid for. Read where `measure_cues` lists
them, after the cues of repeals and before those of rules made.
"""

from .cue_words import T, cue

AUTHORISATION_CUES = [
    cue(
        T.AUTHORISATION,
        r"\b(?:begin|start|began|begun|started|starting|to start|will start|will begin|would start|"
        r"would begin|resumes?|resumed|resuming|to resume|will resume|would resume)"
        r" (?:operational |routine |live )?(?:use|using|deploying|deployment)\b|"
        # "the mayor's office approved the purchase of a retrospective system", "will be able
        # to run facial recognition searches".
        r"\bapprov(?:e|es|ed|ing) (?:the |a |its )?(?:purchase|procurement|contract|"
        r"acquisition|deployment|rollout)\b|"
        # "approved a camera system in March that can identify people", "has approved spending
        # about $4 million on cameras": equipment bought, no rule made.
        # (not "approved a moratorium on facial recognition systems": a measure on them)
        r"\bapprov(?:e|es|ed|ing) (?:the |a |an |its |their )?(?:(?!(?:on|of|for|against)\b)"
        r"[\w-]+ ){0,2}?(?:camera|"
        r"surveillance|facial recognition|face recognition|video) (?:systems?|network|"
        r"software)\b|\bapprov(?:e|es|ed|ing) spending (?:[\w$€£.,-]+ ){0,8}?on (?:[\w-]+ )"
        r"{0,2}?(?:cameras|camera systems?|software|facial recognition|face recognition)\b|"
        # "voted to approve a two-year, $220,000 extension of the police department's contract",
        # "renews facial recognition contract": a contract kept is a use authorised again.
        r"\bapprov(?:e|es|ed|ing) (?:the |a |an |its )?(?:[\w$€£.,-]+ ){0,3}?(?:extension|renewal)"
        r" of (?:\S+ ){0,3}?(?:contract|agreement|licen[cs]es?)\b|"
        r"\brenew(?:s|ed|ing)? (?:the |a |an |its )?(?:[\w-]+ ){0,3}?(?:contract|licen[cs]es?)\b|"
        # "extended the authorisation it first gave the club in 2019" (not a court's "granted
        # permission to appeal").
        r"\b(?:extend|renew|grant)(?:s|ed|ing)? (?:the |an? |its |their )?(?:\w+ )?"
        r"(?:authori[sz]ation|permission|permit)\b(?! to (?:appeal|apply|bring|file|proceed))|"
        # "had awarded the contract for the shared Biometric Matching Service to a consortium":
        # the buyer's award is the system's go-ahead.
        r"\baward(?:s|ed|ing)? (?:the |a |an |its )?(?:[\w$€£.,-]+ ){0,3}?contract\b|"
        # "The Metropolitan Police said on Monday it would use live facial recognition in the
        # West End": a deployment announced.
        # ("The Met Police Says It Will Use Facial Recognition At The Coronation")
        # ("said on Monday that it would use a facial recognition app to verify voters")
        r"\b(?:said|says) (?:on \w+ )?(?:that )?(?:it|they) (?:would|will) (?:use|deploy) "
        r"(?:a |an |its |their )?(?:live )?(?:facial|face) recognition\b|"
        r"\b(?:will|would) be able to (?:use|run|deploy|search|scan)\b|"
        # "has agreed to a deal with CloudWalk Technology ... to build a mass facial recognition
        # system", "signed a $224,000 contract with Clearview AI ... for licences to": a
        # contract for the system.
        r"\b(?:agreed to|signed|struck|reached) (?:a |an )?(?:[\w$€£.,-]+ ){0,2}?(?:deal|"
        r"agreement|contract|partnership)\b(?=[^.;]{0,120}\b(?:to (?:build|supply|install|"
        r"deploy|provide)|for (?:\S+ ){0,2}?(?:licen[cs]es|subscriptions?|access to|use of))\b)|"
        # "Nice will test facial recognition software on crowds at its carnival".
        r"\bwill (?:test|trial|pilot) (?:[\w-]+ ){0,2}?(?:facial recognition|face "
        r"recognition|live facial recognition)\b|"
        # "announced on Monday a trial that will let travellers quarantine at home, checked by
        # an app that uses facial recognition": a use announced as a trial or pilot.
        r"\bannounc(?:ed|es) (?:on \w+ )?(?:a |an |its )?(?:[\w-]+ ){0,2}?(?:trial|pilot)"
        r"(?= (?:of|that|which|to|in|at|for)\b)|"
        r"\broll(?:s|ed|ing)? out\b|\bapprov(?:es|ed) (?:the )?use of\b|"
        # "police said they would install smart cameras to identify women who ...", "the Home
        # Office to fund live facial recognition vans for seven police forces".
        r"\b(?:will|would) (?:install|deploy|put up|set up|mount) (?:[\w-]+ ){0,3}?(?:cameras|"
        r"facial recognition|"
        r"face recognition)\b|"
        # "will put fixed live facial recognition cameras on street furniture" (a bare "put"
        # only with the cameras: "will put its use of facial recognition on hold" is no use).
        r"\b(?:will|would) put (?:[\w-]+ ){0,4}?cameras (?:on|in|at|along|outside)\b|"
        # "its cabinet approved £3.2 million for the upgrade": money voted for cameras or their
        # upgrade is their purchase approved.
        r"\bapprov(?:e|es|ed|ing) (?:[$€£][\d.,]+ ?(?:m|bn|million|billion)?|[\d.,]+ (?:million|"
        r"billion) (?:pounds|euros|dollars)?) ?(?:\w+ ){0,2}?for (?:the |a |an |its |their )?"
        r"(?:[\w-]+ ){0,3}?(?:upgrade|cameras|camera network|cctv|vans|rollout)\b|"
        # ("has given £55.5 million to police forces to buy live facial recognition vans")
        r"\b(?:to|will|would) (?:fund|pay for|buy|purchase) (?:[\w-]+ ){0,3}?(?:facial "
        r"recognition|face recognition)\b|"
        # ("approved Proposition E in March, letting the police try new surveillance tools":
        # the act's effect after a comma; "a bill letting police use" only describes a bill)
        r"(?:\b(?:allow|allows|allowed|allowing|permit|permits|permitted|lets|let)|(?<=, )letting) "
        r"(?:\S+ ){0,6}?(?:to )?(?:use|fly|deploy|install|operate|compare|match|scan|keep using|"
        r"try (?:out )?new|test new|"
        r"continue (?:using|to use))\b|"  # "to let the police department keep using its contract"
        # "voted to let the police view live footage from private security cameras": access to
        # cameras granted is a use authorised.
        r"\b(?:allow|allows|allowed|allowing|permit|permits|permitted|lets|let) "
        r"(?:\S+ ){0,6}?(?:to )?(?:view|watch|access|monitor|tap into) (?:[\w-]+ ){0,3}?"
        r"(?:footage|cameras?|video|feeds?)\b|"
        r"\b(?:will be|are|is) allowed to use\b|"
        r"\bgiv(?:es|ing|e) (?:\S+ ){0,8}?(?:more )?(?:room|freedom|power|powers|authority) to\b|"
        # A regulator granting what someone asked for: "approved Brøndby IF's request to scan".
        r"\bapprov(?:e|es|ed|ing) (?:\S+ ){0,4}?(?:request|application|plans?|bid) to "
        r"(?:use|scan|deploy|install|operate|run|test|trial|give|grant|let|allow)\b|"
        r"\blaunched (?:the|a|its) (?:system|program|programme|pilot|service)\b|"
        # "has been using a facial recognition system since March": a use that began then.
        r"\b(?:has|have) been using (?:an? |the |its |their )?(?:live )?(?:facial|face) "
        r"recognition (?:system |software |tool |technology )?since\b|"
        # "fifty officers have been wearing body cameras that can flag someone on a list",
        # "began testing software that identifies ...": the system at work, told by what it does.
        r"\b(?:have been|has been|are now|began|started|start|begin) (?:wearing|testing|"
        r"trialling|trialing|piloting|using) (?:[\w-]+ ){0,3}?(?:cameras?|software|systems?) "
        r"(?:that|which) (?:can )?(?:recogni[sz]es?|identif(?:y|ies)|flags?|match(?:es)?|"
        r"scans? faces)\b|"
        # "launched DigiYatra, the government-backed system that ...": the system by its name.
        r"\blaunch(?:ed|es) (?:[\w-]+ ){0,2}?[\w-]+, (?:the|a|an|its) (?:[\w-]+ ){0,3}?(?:system|"
        r"program|programme|service|scheme|app)\b|"
        # "DigiYatra goes live", "Uganda switches on Huawei cameras", "police have begun
        # watching the streets through cameras": a system put to work.
        r"\b(?:goes|went|gone) live\b|"
        # "The 335 cameras ... were switched on in December": the same, told of the cameras.
        r"\b(?:cameras|system|network)\b[^.;]{0,60}?\b(?:was|were|been) (?:switched|turned) on\b|"
        # (Not "after the school district switched on a system", told as what came before.)
        # "Lockport schools switch on facial recognition", "activated its facial recognition and
        # gun detection system in all of its buildings".
        r"\b(?:(?:switch|turn)(?:es|s|ing)?|(?:has|have) (?:switched|turned)) on (?:its |the |a |"
        r"an |their |new )?(?:[\w-]+ ){0,3}?(?:cameras|system|network|face [\w-]+|facial "
        r"recognition)\b|\bactivat(?:es|ed|ing) (?:its |the |a |an |their |new )?(?:[\w-]+ ){0,5}?"
        r"(?:cameras|system|network)\b|"
        r"\b(?:begun|began|started) (?:watching|monitoring|scanning)\b|"
        # "said on Thursday that it would more than double its use of live facial recognition":
        # a force's own decision to use the cameras more is a use authorised.
        r"\b(?:will|would) (?:more than )?(?:double|triple|expand|increase|extend|step up|scale "
        r"up) (?:its |their |the )?(?:use|deployments?) of (?:[\w-]+ ){0,2}?(?:facial|face) "
        r"recognition\b|"
        # "South Wales Police is deploying live facial recognition cameras in Cardiff today".
        # "Essex Police Deploys Live Facial Recognition Cameras In Chelmsford".
        r"\b(?:(?:is|are) deploying|deploys) (?:[\w-]+ ){0,3}?(?:cameras|vans|facial "
        r"recognition|face recognition)\b",
        act=False,
    ),
]
