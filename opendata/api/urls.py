"""/api/: the read API, its OpenAPI 3 schema and the docs pages (vendored assets, no CDN)."""

from csp.constants import NONCE
from csp.decorators import csp_update
from django.http import JsonResponse
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import views
from .article_views import ArticleViewSet
from .schema import SchemaView

app_name = "api"

router = DefaultRouter()
router.register("actions", views.ActionViewSet, basename="action")
router.register("jurisdictions", views.JurisdictionViewSet, basename="jurisdiction")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("articles", ArticleViewSet, basename="article")


def not_found(request, rest):
    """Any other address under /api/ answers in JSON, as the API does, not with an HTML page."""
    return JsonResponse({"detail": "Not found."}, status=404)


# The docs pages are the only ones with inline code (drf-spectacular's page scripts): each
# response's nonce lets exactly those run. Swagger UI draws its icons as data: images. Redoc
# writes its styles into <style> elements it makes at run time, which cannot carry the nonce, so
# its page alone allows inline styles (a style cannot run script; a nonce would disable them).
docs_policy = csp_update({"script-src": [NONCE], "style-src": [NONCE], "img-src": ["data:"]})
# Its search runs in a worker it makes from a blob: URL, and its icons are data: images.
redoc_policy = csp_update(
    {
        "script-src": [NONCE],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["data:"],
        "worker-src": ["blob:"],
    }
)

urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", docs_policy(SpectacularSwaggerView.as_view(url_name="api:schema")), name="docs"),
    path("redoc/", redoc_policy(SpectacularRedocView.as_view(url_name="api:schema")), name="redoc"),
    path("", include(router.urls)),
    re_path(r"^(?P<rest>[\s\S]*)$", not_found),
]
