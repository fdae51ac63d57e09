"""Readable, unique slugs for many places at once: a pure function of the names and the tree.

A name that only one place has gets the bare slug ("boston" would, were there one Boston).
Where several places share a name, the one of the highest kind keeps the bare slug when it is
alone at that rank (the country Georgia is "georgia", the state "georgia-united-states"), and
the others take their parent's name, then their grandparent's, until they differ:
"portland-maine", "portland-oregon", "washington-county-oregon". The slugs depend only on the
places and on the slugs already taken, so a fresh load and a reload agree.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from django.utils.text import slugify

KIND_RANK = {
    "international": 0,
    "supranational": 0,
    "country": 1,
    "state": 2,
    "county": 3,
    "city": 4,
}
MAX_LENGTH = 200


@dataclass(frozen=True)
class SlugRequest:
    """`ident` orders and tells places apart; `ancestors` are the names above, nearest first."""

    ident: str
    name: str
    kind: str
    ancestors: tuple = ()


def plan_slugs(requests, taken=frozenset()):
    """{ident: slug} for every request, none of them in `taken` or equal to another."""
    taken = set(taken)
    planned = {}
    pending = {request.ident: 0 for request in requests}
    by_ident = {request.ident: request for request in requests}
    while pending:
        claims = defaultdict(list)
        for ident, level in pending.items():
            claims[_candidate(by_ident[ident], level)].append(ident)
        next_round = {}
        for slug, idents in sorted(claims.items()):
            winner = _winner(slug, idents, by_ident, taken, pending)
            if winner is not None:
                planned[winner] = slug
                taken.add(slug)
            for ident in idents:
                if ident != winner:
                    next_round[ident] = pending[ident] + 1
        pending = next_round
    return planned


def _winner(slug, idents, by_ident, taken, levels):
    """Who gets `slug`: its only claimant, the one claimant of the highest kind, or, once the
    names above them are used up and they still agree, the first by `ident`."""
    if slug in taken:
        return None
    if len(idents) == 1:
        return idents[0]
    ranks = sorted((KIND_RANK[by_ident[i].kind], i) for i in idents)
    if ranks[0][0] < ranks[1][0]:
        return ranks[0][1]
    if all(levels[i] > len(by_ident[i].ancestors) for i in idents):
        return min(idents)
    return None


def _candidate(request, level):
    """The name, then the name and 1, 2 ... of the names above it; past those, a number."""
    words = [request.name, *request.ancestors[:level]]
    beyond = level - len(request.ancestors)
    if beyond > 0:
        words.append(str(beyond + 1))
    slug = "-".join(part for part in map(_slugify, words) if part)
    slug = slug or f"place-{slugify(request.ident) or 'unnamed'}"
    return slug[:MAX_LENGTH].rstrip("-")


# Names above places repeat (thousands of places are in California), so each is slugified once.
_slugify = lru_cache(maxsize=2**17)(slugify)
