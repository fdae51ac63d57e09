"""Storing the organisations the news names that the directory does not know yet."""

from django.utils.text import slugify

from core.publicdata import bump_public_version

from .models import Organisation, OrganisationAlias, ReviewStatus


def organisations_for(candidates):
    """The organisation pk for each `Candidate`, found by name (and place) or created as a
    candidate: {candidate: pk}. A few queries whatever the number of candidates."""
    candidates = set(candidates)
    if not candidates:
        return {}
    names = {candidate.name for candidate in candidates}
    existing = {}  # (folded name, jurisdiction pk) -> pk; a place of None matches any
    rows = Organisation.objects.filter(name__in=names).values_list("pk", "name", "jurisdiction_id")
    alias_rows = OrganisationAlias.objects.filter(text__in=names, exclude=False).values_list(
        "organisation_id", "text", "organisation__jurisdiction_id"
    )
    for pk, name, jurisdiction in sorted([*rows, *alias_rows]):
        existing.setdefault((name.casefold(), jurisdiction), pk)
        existing.setdefault((name.casefold(), None), pk)
    found, missing = {}, []
    for candidate in sorted(candidates, key=lambda c: (c.name, c.jurisdiction or 0)):
        folded = candidate.name.casefold()
        pk = existing.get((folded, candidate.jurisdiction)) or (
            existing.get((folded, None)) if candidate.jurisdiction is None else None
        )
        if pk is None:
            missing.append(candidate)
        else:
            found[candidate] = pk
    if missing:
        slugs = _free_slugs(missing)
        created = Organisation.objects.bulk_create(
            Organisation(
                name=candidate.name[:200],
                slug=slugs[candidate],
                kind=candidate.kind,
                jurisdiction_id=candidate.jurisdiction,
                review_status=ReviewStatus.CANDIDATE,
            )
            for candidate in missing
        )
        by_slug = dict(
            Organisation.objects.filter(slug__in=[o.slug for o in created]).values_list(
                "slug", "pk"
            )
        )
        found.update({candidate: by_slug[slugs[candidate]] for candidate in missing})
        bump_public_version()  # bulk_create sends no signals
    return found


def _free_slugs(candidates):
    bases = {
        candidate: (slugify(candidate.name)[:180] or "organisation") for candidate in candidates
    }
    pattern = r"^(" + "|".join(sorted(set(bases.values()))) + r")(-[0-9]+)?$"
    taken = set(Organisation.objects.filter(slug__regex=pattern).values_list("slug", flat=True))
    slugs = {}
    for candidate, base in bases.items():
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        slugs[candidate] = slug
    return slugs
