"""A legislature's chamber named bare ("the Senate voted 39-0", "Democrats in the Senate and the
House"), read as a careful reader reads it: the chamber of the legislature the text is about.

- In a text that names Congress, or introduces members of Congress as news does, by their state
  ("Representative Ted Lieu of California"; a state's own lawmakers are given their party and
  district), the chambers are Congress's: the United States Senate and the United States House
  of Representatives.
- In a text about one US state, the state's: "the Senate" in a text about Virginia is the
  Virginia Senate, and "the House" its House of Delegates, as "the Maine House and Senate" are
  the Maine House of Representatives and the Maine Senate.
- Otherwise the text does not say whose chamber it is. A bare "Senate" is then left to the
  country the text is about (`recognition`: "the Senate" in a text about Italy is the Italian
  Senate) or kept as the text gives it; a bare "House" names nobody.

Pure: names and the directory's name index in, a key out.
"""

import re

from .lawmaker_names import a_member_of_congress_home
from .place_bodies import OrgSpan
from .text import words

# The chamber a bare name means, under the name its legislature gives it.
CHAMBERS = {
    "senate": "Senate",
    "state senate": "Senate",
    "house": "House of Representatives",
    "house of representatives": "House of Representatives",
    "state house of representatives": "House of Representatives",
    "house of delegates": "House of Delegates",
}
# The states whose lower chamber is a House of Delegates (Nebraska has one chamber, and
# California's, Nevada's, New Jersey's, New York's and Wisconsin's lower chamber is an Assembly).
_HOUSES_OF_DELEGATES = frozenset(("Maryland", "Virginia", "West Virginia"))
_ONE_CHAMBER = frozenset(("Nebraska",))
_ASSEMBLIES = frozenset(("California", "Nevada", "New Jersey", "New York", "Wisconsin"))
CONGRESS = "United States Congress"


def is_bare_chamber(name):
    return name.casefold() in CHAMBERS


def chamber_of(name, states, congress, name_index, candidate):
    """The key of the chamber `name` ("Senate", "House") is, or None if the text does not say:
    of Congress where the text names it (`congress`, its place's pk, else None), of the one US
    state among `states` (pks) otherwise. `candidate(name, place_pk)` makes the key of a chamber
    the directory does not know."""
    chamber = CHAMBERS[name.casefold()]
    if congress is not None:
        full, place = f"United States {chamber}", congress
    else:
        us_states = [pk for pk in states if _in_the_united_states(pk, name_index)]
        if len(us_states) != 1:
            return None
        (place,) = us_states
        state = name_index.places[place].name
        if state in _ONE_CHAMBER or (state in _ASSEMBLIES and chamber != "Senate"):
            return None
        if chamber == "House of Representatives" and state in _HOUSES_OF_DELEGATES:
            chamber = "House of Delegates"
        full = f"{state} {chamber}"
    known = name_index.organisation_named(full)
    return ("organisation", known.pk) if known is not None else candidate(full, place)


# "the House Energy and Commerce Committee", "the Senate Select Committee on Ethics".
_CHAMBER_COMMITTEE = re.compile(r"(House|Senate) (?:\S+ )+(?:Sub-?)?[Cc]ommittee\b")


def committee_place(name, states, congress, name_index):
    """The place of a chamber's committee the directory does not know, named with its chamber
    ("the House Energy and Commerce Committee"): where that chamber is, as `chamber_of` reads a
    bare chamber (Congress's in a text about a federal measure), else None."""
    committee = _CHAMBER_COMMITTEE.match(name)
    if committee is None:
        return None
    found = chamber_of(committee[1], states, congress, name_index, lambda _name, pk: (None, pk))
    if found is None:
        return None
    kind, value = found
    return name_index.organisations[value].jurisdiction if kind == "organisation" else value


def _in_the_united_states(pk, name_index):
    country = name_index.country_of(pk)
    return country is not None and name_index.places[country].iso_code == "US"


def legislatures_named(text, spans, tokens, matches, name_index):
    """The legislatures the text speaks of: the place of Congress if it names Congress or
    introduces a member of Congress (else None), and the US states whose legislature it names
    among `spans` (organisation spans) that the directory knows ("The Virginia General Assembly
    ... The Senate voted 39-0": Virginia's Senate)."""
    congress, states = None, set()
    known_congress = name_index.organisation_named(CONGRESS)
    for span in spans:
        if span.known is None:
            continue
        organisation = name_index.organisations[span.known]
        if organisation.name == CONGRESS:
            congress = organisation.jurisdiction
        elif (
            organisation.jurisdiction is not None
            and _STATE_LEGISLATURE.search(organisation.name)
            and name_index.places[organisation.jurisdiction].kind == "state"
        ):
            states.add(organisation.jurisdiction)
    if (
        congress is None
        and known_congress is not None
        and (
            _introduces_a_member_of_congress(text, tokens, matches, name_index)
            or _binds_federal_bodies(text, spans, states)
        )
    ):
        congress = known_congress.jurisdiction
    return congress, states


_STATE_LEGISLATURE = re.compile(r"(?:General Assembly|Legislature)$")
# "a bill to ban federal use of face recognition", "Americans' personal data", "the Fourth
# Amendment": what only Congress makes law for, or the whole nation it makes law for.
FEDERAL_MEASURE = re.compile(
    r"\bfederal (?:use|agencies|agency|government|law enforcement|officials|funds|funding|"
    r"grants|ban|moratorium|legislation|bill)\b|\bCapitol Hill\b|\bFourth Amendment\b|"
    # "Federal privacy bill that treats face data as sensitive clears House committee".
    r"\bfederal (?:[\w-]+ ){1,2}?(?:bill|legislation)\b|"
    r"\bAmericans['\u2019]",
    re.IGNORECASE,
)
# "the Vermont Senate", "the Virginia House of Delegates": a chamber named with its legislature.
_A_CHAMBER_NAMED_WHOLE = re.compile(
    r"\S\s+(?:State\s+)?(?:Senate|House|Assembly|House of (?:Representatives|Delegates))$"
)


def _binds_federal_bodies(text, spans, states):
    """Whether the text is about a measure for the federal government and names no state's
    legislature or chamber: its bare chambers are Congress's ("Senate Democrats introduced a
    bill to ban federal use of ...", though a state is named for where arrests happened)."""
    return (
        not states
        and _may_name_a_federal_measure(text)
        and FEDERAL_MEASURE.search(text) is not None
        and not any(
            _A_CHAMBER_NAMED_WHOLE.search(span.name)
            and not span.name.startswith(("United States", "U.S."))
            for span in spans
        )
    )


def _may_name_a_federal_measure(text):
    """False where `FEDERAL_MEASURE` cannot match: a text without one of the words each of its
    branches needs, in its lower case (which is what IGNORECASE compares, but for the letters
    it also takes for an "i" or an "s": then the pattern is asked). Its case-blind search of
    the whole text was half of reading which legislatures a text speaks of."""
    if any(letter in text for letter in _ALSO_I_OR_S):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _FEDERAL_MEASURE_WORDS)


_FEDERAL_MEASURE_WORDS = ("federal", "capitol hill", "fourth amendment", "americans")
_ALSO_I_OR_S = "\u0130\u0131\u017f"  # capital I with a dot, dotless i, long s


def _introduces_a_member_of_congress(text, tokens, matches, name_index):
    """Whether a US state is named as a lawmaker's home, not a state lawmaker's: "Senator Ed
    Markey of Massachusetts", "Three House Democrats, Yvette Clarke of New York, ..."."""
    return any(
        a_member_of_congress_home(text, tokens[match.start].start)
        for match in matches
        if any(
            name_index.places[pk].kind == "state" and _in_the_united_states(pk, name_index)
            for pk in match.places
        )
    )


# "House Democrats", "Senate Republicans": lawmakers named by their chamber and party.
_PARTY_MEMBERS = words("democrats republicans democratic republican gop")


def chamber_of_its_members(tokens, start, end):
    """The chamber a phrase names by its members ("Three House Democrats introduced a bill",
    "Vermont House Republicans") names the House, whose legislature `chamber_of` then says),
    else None."""
    for position in range(start, end - 1):
        chamber, party = tokens[position], tokens[position + 1]
        if chamber.folded in ("house", "senate") and party.folded in _PARTY_MEMBERS:
            return OrgSpan(position, position + 1, chamber.text, "government")
    return None


# A state's bodies, named bare in a text about that state ("the Legislature passed the bill",
# "a judge of the State Supreme Court in Manhattan", "a written request to the State Police").
STATE_BODIES = frozenset(
    ("general assembly", "legislature", "state legislature", "state senate", "house of delegates",
     "state supreme court", "state police")
)  # fmt: skip


def state_body(name, state, name_index, candidate):
    """The body of the state `state` (a pk) that `name`, one of `STATE_BODIES`, means: the
    directory's ("the Legislature" in a text about Vermont is the Vermont General Assembly,
    "the State Supreme Court" in a text about Illinois the Illinois Supreme Court), else a
    candidate (`candidate(name, kind, place)`): "the General Assembly" of Maryland as the
    Maryland General Assembly, "the State Supreme Court" of New York as the New York State
    Supreme Court, and a name that would be made up ("Vermont Legislature") under the name the
    text gives it."""
    state_name, bare = name_index.places[state].name, name.casefold()
    fulls = [f"{state_name} {name}"]
    if bare == "state supreme court":
        fulls.append(f"{state_name} Supreme Court")
    for full in fulls:
        known = name_index.organisation_named(full)
        if known is not None:
            return ("organisation", known.pk)
    if bare == "state supreme court":
        return candidate(fulls[0], "court", state)
    if bare in ("general assembly", "state police"):
        # "the State Police" in a text about Massachusetts: the Massachusetts State Police.
        return candidate(fulls[0], "government", state)
    return candidate(name, "government", state)
