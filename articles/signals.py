"""What the articles app announces to the apps above it, which it must not import.

`articles_imported` is sent as each batch of imported documents is written, at the end of the
batch's transaction, with `article_ids`: the articles of the documents that batch created or
changed (not their related items, which a document's readers reach through it). What the
receivers store (suggestions) is so committed with the documents, or not at all: were it
written after the commit, an import killed in between would leave documents that a re-run
takes for unchanged and never reads again (`bench/bench_faults.py` found exactly that). A dry
run's receivers run too, and their writes are rolled back with the rest. Receivers run in the
process that writes the batch (a worker, in a large import), in its turn, so what they write
is written in file order too. A receiver that raises is logged and what it wrote undone (a
savepoint), and the import goes on.
"""

import logging

from django.db import transaction
from django.dispatch import Signal

from .models import Article, ArticleOrigin

logger = logging.getLogger(__name__)

articles_imported = Signal()


def announce_imported(articles):
    """Send `articles_imported` for the documents among `articles` (stored `Article`s), inside
    the current transaction."""
    article_ids = [a.pk for a in articles if a.origin == ArticleOrigin.DOCUMENT]
    if not article_ids:
        return
    try:
        with transaction.atomic():
            articles_imported.send(sender=Article, article_ids=article_ids)
    except Exception:
        logger.exception("Reading %d imported documents failed; they are stored", len(article_ids))
