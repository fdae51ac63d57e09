"""Shared by the reading benchmarks: Django set up, the stand-in directory, a document's JSON.

Until the directory's own recogniser is in the tree, places and organisations are recognised by
`AliasRecogniser` over `reading_directory.yaml`, which lists what the development corpus and
the seeds name.
"""

import datetime
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

import yaml  # noqa: E402

from suggestions.reading.recognition import (  # noqa: E402
    AliasRecogniser,
    Name,
    OrganisationRecord,
    PlaceRecord,
)

DIRECTORY = Path(__file__).with_name("reading_directory.yaml")


def _names(aliases):
    return [Name(a[1:], True) if a.startswith("=") else Name(a) for a in aliases or []]


def load_directory(path=DIRECTORY):
    """(recogniser, places by pk, organisations by pk) from the stand-in directory file."""
    data = yaml.safe_load(Path(path).read_text())
    places, by_name = [], {}
    for pk, row in enumerate(data["places"], start=1):
        parent = by_name.get(row.get("parent"))
        record = PlaceRecord(
            pk=pk,
            name=row["name"],
            kind=row["kind"],
            parents=(parent.name, *parent.parents) if parent else (),
            ancestors=(parent.pk, *parent.ancestors) if parent else (),
        )
        by_name.setdefault(row["name"], record)
        places.append((record, _names(row.get("aliases"))))
    organisations = []
    for pk, row in enumerate(data["organisations"], start=1):
        record = OrganisationRecord(pk, row["name"], row["kind"], by_name.get(row.get("place")))
        organisations.append((record, _names(row.get("aliases"))))
    recogniser = AliasRecogniser(places, organisations)
    return (
        recogniser,
        {r.pk: r for r, _n in places},
        {r.pk: r for r, _n in organisations},
    )


def suggestion_json(proposal, places, organisations):
    """A proposal as `read_news --json` prints it."""
    place = places.get(proposal.jurisdiction_id)
    date = None
    if proposal.date is not None:
        date = {
            "day": proposal.date.isoformat(),
            "month": proposal.date.strftime("%Y-%m"),
            "year": str(proposal.date.year),
        }[proposal.date_precision]
    return {
        "type": proposal.action_type,
        "status": proposal.status,
        "background": proposal.background,
        "date": date,
        "date_precision": proposal.date_precision,
        "jurisdiction": {"name": place.name, "parent": ", ".join(place.parents)} if place else None,
        "organisations": [
            {"name": organisations[pk].name, "role": role} for pk, role in proposal.organisations
        ],
        "evidence": proposal.evidence,
        "related_index": proposal.related_index,
        "confidence": proposal.confidence,
        "existing_action": None,
    }


def utc_date(moment):
    if moment is None:
        return None
    return moment.astimezone(datetime.UTC).date().isoformat()
