"""/sitemap.xml of every public page, and the /robots.txt that points crawlers at it.

Only published actions are listed, and only organisations with something public
(`public_organisations()`). Every place in the world has a page, but only the places with
published actions and the places above them (`listed_places()`) are listed: the others say
only that nothing is recorded there. Articles have public pages whatever their citing actions'
state, so all of them are. /sitemap.xml is an index of one sitemap per section.

The index (`index`) and each section's file (`section_file`) are written here from rows, byte
for byte what Django's sitemap views and templates wrote.
"""

import html

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import x_robots_tag
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from articles.models import Article
from core.links import link, linker
from core.publicdata import kept_until_changed
from policies.models import PolicyAction
from policies.participants import public_organisations
from policies.places import listed_places

# What Django's sitemap.xml and sitemap_index.xml templates write around the addresses, their
# {% spaceless %} having taken the whitespace between them.
URLSET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
    'sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)
URLSET_END = "\n</urlset>\n"
SITEMAPINDEX_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)
SITEMAPINDEX_END = "\n</sitemapindex>\n"


class Section(Sitemap):
    """A section whose items are rows: the value its page's URL takes (`page_name`'s one
    argument), then, for a `dated` section, when the record last changed. Its file is written
    from them in one pass (`section_file`), its links built by `linker` (one `reverse()` a
    file). Django's view, with its template, a model instance and a `reverse()` an address,
    took 379 ms of CPU for a file of 5,000 actions and 336 for one of articles; written so,
    31 and 26 ms (bench/web's data, SQLite)."""

    page_name = ""
    dated = False

    def locations(self):
        """`location` as a function of a row's value, for every row of a file."""
        return linker(self.page_name)


class PageSitemap(Section):
    changefreq = "daily"

    def items(self):
        return [
            ("policies:timeline",),
            ("maps:jurisdiction-list",),
            ("policies:organisation-list",),
            ("news:article-list",),
            ("policies:about",),
        ]

    def locations(self):
        return link


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
    # a page of articles and 3.1 s for the 20,000 actions; 5,000, a tenth of that.
    limit = 5000

    def get_latest_lastmod(self):
        return kept_until_changed(
            None,
            "sitemap-newest",
            type(self).__name__,
            lambda: self.items().aggregate(newest=Max("updated_at"))["newest"],
        )


class ActionSitemap(NewestByOneQuery, Section):
    changefreq = "weekly"
    page_name = "policies:action-detail"
    dated = True

    def items(self):
        return PolicyAction.objects.published().values_list("slug", "updated_at").order_by("pk")


class JurisdictionSitemap(KeptCount, Section):
    changefreq = "weekly"
    page_name = "policies:jurisdiction-detail"

    def items(self):
        return listed_places().values_list("slug").order_by("tree_left", "pk")


class OrganisationSitemap(KeptCount, Section):
    changefreq = "weekly"
    page_name = "policies:organisation-detail"

    def items(self):
        return public_organisations().values_list("slug").order_by("pk")


class ArticleSitemap(NewestByOneQuery, Section):
    changefreq = "monthly"
    page_name = "news:article-detail"
    dated = True

    def items(self):
        return Article.objects.values_list("pk", "updated_at").order_by("pk")


SITEMAPS = {
    "pages": PageSitemap,
    "actions": ActionSitemap,
    "jurisdictions": JurisdictionSitemap,
    "organisations": OrganisationSitemap,
    "articles": ArticleSitemap,
}


@x_robots_tag
def index(request):
    """/sitemap.xml: each section's files (?p=N past the first), dated by the section's newest
    change, and Last-Modified, the newest of all, if every section is dated. Django's index
    view, the same bytes and headers, written without its template: 4.9 -> 3.4 ms of CPU
    (bench/web's data, SQLite, alternating with Django's view, medians of 120 requests)."""
    site = f"{request.scheme}://{get_current_site(request).domain}"
    files, dates = [], []
    for section, sitemap in SITEMAPS.items():
        sitemap = sitemap()
        address = html.escape(site + link("sitemap-section", section))
        newest = sitemap.get_latest_lastmod()
        dates.append(newest)
        lastmod = ""
        if newest is not None:
            lastmod = f"<lastmod>{timezone.template_localtime(newest).isoformat()}</lastmod>"
        files.append(f"<sitemap><loc>{address}</loc>{lastmod}</sitemap>")
        for page in range(2, sitemap.paginator.num_pages + 1):
            files.append(f"<sitemap><loc>{address}?p={page}</loc>{lastmod}</sitemap>")
    headers = None
    if None not in dates:
        headers = {"Last-Modified": http_date(max(dates).timestamp())}
    body = SITEMAPINDEX_START + "".join(files) + SITEMAPINDEX_END
    return HttpResponse(body, content_type="application/xml", headers=headers)


@x_robots_tag
def section_file(request, section):
    """The `section`'s file: its page ?p=N of `limit` addresses, and when its newest changed
    (Last-Modified) if it is dated. Django's sitemap view, the same bytes and headers, the
    same 404s (an unknown section, a page that is not a number or holds nothing)."""
    if section not in SITEMAPS:
        raise Http404(f"No sitemap available for section: {section!r}")
    sitemap = SITEMAPS[section]()
    page = request.GET.get("p", 1)
    try:
        rows = list(sitemap.paginator.page(page).object_list)
    except EmptyPage:
        raise Http404(f"Page {page} empty") from None
    except PageNotAnInteger:
        raise Http404(f"No page '{page}'") from None
    site = f"{sitemap.get_protocol(request.scheme)}://{get_current_site(request).domain}"
    body = urlset(rows, html.escape(site), sitemap.locations(), sitemap.changefreq)
    headers = None
    if sitemap.dated and rows:
        newest = max(changed for _, changed in rows)
        headers = {"Last-Modified": http_date(newest.timestamp())}
    return HttpResponse(body, content_type="application/xml", headers=headers)


def urlset(rows, site, location, changefreq):
    """Django's sitemap.xml template for `rows` (a section's items) at `site` (escaped),
    `location(value)` the path of a row's page: each text escaped as the template does
    (`html.escape` is Django's `escape`), each time a date of the current time zone."""
    here = timezone.get_current_timezone()
    then = f"<changefreq>{changefreq}</changefreq></url>"
    addresses = []
    for value, *changed in rows:
        address = f"<url><loc>{site}{html.escape(location(value))}</loc>"
        if changed:
            address += f"<lastmod>{changed[0].astimezone(here).date().isoformat()}</lastmod>"
        addresses.append(address + then)
    return URLSET_START + "".join(addresses) + URLSET_END


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
