"""`manage.py import_seeds [PATH ...] [--curated] [--dry-run]`: import news documents, and with
no PATH the seeds and the curated records in fixtures/."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importer import fewer_garbage_collections
from articles.sources import DEFAULT_INCLUDE
from core.statistics import refresh_statistics
from policies.seeding import import_with_records

PROGRESS_THRESHOLD = 50  # runs with more files than this report progress as they go


class Command(BaseCommand):
    help = (
        "Import news documents (feed YAML front matter or plain text; the format is read from "
        "the content). With no PATH, imports seeds/ and the curated records in fixtures/."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            type=Path,
            help="Files or folders to import, and nothing else (default: seeds/ with the "
            "curated records).",
        )
        parser.add_argument(
            "--curated",
            action="store_true",
            help="Also load the curated records in fixtures/ (the default with no PATH).",
        )
        parser.add_argument(
            "--no-curated",
            action="store_true",
            help="With no PATH, import seeds/ without the curated records.",
        )
        parser.add_argument(
            "--include",
            action="append",
            metavar="PATTERN",
            help="File names read inside folders, repeatable (default: "
            f"{' '.join(DEFAULT_INCLUDE)}). Files named on the command line are always read.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )

    def handle(self, *args, paths, curated, no_curated, include, dry_run, verbosity, **options):
        with_records = curated or (not paths and not no_curated)
        with fewer_garbage_collections():
            result = import_with_records(
                paths or [settings.SEEDS_DIR],
                fixtures_dir=settings.CURATED_FIXTURES_DIR if with_records else None,
                dry_run=dry_run,
                progress=self._progress(verbosity),
                include=tuple(include) if include else DEFAULT_INCLUDE,
            )
        if not dry_run and result.changed_anything:
            refresh_statistics()
        report = result.documents
        for source, problem in result.failures:
            self.stderr.write(self.style.ERROR(f"{source}: {problem}"))
        if report.skipped and verbosity >= 1:
            self.stdout.write(f"Skipped {len(report.skipped)} entries, not read:")
            for source, reason in report.skipped:
                self.stdout.write(f"  {source}: {reason}")

        prefix = "Dry run, nothing written. Would import" if dry_run else "Imported"
        line = f"{prefix} {report.documents} documents: {report.summary()}."
        if report.related_created:
            line += f" {report.related_created} related articles added."
        self.stdout.write((self.style.ERROR if report.failed else self.style.SUCCESS)(line))
        if result.curated and verbosity >= 1:
            parts = "; ".join(f"{name} {c.summary()}" for name, c in result.curated.items())
            self.stdout.write(f"Curated records: {parts}.")
        if not result.changed_anything:
            self.stdout.write("Nothing changed.")
        if result.failures:
            raise CommandError(
                f"{len(result.failures)} failed; see the messages above. The rest was imported."
            )

    def _progress(self, verbosity):
        def report(done, total):
            if total > PROGRESS_THRESHOLD and verbosity >= 1:
                self.stdout.write(f"  {done:,}/{total:,} documents read")

        return report
