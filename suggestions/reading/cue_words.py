"""What every cue is made of: the `Cue` type, `cue()` to write one, and the word patterns
several cues share (the verbs that ban or enact, the instruments enacted, what a match may not
be the only basis of). `cues` and `measure_cues` hold the cues themselves.
"""

import re
from dataclasses import dataclass

from policies.models import ActionType

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


def cue(action_type, pattern, **options):
    """Patterns are written in lower case and read in lower-cased text, which the regex
    engine scans several times faster than text under IGNORECASE."""
    flags = 0 if not options.get("cased") else re.IGNORECASE
    return Cue(
        action_type,
        re.compile(pattern, flags),
        fallback=re.compile(pattern, re.IGNORECASE),
        **options,
    )


BAN_VERB = r"(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?|outlaw(?:s|ed|ing)?)"
ENACT = (
    r"(?:approv(?:e|es|ed|ing)|pass(?:es|ed|ing)?|adopt(?:s|ed|ing)?|enact(?:s|ed|ing)?|"
    r"sign(?:s|ed|ing)?|gave (?:its |their )?(?:final )?approval to|"
    r"voted (?:\S+ ){0,4}?(?:to (?:adopt|approve|pass|enact)|for)|pushed through)"
)
INSTRUMENT = (
    r"(?:ban|bans|moratorium|ordinance|bylaw|law|bill|act|measure|resolution|initiative|"
    r"referendum|proposition|prop|regulation|rules|legislation|article|amendment|statute|"
    # A president's or governor's "executive order" binds the agencies under them.
    r"policy|executive order|(?:ab|sb|hb|ld|hr|h\.r\.|s\.)\s?\d+|"
    # A state that signs a treaty binds itself to it ("signed the Framework Convention").
    r"convention|treaty)"
)
# What a match may not be on its own: "as the only reason for an arrest", "based solely on".
ONLY_BASIS = (
    # ("barring a match from being the only reason to arrest someone")
    r"(?:(?:as|being) (?:the )?(?:only|sole) (?:basis|reason|grounds?|evidence)\b|"
    r"based (?:only|solely|exclusively) on\b)"
)
ASKING = r"(?:call(?:s|ed|ing)|urg(?:es|ed|ing)|ask(?:s|ed|ing)|demand(?:s|ed|ing)|seek(?:s|ing))"
# What a company says it will no longer do: sell or use the technology, or apply it to the
# faces it holds ("Facebook will no longer recognise faces in the photos its users upload").
PLEDGED_VERB = (
    r"(?:add|put|sell|offer|use|build|develop|deploy|provide|make|supply|market|introduce|"
    r"roll out|acquire|buy|purchase|recogni[sz]e|scan|identify)"
)
