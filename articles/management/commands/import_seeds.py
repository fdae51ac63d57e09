"""`manage.py import_seeds [PATH ...] [--dry-run]`: import news documents and curated records."""

import contextlib
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.importer import import_documents
from policies.curation import load_curated_actions, load_reference_records

PROGRESS_THRESHOLD = 50  # runs with more files than this report progress as they go


class Command(BaseCommand):
    help = (
        "Import news documents (feed YAML front matter or plain text; the format is read from "
        "the content) and the curated records in fixtures/. With no PATH, imports seeds/."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="*", type=Path, help="Files or folders (default: seeds/)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )
        parser.add_argument(
            "--no-curated",
            action="store_true",
            help="Import only the documents, not the curated records in fixtures/.",
        )

    def handle(self, *args, paths, dry_run, no_curated, verbosity, **options):
        paths = paths or [settings.SEEDS_DIR]
        fixtures = settings.CURATED_FIXTURES_DIR
        with transaction.atomic() if dry_run else contextlib.nullcontext():
            curated = {} if no_curated else load_reference_records(fixtures)
            report = import_documents(paths, dry_run=dry_run, progress=self._progress(verbosity))
            if not no_curated:
                curated |= load_curated_actions(fixtures)
            if dry_run:
                transaction.set_rollback(True)

        for source, problem in report.failures:
            self.stderr.write(self.style.ERROR(f"{source}: {problem}"))
        for counts in curated.values():
            for source, problem in counts.failures:
                self.stderr.write(self.style.ERROR(f"{source}: {problem}"))

        prefix = "Dry run, nothing written. Would import" if dry_run else "Imported"
        line = f"{prefix} {report.documents} documents: {report.summary()}."
        if report.related_created:
            line += f" {report.related_created} related articles added."
        style = self.style.ERROR if report.failed else self.style.SUCCESS
        self.stdout.write(style(line))
        if curated and verbosity >= 1:
            parts = "; ".join(f"{name} {counts.summary()}" for name, counts in curated.items())
            self.stdout.write(f"Curated records: {parts}.")
        if not report.changed_anything and not any(c.created for c in curated.values()):
            self.stdout.write("Nothing changed.")

        failed = report.failed + sum(counts.failed for counts in curated.values())
        if failed:
            raise CommandError(f"{failed} failed; see the messages above. The rest was imported.")

    def _progress(self, verbosity):
        def report(done, total):
            if total > PROGRESS_THRESHOLD and verbosity >= 1:
                self.stdout.write(f"  {done:,}/{total:,} documents read")

        return report
