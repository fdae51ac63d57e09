"""`manage.py read_suggestions`: read every imported document again and store its suggestions.

Imports read what they store; this is for the articles imported before the reader changed (or
before there was one). Suggestions nobody has acted on are refreshed, accepted and rejected
ones are left alone, as on a re-import.
"""

from django.core.management.base import BaseCommand

from articles.models import Article, ArticleOrigin
from suggestions import reader
from suggestions.storing import store_suggestions

BATCH_SIZE = 100


class Command(BaseCommand):
    help = "Read every imported document again and bring its suggested actions up to date."

    def handle(self, *args, verbosity, **options):
        totals = {"created": 0, "refreshed": 0, "removed": 0}
        ids = Article.objects.filter(origin=ArticleOrigin.DOCUMENT).order_by("pk")
        documents, last = 0, 0
        read = reader.current_reader()
        while batch := list(ids.filter(pk__gt=last).values_list("pk", flat=True)[:BATCH_SIZE]):
            result = store_suggestions(batch, reader=read, match_existing=reader.match_existing)
            for name, count in result.items():
                totals[name] += count
            documents, last = documents + len(batch), batch[-1]
            if verbosity >= 2:
                self.stdout.write(f"  {documents:,} documents read")
        self.stdout.write(
            self.style.SUCCESS(
                f"Read {documents} documents: {totals['created']} suggestions created, "
                f"{totals['refreshed']} refreshed, {totals['removed']} removed."
            )
        )
