"""The public news pages: the list of imported articles, and a page per article."""

from django.urls import path

from . import news_views as views

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path("<int:pk>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
