"""/sitemap.xml of every public page, and the /robots.txt that points crawlers at it.

Only published actions are listed, and only organisations with something public
(`public_organisations()`). Every place in the world has a page, but only the places with
published actions and the places above them (`listed_places()`) are listed: the others say
only that nothing is recorded there. Articles have public pages whatever their citing actions'
state, so all of them are. /sitemap.xml is an index of one sitemap per section.
"""

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from articles.models import Article
from core.publicdata import kept_until_changed
from policies.models import PolicyAction
from policies.participants import public_organisations
from policies.places import listed_places


class PageSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            "policies:timeline",
            "maps:jurisdiction-list",
            "policies:organisation-list",
            "news:article-list",
            "policies:about",
        ]

    def location(self, name):
        return reverse(name)


class KeptCount:
    """A section whose count of addresses (which says how many files it takes) is kept until
    public data changes: the index counts every section on each request, 29 ms of SQLite's
    on the web benchmark's data for the places and organisations listed."""

    @property
    def paginator(self):
        pages = super().paginator
        pages.count = kept_until_changed(
            None, "sitemap-count", type(self).__name__, lambda: Paginator.count.func(pages)
        )
        return pages


class NewestByOneQuery(KeptCount):
    """The section's newest `lastmod` (what the index shows) by one MAX() query, kept until
    public data changes. Django's default calls `lastmod()` on every item: 120,000 model
    instances and 1.7 s of CPU for each /sitemap.xml on the web benchmark's data (100,000
    articles, 20,000 actions); the MAX() of the articles' reads every one of them, 116 ms."""

    # Addresses a file: Django's default, 50,000 (the protocol's most), took 6.4 s of CPU for
    # a page of articles and 3.1 s for the 20,000 actions; 5,000 take 0.5 to 0.8 s.
    limit = 5000

    def get_latest_lastmod(self):
        return kept_until_changed(
            None,
            "sitemap-newest",
            type(self).__name__,
            lambda: self.items().aggregate(newest=Max("updated_at"))["newest"],
        )


class ActionSitemap(NewestByOneQuery, Sitemap):
    changefreq = "weekly"

    def items(self):
        return PolicyAction.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, action):
        return action.updated_at


class JurisdictionSitemap(KeptCount, Sitemap):
    changefreq = "weekly"

    def items(self):
        return listed_places().only("slug").order_by("tree_left", "pk")


class OrganisationSitemap(KeptCount, Sitemap):
    changefreq = "weekly"

    def items(self):
        return public_organisations().only("slug").order_by("pk")


class ArticleSitemap(NewestByOneQuery, Sitemap):
    changefreq = "monthly"

    def items(self):
        return Article.objects.only("pk", "updated_at").order_by("pk")

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {
    "pages": PageSitemap,
    "actions": ActionSitemap,
    "jurisdictions": JurisdictionSitemap,
    "organisations": OrganisationSitemap,
    "articles": ArticleSitemap,
}


@require_safe
def robots_txt(request, admin_url):
    lines = ["User-agent: *"]
    # A custom admin address (DJANGO_ADMIN_URL) stays out of robots.txt: listing it would
    # publish the address it was chosen to hide.
    if admin_url == "admin/":
        lines.append(f"Disallow: /{admin_url}")
    # Downloads stream the whole filtered record; crawlers get the same data from the pages.
    lines.append("Disallow: /export/")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
