"""An article cited as a source for an action (`Citation`), and what the public site reads of
articles through it.

The rule that only published actions are public, for sources: `Citation.objects.published()`,
which every page and download of an action's sources asks. Also the citations an export row
lists and the count of citing actions shown beside articles.
"""

from django.db import models
from django.db.models import F, OuterRef
from simple_history.models import HistoricalRecords

from core.queries import AmongIds, count_subquery

from .choices import EditorialState


class CitationQuerySet(models.QuerySet):
    def published(self):
        """Citations by published actions: the only ones any public page or download shows."""
        return self.filter(action__state=EditorialState.PUBLISHED)

    def count_per_article(self):
        """For an annotation on articles: how many of these citations cite each one."""
        return count_subquery(self.filter(article=OuterRef("pk")), "article")


class Citation(models.Model):
    """An article cited as a source for an action, optionally with the sentence that supports it."""

    action = models.ForeignKey("PolicyAction", on_delete=models.CASCADE, related_name="citations")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.PROTECT, related_name="citations"
    )
    quote = models.TextField(blank=True, help_text="The quoted sentence that supports the action.")
    position = models.PositiveSmallIntegerField(default=0)

    objects = CitationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["action", "article"], name="citation_unique_article")
        ]

    def __str__(self):
        return f"{self.action} ← {self.article}"


def export_citations(action_ids=None):
    """The citations an export row lists (of the actions `action_ids`, grouped), in order."""
    # An article's text and feed metadata are never exported: not read either.
    citations = Citation.objects.select_related("article__provider").defer(
        "article__body", "article__feed_metadata", "article__images", "article__search_document"
    )
    if action_ids is not None:
        citations = citations.filter(AmongIds(F("action_id"), action_ids)).order_by(
            "action_id", *Citation._meta.ordering
        )
    return citations


def with_citation_count(articles, *, published_only=False):
    """`articles` annotated with `citation_count`: the actions that cite each one (published
    ones only, or every one for staff)."""
    citing = Citation.objects.all()
    if published_only:
        citing = citing.published()
    return articles.annotate(citation_count=citing.count_per_article())
