"""One import run in its order: reference records, then documents, then curated actions.

Mentions are found by the names of places and organisations, so the reference records load
first; curated actions cite articles, so they load last. Each step belongs to its own app; this
is the one place that sequences them.
"""

import contextlib
from dataclasses import dataclass, field

from django.db import transaction

from articles.importer import import_documents
from articles.sources import DEFAULT_INCLUDE
from directory.loading import load_reference_records

from .curation import load_curated_actions


@dataclass
class SeedReport:
    """The documents' `ImportReport`, and a `Counts` per kind of curated record."""

    documents: object
    curated: dict = field(default_factory=dict)

    @property
    def failures(self):
        """Document failures, then curated-record failures: (source, problem) pairs."""
        curated = [failure for counts in self.curated.values() for failure in counts.failures]
        return [*self.documents.failures, *curated]

    @property
    def changed_anything(self):
        return self.documents.changed_anything or any(
            counts.created for counts in self.curated.values()
        )


def import_with_records(
    paths, *, fixtures_dir=None, dry_run=False, progress=None, include=DEFAULT_INCLUDE
):
    """Import the documents under `paths`, with the curated records in `fixtures_dir` when
    given; with `dry_run`, everything is rolled back and only the report is left."""
    curated = {}
    with transaction.atomic() if dry_run else contextlib.nullcontext():
        if fixtures_dir:
            curated |= load_reference_records(fixtures_dir)
        # A dry run is this one transaction, rolled back below: the actions must see the
        # articles the documents would have created.
        report = import_documents(paths, progress=progress, include=include)
        if fixtures_dir:
            curated |= load_curated_actions(fixtures_dir)
        if dry_run:
            transaction.set_rollback(True)
            report.run = None
        elif report.run and curated:
            report.run.record_curated(curated)
    return SeedReport(report, curated)
