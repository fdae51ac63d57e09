"""What an import stored, read back for comparing one import with another (in process and
through workers, a first run and a re-run)."""

from articles.models import Article


def snapshot():
    """What an import stored, field for field, but for keys, times and the run's record."""
    left_out = {"id", "provider", "import_run", "created_at", "updated_at"}
    fields = [field.name for field in Article._meta.concrete_fields if field.name not in left_out]
    return {
        article.url: (
            {name: getattr(article, name) for name in fields},
            article.provider and article.provider.domain,
            sorted(article.urls.values_list("url", "kind")),
            list(article.relations.order_by("position").values_list("related__url", "position")),
            sorted(article.topics.values_list("name", flat=True)),
            sorted(article.organisations.values_list("slug", flat=True)),
            sorted(article.jurisdictions.values_list("slug", flat=True)),
        )
        for article in Article.objects.select_related("provider")
    }
