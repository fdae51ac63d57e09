"""Top-level URLs: the public site, and the admin at DJANGO_ADMIN_URL (default admin/)."""

import os

from django.contrib import admin
from django.urls import include, path

from .sitemaps import index, robots_txt, section_file

# "curation", "/curation" and "curation/" all mean /curation/; without the slash the login
# page would be /curationlogin/.
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip().strip("/") + "/"

urlpatterns = [
    path(ADMIN_URL, admin.site.urls),
    path("articles/", include("policies.news_urls")),
    path("api/", include("opendata.api.urls")),
    # An index of one sitemap per section: each file holds at most 50,000 addresses, so a
    # section that outgrows one is paged (?p=2) and the index lists every page.
    path("sitemap.xml", index, name="sitemap"),
    path("sitemap-<section>.xml", section_file, name="sitemap-section"),
    path("robots.txt", robots_txt, {"admin_url": ADMIN_URL}, name="robots-txt"),
    path("", include("maps.urls")),
    path("", include("opendata.urls")),
    path("", include("policies.urls")),
    path("", include("tips.urls")),
]

# Say why a request could not be read (too many parameters ...) or a page number was refused.
handler400 = "tracker.errors.bad_request"
handler404 = "tracker.errors.not_found"

admin.site.site_header = "Policy Tracker curation"
admin.site.site_title = "Policy Tracker"
admin.site.index_title = "Curate the record"
