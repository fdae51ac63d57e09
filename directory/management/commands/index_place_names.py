"""`manage.py index_place_names`: bring every place's search keys up to date after a bulk load."""

from django.core.management.base import BaseCommand

from directory.place_names import PlaceName


class Command(BaseCommand):
    help = "Index every place's names, aliases and codes for the place search (idempotent)."

    def handle(self, *args, **options):
        added, removed = PlaceName.objects.sync()
        self.stdout.write(f"Place search keys: {added} added, {removed} removed.")
