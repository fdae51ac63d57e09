"""The reader of names, built from the database: every place and confirmed organisation with
its aliases, the names staff rejected, and the places' tree and sizes.

The rows are read in a few queries every time; building the index from them (cutting 75,000
names into tokens) is what costs, so a large directory's matcher is kept in a file keyed on a
digest of those rows (`directory.matcher_cache`): any change to a place, an alias or an
organisation gives another digest, and the matcher is built afresh.
"""

from dataclasses import dataclass

from . import matcher_cache
from .models import (
    Jurisdiction,
    JurisdictionAlias,
    Organisation,
    OrganisationAlias,
    ReviewStatus,
)
from .name_index import KnownOrganisation, NameIndex, NameRule, Place
from .recognition import MentionMatcher
from .text import without_accents


@dataclass(frozen=True, slots=True)
class DirectoryRows:
    """What the matcher is built from, as plain tuples in a fixed order."""

    places: tuple  # (pk, name, kind, parent_id, ocd_id, iso_code, population)
    organisations: tuple  # confirmed: (pk, name, kind, jurisdiction_id)
    rejected: tuple  # names of rejected organisations
    place_aliases: tuple  # (jurisdiction_id, text, case_sensitive, exclude)
    organisation_aliases: tuple  # (organisation_id, text, case_sensitive, exclude)


def build_mention_matcher():
    """A `MentionMatcher` over the whole directory, read in a few queries (and, for a large
    directory whose rows are unchanged since the last build, loaded from its file).

    A name is matched as it is capitalised unless an alias spells the same words, in which
    case the alias's own rule stands (so "Amazon" can be made case-sensitive).
    """
    rows = directory_rows()
    return matcher_cache.load_or_build(rows, matcher_from_rows, size=len(rows.places))


def directory_rows():
    places = tuple(
        Jurisdiction.objects.values_list(
            "pk", "name", "kind", "parent_id", "ocd_id", "iso_code", "population"
        ).order_by("pk")
    )
    organisations = Organisation.objects.order_by("pk")
    confirmed = tuple(
        organisations.confirmed().values_list("pk", "name", "kind", "jurisdiction_id")
    )
    rejected = tuple(
        organisations.filter(review_status=ReviewStatus.REJECTED).values_list("name", flat=True)
    )
    alias_fields = ("text", "case_sensitive", "exclude")
    place_aliases = tuple(
        JurisdictionAlias.objects.values_list("jurisdiction_id", *alias_fields).order_by(
            "jurisdiction_id", "text", "pk"
        )
    )
    organisation_aliases = tuple(
        OrganisationAlias.objects.filter(organisation__review_status=ReviewStatus.CONFIRMED)
        .values_list("organisation_id", *alias_fields)
        .order_by("organisation_id", "text", "pk")
    )
    return DirectoryRows(places, confirmed, rejected, place_aliases, organisation_aliases)


def matcher_from_rows(rows):
    places = [
        Place(pk, name, kind, parent, population, ocd_id, iso_code)
        for pk, name, kind, parent, ocd_id, iso_code, population in rows.places
    ]
    confirmed = [KnownOrganisation(*row) for row in rows.organisations]
    rules = [
        *_rules("jurisdiction", rows.place_aliases, [(p.pk, p.name) for p in places]),
        *_rules("organisation", rows.organisation_aliases, [(o.pk, o.name) for o in confirmed]),
    ]
    return MentionMatcher(NameIndex(places, confirmed, rules, rows.rejected))


def _rules(kind, aliases, names):
    """A rule for each name and alias, and one for it as English text writes it without its
    accents ("Zurich", "Sao Paulo", "Malmo"), where that differs."""
    aliased = set()
    for owner, text, case_sensitive, exclude in aliases:
        for spelling in dict.fromkeys((text, without_accents(text))):
            yield NameRule((kind, owner), spelling, case_sensitive, exclude)
            aliased.add((owner, spelling.casefold()))
    for pk, name in names:
        for spelling in dict.fromkeys((name, without_accents(name))):
            if (pk, spelling.casefold()) not in aliased:
                yield NameRule((kind, pk), spelling)
