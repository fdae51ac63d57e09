"""A URLconf for tests/core/test_links.py: the site's pages under another prefix."""

from django.urls import include, path

urlpatterns = [path("elsewhere/", include("tracker.urls"))]
