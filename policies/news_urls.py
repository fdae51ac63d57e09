"""The public news pages: the list of imported articles, and a page per article."""

from django.urls import path

from . import lookup_views
from . import news_views as views

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path("publishers.json", lookup_views.publisher_suggestions, name="publisher-suggestions"),
    path("<int:pk>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
