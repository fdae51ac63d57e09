"""The reader of names, built from the database: every place and confirmed organisation with
its aliases, the names staff rejected, and the places' tree and sizes."""

from .models import (
    Jurisdiction,
    JurisdictionAlias,
    Organisation,
    OrganisationAlias,
    ReviewStatus,
)
from .name_index import KnownOrganisation, NameIndex, NameRule, Place
from .recognition import MentionMatcher


def build_mention_matcher():
    """A `MentionMatcher` over the whole directory, read in a few queries.

    A name is matched as it is capitalised unless an alias spells the same words, in which
    case the alias's own rule stands (so "Amazon" can be made case-sensitive).
    """
    population = _has_field(Jurisdiction, "population")
    fields = ["pk", "name", "kind", "parent_id", "ocd_id", "iso_code"]
    places = [
        Place(pk, name, kind, parent, row[0] if row else None, ocd_id, iso_code)
        for pk, name, kind, parent, ocd_id, iso_code, *row in Jurisdiction.objects.values_list(
            *fields, *(["population"] if population else [])
        ).order_by("pk")
    ]
    organisations = Organisation.objects.order_by("pk")
    confirmed = [
        KnownOrganisation(pk, name, kind, jurisdiction)
        for pk, name, kind, jurisdiction in organisations.confirmed().values_list(
            "pk", "name", "kind", "jurisdiction_id"
        )
    ]
    rejected = organisations.filter(review_status=ReviewStatus.REJECTED).values_list(
        "name", flat=True
    )
    known = {organisation.pk for organisation in confirmed}
    rules = [
        *_rules(
            "jurisdiction", JurisdictionAlias, "jurisdiction_id", [(p.pk, p.name) for p in places]
        ),
        *_rules(
            "organisation",
            OrganisationAlias.objects.filter(organisation__in=known),
            "organisation_id",
            [(o.pk, o.name) for o in confirmed],
        ),
    ]
    return MentionMatcher(NameIndex(places, confirmed, rules, rejected))


def _rules(kind, aliases, owner_field, names):
    aliased = set()
    if hasattr(aliases, "objects"):
        aliases = aliases.objects.all()
    for owner, text, case_sensitive, exclude in aliases.values_list(
        owner_field, "text", "case_sensitive", "exclude"
    ).order_by(owner_field, "text"):
        yield NameRule((kind, owner), text, case_sensitive, exclude)
        aliased.add((owner, text.casefold()))
    for pk, name in names:
        if (pk, name.casefold()) not in aliased:
            yield NameRule((kind, pk), name)


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())
