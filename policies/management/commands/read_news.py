"""`manage.py read_news [--json] PATH ...`: what the tracker reads from news documents (the
places and organisations each names, and the actions it suggests), storing nothing."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.reading import document_date, read_news
from directory.matching import build_mention_matcher
from policies.news_reading import reading_report


class Command(BaseCommand):
    help = (
        "Read news documents as the importer would, with the directory as it stands, and print "
        "what each names and suggests. Nothing is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="Files or folders to read.")
        parser.add_argument(
            "--json", action="store_true", help="Print one JSON document (for score-reading)."
        )

    def handle(self, *args, paths, json: bool, **options):
        matcher = build_mention_matcher()
        results = read_news(paths, matcher, max_bytes=settings.IMPORT_MAX_DOCUMENT_BYTES)
        report = reading_report(results, matcher, document_date)
        if json:
            self.stdout.write(_dumps(report))
        else:
            self._write_text(report)
        if report["failures"]:
            raise CommandError(f"{len(report['failures'])} documents could not be read.")

    def _write_text(self, report):
        for document in report["documents"]:
            self.stdout.write(f"{document['file']}: {document['title']}")
            for place in document["jurisdictions"]:
                parent = f" ({place['parent']})" if place["parent"] else ""
                self.stdout.write(f"  place: {place['name']}{parent}")
            for organisation in document["organisations"]:
                self.stdout.write(f"  organisation: {organisation['name']}")
        for failure in report["failures"]:
            self.stderr.write(f"{failure['file']}: {failure['problem']}")


def _dumps(report):
    return json.dumps(report, ensure_ascii=False, indent=2)
