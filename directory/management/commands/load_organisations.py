"""`manage.py load_organisations`: load the organisation directory (idempotent)."""

from django.core.management.base import BaseCommand, CommandError

from directory.loading import load_organisation_directory


class Command(BaseCommand):
    help = (
        "Load the curated organisations in directory/data/organisations.yaml: missing ones are "
        "created, existing ones keep their edits and gain missing aliases."
    )

    def handle(self, *args, **options):
        counts = load_organisation_directory()
        for source, problem in counts.failures:
            self.stderr.write(self.style.ERROR(f"{source}: {problem}"))
        self.stdout.write(f"Organisations: {counts.summary()}.")
        if counts.failed:
            raise CommandError(f"{counts.failed} organisation records could not be loaded.")
