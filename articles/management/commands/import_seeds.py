"""`manage.py import_seeds [PATH ...] [--dry-run]`: import news documents and curated records."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importer import fewer_garbage_collections, import_documents

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
        with fewer_garbage_collections():
            report = import_documents(
                paths or [settings.SEEDS_DIR],
                dry_run=dry_run,
                progress=self._progress(verbosity),
                fixtures_dir=None if no_curated else settings.CURATED_FIXTURES_DIR,
            )
        for source, problem in report.all_failures:
            self.stderr.write(self.style.ERROR(f"{source}: {problem}"))

        prefix = "Dry run, nothing written. Would import" if dry_run else "Imported"
        line = f"{prefix} {report.documents} documents: {report.summary()}."
        if report.related_created:
            line += f" {report.related_created} related articles added."
        self.stdout.write((self.style.ERROR if report.failed else self.style.SUCCESS)(line))
        if report.curated and verbosity >= 1:
            parts = "; ".join(f"{name} {c.summary()}" for name, c in report.curated.items())
            self.stdout.write(f"Curated records: {parts}.")
        if not report.changed_anything:
            self.stdout.write("Nothing changed.")
        if report.failed_total:
            raise CommandError(
                f"{report.failed_total} failed; see the messages above. The rest was imported."
            )

    def _progress(self, verbosity):
        def report(done, total):
            if total > PROGRESS_THRESHOLD and verbosity >= 1:
                self.stdout.write(f"  {done:,}/{total:,} documents read")

        return report
