"""Public pages for imported news articles."""

from django.views.generic import DetailView

from policies.models import Citation, EditorialState

from .models import Article


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.select_related("provider").prefetch_related(
            "organisations", "jurisdictions", "topics", "relations__related__provider"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["citations"] = (
            Citation.objects.filter(article=self.object, action__state=EditorialState.PUBLISHED)
            .select_related("action__jurisdiction")
            .order_by("-action__date")
        )
        return context
