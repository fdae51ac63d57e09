"""The words organisations' names are made of: the words that end or open them, and where a
name begins once the words before it that are not part of it ("Members of", a title, "The")
are dropped. Shared by `organisation_spans`, `appositions` and `place_resolution`.
"""

from .not_bodies import FORMATIONS
from .text import CONNECTORS, FUNCTION_WORDS, TITLES, WEEKDAYS_AND_MONTHS, words

# Words an English organisation's name ends with (or that open its "of ..." part).
HEADS = {
    "court": "court", "tribunal": "court",
    "times": "media", "post": "media", "journal": "media", "herald": "media",
    "tribune": "media", "gazette": "media", "chronicle": "media",
    "inc": "company", "incorporated": "company", "ltd": "company", "limited": "company",
    "llc": "company", "llp": "company", "plc": "company", "corp": "company",
    "airlines": "company", "airways": "company", "lines": "company", "carriers": "company",
    "logistics": "company", "airports": "company", "bank": "company",
    "corporation": "company", "company": "company", "co": "company",
    "technologies": "company", "solutions": "company", "systems": "company",
    # ("a group of investors led by Harrington Investments": a fund manager, a company)
    "investments": "company", "holdings": "company",
    "coalition": "coalition", "alliance": "coalition", "network": "coalition",
    "authority": "regulator", "ombudsman": "regulator", "commissioner": "regulator",
    "inspectorate": "regulator", "superintendency": "regulator", "superintendence": "regulator",
    "union": "civil_society", "association": "civil_society", "foundation": "civil_society",
    "institute": "civil_society", "institution": "civil_society", "centre": "civil_society",
    "center": "civil_society", "party": "civil_society", "university": "civil_society",
    "college": "civil_society", "academy": "civil_society", "school": "civil_society",
    "watch": "civil_society", "international": "civil_society",
    "initiative": "civil_society", "project": "civil_society", "lab": "civil_society",
    "labs": "civil_society", "laboratory": "civil_society", "trust": "civil_society",
    "society": "civil_society", "federation": "civil_society", "chamber": "civil_society",
    "fund": "civil_society", "forum": "civil_society", "league": "civil_society",
    "services": "civil_society", "hospital": "civil_society", "clinic": "civil_society",
    "observatory": "civil_society", "group": "civil_society", "club": "civil_society",
    "council": "government", "commission": "government", "committee": "government",
    "department": "government", "dept": "government", "office": "government",
    "agency": "government", "bureau": "government", "service": "government",
    "police": "government", "parliament": "government", "assembly": "government",
    "legislature": "government", "congress": "government", "senate": "government",
    "house": "government", "ministry": "government", "board": "government",
    "meeting": "government", "district": "government", "registry": "government",
    "administration": "government", "government": "government", "cabinet": "government",
    "secretariat": "government", "directorate": "government", "force": "government",
    "division": "government", "caucus": "government", "subcommittee": "government",
    "patrol": "government", "guard": "government", "constabulary": "government",
    "command": "government",
}  # fmt: skip
# Words that name bodies rather than places ("City Council" is no council of City, Missouri).
BODY_WORDS = HEADS.keys() | {"city", "town", "village", "county", "state", "commonwealth"}
# In a Title Case headline, the words that stay capitalised after a name the directory knows:
# "Boston City Council", "Virginia General Assembly", "Maine State Police".
TITLE_CASE_BODY_WORDS = BODY_WORDS | {"general", "supreme", "national", "federal", "district"}
# Words that open a name in languages that put the organisation word first ("Garante per
# ...", "Centro de Estudios ..."); English heads open names too ("Office of the ...").
HEADS_FIRST = {
    "observatorio": "civil_society", "centro": "civil_society", "instituto": "civil_society",
    "fundación": "civil_society", "fundação": "civil_society", "asociación": "civil_society",
    "associação": "civil_society", "comisión": "regulator", "comissão": "regulator",
    "consejo": "government", "conselho": "government", "agencia": "regulator",
    "agência": "regulator", "autoridad": "regulator", "autoridade": "regulator",
    "autorità": "regulator", "autorité": "regulator", "autoriteit": "regulator",
    "garante": "regulator", "commissione": "regulator", "consiglio": "government",
    "ministerio": "government", "ministère": "government", "ministero": "government",
    "conseil": "government", "cour": "court", "corte": "court", "tribunal": "court",
    "defensoría": "regulator", "fiscalía": "government", "policía": "government",
    "polizia": "government", "coalizão": "coalition", "coalición": "coalition",
    "coligação": "coalition", "unidad": "government", "unidade": "government",
    "dirección": "government", "secretaría": "government", "superintendencia": "regulator",
    "superintendência": "regulator", "bancada": "government",
}  # fmt: skip
# Words that open names and never end them, so a capitalised word after one goes on with the
# name ("Coalizão Direitos na Rede"); not "Tribunal", an English organisation word too.
OPENS_NAMES_ONLY = HEADS_FIRST.keys() - HEADS.keys()
# "AI" ends company names ("Clearview AI") but is also a subject ("AI and Policing ...");
# a sports club's initials end its name in capitals ("Brøndby IF", "Valencia CF", "Bolton
# Wanderers FC"), where "if" in lower case is a conjunction.
WEAK_HEADS = {"ai": "company", "fc": "company", "afc": "company", "cf": "company", "if": "company"}
# Of those, the words that are also a subject after a place ("the Texas AI law"): a club's
# initials after its town ("Brøndby IF") are the club.
_SUBJECT_HEADS = frozenset(("ai",))
# A legal form that opens a company's name, written as such: Indonesia's "PT" (Perseroan
# Terbatas) in "PT Sandina Abadi Nusantara"; a football club's "FC" ("FC Metz").
LEGAL_FORMS_FIRST = {"PT": "company", "FC": "company", "AFC": "company"}


# "the State Bank of Vietnam", "the Reserve Bank of India": a country's central bank, which
# regulates the banks, not one of them ("Deutsche Bank").
_CENTRAL_BANKS = frozenset(("state", "reserve", "central", "national", "people's"))


def central_bank(tokens, start, stop):
    """Whether the name in tokens[start:stop] is a central bank's."""
    return any(
        tokens[p].folded == "bank" and tokens[p - 1].folded in _CENTRAL_BANKS
        for p in range(start + 1, stop)
    )


def head_kind(token, *, last):
    """The kind of organisation a word ending (`last`) or inside a name makes it, or None."""
    kind = HEADS.get(token.folded)
    if kind is None and last:
        kind = WEAK_HEADS.get(token.folded) if token.text.isupper() else None
    return kind


# The fields a commission named for them regulates: "the Nigerian Communications Commission",
# "a Competition Commission" are regulators; other commissions govern or advise ("Kenya
# Human Rights Commission", "Law Commission").
_REGULATED_FIELDS = words(
    "communications telecommunications trade competition securities broadcasting energy "
    "utilities gaming gambling"
)


def commission_kind(tokens, start, end, kind):
    """`kind`, or "regulator" for a commission named for the field it regulates."""
    if (
        kind == "government"
        and end - start >= 2
        and tokens[end - 1].folded == "commission"
        and tokens[end - 2].folded in _REGULATED_FIELDS
    ):
        return "regulator"
    return kind


def national_arm(tokens, end, place_at):
    """ "a lawsuit against Compass Group USA": a country's short form in capitals after a
    name's organisation word names the company's arm in that country, not a place of its own."""
    match = place_at.get(end - 1)
    return (
        match is not None
        and match.end == end
        and end >= 2
        and tokens[end - 1].text.isupper()
        and tokens[end - 2].folded in HEADS
    )


def places_subject(tokens, start, end, place_at):
    """Whether a name is only a place before a word that ends company names but is also a
    subject ("Texas AI law", "a new EU AI strategy"): the place's AI, not a company."""
    if tokens[end - 1].folded not in _SUBJECT_HEADS:
        return False
    match = place_at.get(start)
    return match is not None and match.end == end - 1


def is_name_word(token):
    """A capitalised word, as the words of a name are."""
    return token.is_word and token.capitalised


def trim_name_start(tokens, start, end, place_at):
    """Drop the capitalised words that open a sentence, a person's title or the members of a
    body ("Members of the European Parliament"), not the name. A title word stays where it
    begins a place ("King County Sheriff's Office") or a body ("General Assembly", "Justice
    Department"): without it only the organisation word would be left."""
    while start < end - 1:
        folded = tokens[start].folded
        if folded in _MEMBERS and tokens[start + 1].folded in ("of", "for", "from"):
            start += 2
            continue
        if _a_formation_of(tokens, start, end):
            start += 3  # "Full Bench of": what is left is the court, "the Fair Work Commission"
            continue
        if folded in TITLES and (start in place_at or _only_head_after(tokens, start, end)):
            break
        if folded in TITLES and tokens[start + 1].folded == "'s":
            break  # "the Sheriff's Office": the title is the name's
        if folded in FUNCTION_WORDS or folded in WEEKDAYS_AND_MONTHS or folded in TITLES:
            start += 1
            continue
        break
    while start < end - 1 and tokens[start].folded in CONNECTORS and not tokens[start].capitalised:
        start += 1  # what "Members of" leaves: "the European Parliament"
    return start


_MEMBERS = words(
    "members member leaders officials staff employees negotiators representatives committees"
)  # "Committees of the Parliament are preparing ...": some of its committees, no name


# A court's or tribunal's formation for one case ("a Full Bench of the Fair Work Commission",
# "the Grand Chamber of the European Court of Human Rights"): the body is the one after "of".
def _a_formation_of(tokens, start, end):
    return (
        start + 3 < end
        and (tokens[start].folded, tokens[start + 1].folded) in FORMATIONS
        and tokens[start + 2].folded == "of"
    )


def _only_head_after(tokens, start, end):
    return start + 1 < end and tokens[start + 1].folded in HEADS


# Second halves of a hyphened word that describe what comes after it ("the Vienna-based group",
# "an Amazon-owned Ring"), not a word of one name.
_DESCRIBING_HALVES = words("based owned led run style born made wide funded backed linked")


def hyphened_into_name(tokens, position):
    """ "First-tier Tribunal", "Co-operative Party": at `position` a hyphen, touching both
    words, joins a word in lower case to the capitalised one before it, and the name goes on
    after them."""
    after = position + 2
    if after >= len(tokens) or tokens[position].text != "-":
        return False
    half, following = tokens[position + 1], tokens[after]
    return (
        tokens[position - 1].end == tokens[position].start == half.start - 1
        and half.is_word
        and not half.capitalised
        and half.folded not in _DESCRIBING_HALVES
        and not half.folded.endswith("ed")
        and not following.sentence_start
        and is_name_word(following)
        and following.folded not in FUNCTION_WORDS
        and following.folded not in WEEKDAYS_AND_MONTHS
    )
