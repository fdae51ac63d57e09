"""`manage.py load_directory`: add every place of the directory that is missing (countries,
their subdivisions, US counties and census places, cities of 15,000 people or more) with its
names. Safe to re-run: stored places, and what staff changed in them, are left as they are,
except that a city still under the country older data gave it moves into its region, and a
region still named as its source names it takes the English name places.yaml gives it."""

import time

from django.core.management.base import BaseCommand, CommandError

from core.records import RecordError
from core.statistics import refresh_statistics
from core.strict_yaml import DocumentError
from directory.populate import load_directory


class Command(BaseCommand):
    help = (
        "Load the directory of places from pycountry, the vendored Open Civic Data files and "
        "GeoNames; adds what is missing and changes nothing staff edited."
    )

    def handle(self, *args, verbosity, **options):
        started = time.perf_counter()
        try:
            report = load_directory()
        except (RecordError, DocumentError) as exc:
            raise CommandError(f"The directory cannot be loaded: {exc}") from exc
        refresh_statistics()
        seconds = time.perf_counter() - started
        line = (
            f"Places: {report.places.created} added, {report.places.unchanged} already stored"
            f"; aliases: {report.aliases.created} added"
        )
        if report.filled:
            line += f"; {report.filled} stored places given missing coordinates or population"
        if report.moved:
            line += f"; {report.moved} cities moved from their country into their region"
        if report.renamed:
            line += f"; {report.renamed} regions given the English name places.yaml gives them"
        self.stdout.write(self.style.SUCCESS(f"{line} ({seconds:.1f} s)."))
