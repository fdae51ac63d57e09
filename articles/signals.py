"""What the articles app announces to the apps above it, which it must not import.

`articles_imported` is sent after each batch of imported documents commits, with
`article_ids`: the articles of the documents that batch created or changed (not their related
items, which a document's readers reach through it). A dry run commits nothing, so it sends
nothing; an import inside a caller's transaction sends when that transaction commits.
Receivers run in the process that wrote the batch (a worker, in a large import), in its turn,
so what they write is written in file order too. A receiver that raises is logged, and the
import goes on: the batch is already stored.
"""

from django.db import transaction
from django.dispatch import Signal

from .models import Article, ArticleOrigin

articles_imported = Signal()


def announce_imported(articles):
    """Send `articles_imported` for the documents among `articles` (stored `Article`s) once the
    current transaction commits."""
    article_ids = [a.pk for a in articles if a.origin == ArticleOrigin.DOCUMENT]
    if article_ids:
        transaction.on_commit(
            lambda: articles_imported.send(sender=Article, article_ids=article_ids), robust=True
        )
