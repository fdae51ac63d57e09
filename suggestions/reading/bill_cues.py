"""The cues of bills: vetoed, withdrawn or voted down, a chamber's or the member states'
position, negotiators' deals and the texts bodies endorse, bills introduced, proposed, drafted,
put out for consultation, filed or tabled. Read last among the cues of laws and local measures
in `measure_cues`, in this order.
"""

from policies.models import ActionStatus

from .cue_words import T, cue

BILL_CUES = [
    # "since the Senate passed it last year": one chamber's vote is a step of the bill, the
    # other chamber still to vote.
    cue(
        T.BILL,
        r"\b(?:senate|house of representatives|chamber of deputies)\b[^.;,]{0,20}?\bpass(?:ed|es)"
        r" (?:it|them|the measure|the proposal)\b",
    ),
    # "On Tuesday the Cabinet approved bills to abolish paper health insurance cards": what a
    # cabinet approves goes to the legislature as a government bill, no law yet.
    cue(
        T.BILL,
        r"\b(?:cabinet|council of ministers)\b[^.;]{0,40}?\bapprov(?:ed|es|ing)\b "
        r"(?:\S+ ){0,3}?(?:bills?|draft (?:laws?|bills?|legislation)|legislation)\b",
    ),
    # "Gov. Jared Polis vetoed a bill on Friday that would have limited ...": a bill refused.
    cue(T.BILL, r"\bveto(?:ed|es|ing)\b", status=ActionStatus.REJECTED),
    # "returned the police accountability bill to the Legislature with amendments", "sent the
    # compromise bill back to lawmakers": an executive handing a passed bill back unsigned,
    # asking for changes, is a step of the bill as a veto is.
    cue(
        T.BILL,
        r"\b(?:return(?:s|ed|ing)?|sen(?:d|ds|t|ding)) (?:the |a |an |its )?(?:[\w-]+ ){0,4}?"
        r"(?:bill|legislation|ordinance|measure) (?:back\b|(?:to (?:\S+ ){1,4}?)?with "
        r"(?:\w+ )?amendments\b)",
    ),
    # A government taking back its own proposal.
    cue(
        T.BILL,
        r"\bwithdr(?:ew|aws|awn|awing) (?:a |the |its )?(?:draft )?(?:\w+ )?(?:law|bill|"
        r"legislation|proposal|amendments?)\b|"
        # "withdrew an earlier version of the law in September 2021": the same kind of step.
        r"\bwithdr(?:ew|aws|awn|awing) (?:an? |the |its )(?:earlier |previous |first )?"
        r"(?:version|draft) of (?:the |its |a )?(?:\w+ )?(?:law|bill|legislation)\b",
        status=ActionStatus.REJECTED,
    ),
    # "refused its consent to the part of the federal government's security package that
    # would have let ...": a chamber turning a bill down is a step of the bill.
    cue(
        T.BILL,
        r"\b(?:refus(?:ed|es|ing) (?:its |their )?(?:consent|approval)|vot(?:ed|es|ing) down)"
        r" (?:to )?(?:\S+ ){0,8}?(?:bill|legislation|package)\b|"
        # "the bills that a parliamentary committee rejected in 2019": the chamber named after.
        r"\b(?:bills?|legislation) (?:that|which) (?:a |an |the |its )?(?:[\w-]+ ){0,3}?"
        r"(?:committee|parliament|senate|assembly|house|lawmakers|legislature) rejected\b",
        status=ActionStatus.REJECTED,
    ),
    # A chamber's or the member states' position on a law still to negotiate: "agreed on
    # Tuesday on the Council's position on the Artificial Intelligence Act".
    cue(
        T.BILL,
        r"\b(?:agreed|adopted|approved|reached) (?:on )?(?:\S+ ){0,8}?(?:position|general "
        r"approach|negotiating mandate)(?= on\b)",
    ),
    # Negotiators' deal on a law still to adopt: "reached a provisional agreement on the AI Act";
    # and the bodies that sign off on it: "endorsed on Friday the final text of the Artificial
    # Intelligence Act", "endorsed the provisional agreement on the AI Act by 71 votes to 8".
    cue(
        T.BILL,
        r"\breach(?:ed|es)? (?:a |an )?(?:provisional |political |final )?"
        r"(?:agreement|deal) on\b",
    ),
    cue(
        T.BILL,
        r"\bendors(?:ed|es)(?: on \w+)? (?:the |a |its )?(?:provisional |political |final |"
        r"compromise )*(?:agreement|deal|text)\b",
        needs=("government",),
    ),
    cue(
        T.BILL,
        # ("introduced an ordinance that would ban ...": a council's bill is its ordinance;
        # "introduced a private member's bill": a backbencher's bill, as Westminster names it)
        r"\b(?:re)?introduc(?:e|es|ed|ing) (?:a |an |the )?(?:private members?['\u2019]s? |\w+ )?"
        r"(?:bills?|legislation|measures?|ordinances?)\b|"
        # "introduced the Facial Recognition and Biometric Technology Moratorium Act"
        r"\b(?:re)?introduc(?:e|es|ed|ing) the (?:[\w-]+ ){1,10}?act\b|"
        # "proposed the first EU-wide law on artificial intelligence", "proposes AI rules", "on
        # Thursday proposed a rule that would let it take photographs" (an agency's rule)
        r"\bpropos(?:ed|es) (?:(?:the|a|an|its) )?(?:[\w-]+ ){0,2}?(?:law|bill|regulations?|"
        r"legislation|rules?|act)\b|"
        # "proposed on Wednesday to push back the AI Act's obligations": a change to a law.
        r"\bpropos(?:ed|es) (?:on \w+ )?to (?:delay|postpone|push back|amend|change|simplify|"
        r"scrap|repeal|extend)\b|"
        # "The European Commission published its proposal for the Act on 21 April".
        r"\b(?:published|presented|unveiled|tabled) (?:its|a|the) (?:[\w-]+ )?proposal for\b|"
        # "published draft rules that would require consent": rules put out for comment; "has
        # sent two draft laws to the other ministries": drafts a ministry circulates.
        # ("Spain's cabinet approved on Tuesday a draft law": a government's bill, sent on)
        r"\b(?:published|released|issued|unveiled|sent|circulated|approved(?: on \w+)?) "
        r"(?:a |its |the |new |two |three |four )?draft (?:\w+ )?(?:laws?|"
        r"bills?|rules|regulations?|legislation|measures)\b|"
        # "released on Friday a discussion draft of the American Data Privacy and Protection
        # Act": a bill's text put out before it is introduced.
        r"\b(?:published|released|issued|unveiled|circulated) (?:\S+ ){0,3}?(?:a |an |its |the )"
        r"(?:discussion |exposure |staff )?draft of (?:a |an |the |its )?(?:[\w-]+ ){0,8}?"
        r"(?:act|bill|law|legislation)\b|"
        # "released an exposure draft of a code of practice": a code put out for comment.
        r"\b(?:published|released|issued|unveiled|circulated) (?:a |an |its |the )?(?:\w+ )?"
        r"draft (?:of (?:a |an |the |its )?(?:[\w-]+ ){0,2}?)?(?:codes?|code of practice)\b|"
        # "published its white paper on artificial intelligence, proposing strict rules".
        r"\b(?:published|unveil(?:ed|s)|present(?:ed|s)|released|issued) (?:its |a |the |an )?"
        r"(?:[\w-]+ ){0,2}?white paper\b|"
        # "opened a ten-week consultation on a new legal framework": rules put out for comment,
        # as are "the guidelines its AI Office is drafting".
        r"\b(?:open(?:ed|s)|launch(?:ed|es)) (?:a |an |its |the )?(?:[\w-]+ ){0,2}?consultation "
        r"on (?:a |an |the |its )?(?:new |proposed |draft )?(?:legal framework|laws?|rules|"
        r"regulations?|legislation|code|guidelines|guidance)\b|"
        # "A draft revision of Hangzhou's property management rules published on Saturday".
        r"\bdraft (?:revision|amendment|law|bill|rules|regulations?)\b[^.;]{0,80}?\b"
        r"(?:published|released|issued|unveiled)\b|"
        # "the Justice in Policing Act that Democrats introduced in Congress on Monday"
        r"\b(?:act|bill) (?:that|which) (?:\S+ ){0,3}?introduced\b|"
        # "lawmakers filed a bill on Tuesday that would ...", "A bill filed in Baton Rouge
        # would ...": a bill filed, tabled or sponsored is a bill introduced.
        r"\b(?:filed|submitted|tabled|sponsored|authored) (?:a |an |the )?"
        r"(?:new |draft |private members?['\u2019]s? )?"
        r"(?:bills?|legislation)\b|\b(?:bill|legislation) (?:was |were )?(?:filed|submitted|"
        r"tabled)\b|"
        r"\b(?:bill|legislation|proposal|measure)(?: \d+)? (?:that )?would\b|"
        # "Senate Bill 342, introduced by Sen. Peter Lucido, would ...", "a bill sponsored by
        # two Democrats would ...": a bill said to be someone's, and what it would do, is a
        # bill introduced (not "The measure, sponsored by ..., was approved": its passage).
        r"\b(?:bill|legislation|measure)(?: \d+)?,? (?:which |that )?(?:was |were |is )?"
        r"(?:introduced|filed|submitted|tabled|sponsored|authored) by\b(?=[^;]{0,120}?\bwould\b)|"
        r"\bconsider(?:s|ing)? (?:a |an )?(?:\w+ )?(?:bill|measure|proposal)\b|"
        r"\bpending before\b|\bis pending\b|"
        # Not "signatures to put the question on the November ballot": a drive's aim.
        r"\b(?<!put the )(?<!put a )(?<!get the )(?<!get a )(?:initiative|referendum|measure|"
        r"question) on the (?:\w+ )?ballot\b|"
        r"\bsent to the governor\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
    ),
    # "proposed the Artificial Intelligence Act": a law's name, capitalised, before "Act".
    cue(
        T.BILL,
        r"\bproposed the (?-i:(?:[A-Z][\w-]* ){1,8}Act)\b",
        status=ActionStatus.PROPOSED,
        proposal=True,
        cased=True,
    ),
]
