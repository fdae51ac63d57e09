"""Classic XSS payloads stored in every staff-editable and imported text field, and given as
search text, then every page type loaded in Chromium: no payload runs (no dialog, no global
set), the Content-Security-Policy reports no violation, and no href or src holds a script URL.
The admin, with the same records, loads under its policy and its own scripts still run."""

import datetime
import itertools

import pytest

from articles.models import Article, ArticleOrigin, ArticleRelation, ArticleURL, Provider, Topic
from directory.models import Jurisdiction, JurisdictionAlias, Organisation, OrganisationAlias
from policies.choices import ParticipantRole
from policies.models import ActionParticipant, Citation, PolicyAction
from tests.browser.conftest import Watch

PASSWORD = "a long browser-test password"
RUN = "window.__xss = 1"
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><script>window.__xss = 1</script>",
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=window.__xss=1>",
    "<svg onload=alert(1)>",
    "<svg/onload=window.__xss=1>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<a href=javascript:alert(1)>click</a>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<math><mtext></p><script>alert(1)</script></mtext></math>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<object data=javascript:alert(1)></object>",
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus='",
    "<style>@import 'javascript:alert(1)';</style>",
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    "javascript:alert(1)",
    "JaVaScRiPt:window.__xss=1",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "<!--<script>alert(1)-->",
    "{{ 7|add:7 }}{% now 'Y' %}<script>alert(1)</script>",
    "\u2028\u2029<script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    f"<img src=x onerror='{RUN}'>",
]


def url_like(payload, number):
    """An address field's hostile value, unique per record."""
    return f"{payload}#{number}"


@pytest.fixture
def hostile_records(transactional_db):
    """One record of each kind per payload, the payload in every text field it has."""
    when = datetime.datetime(2021, 2, 17, tzinfo=datetime.UTC)
    created = {"actions": [], "places": [], "organisations": [], "articles": []}
    for number, payload in enumerate(PAYLOADS):
        place = Jurisdiction.objects.create(
            name=payload,
            slug=f"place-{number}",
            kind="city",
            ocd_id=f"ocd-division/{payload} {number}",
            iso_code=f"{payload[:4]}{number:02d}",
        )
        JurisdictionAlias.objects.create(jurisdiction=place, text=payload)
        organisation = Organisation.objects.create(
            name=payload,
            slug=f"organisation-{number}",
            kind="company",
            website=url_like(payload, number),
            description=payload,
        )
        OrganisationAlias.objects.create(organisation=organisation, text=payload)
        provider = Provider.objects.create(name=payload, domain=f"news{number}.example")
        article = Article.objects.create(
            url=url_like(payload, number),
            title=payload,
            excerpt=payload,
            body=payload,
            provider=provider,
            published_at=when,
            origin=ArticleOrigin.DOCUMENT,
            source_file=payload,
            images=[{"url": payload, "caption": payload}],
            feed_metadata={"title": payload, "webUrl": payload},
        )
        ArticleURL.objects.create(article=article, url=url_like(payload, -number - 1), kind="web")
        article.topics.add(Topic.objects.create(name=f"{payload} {number}"))
        article.organisations.add(organisation)
        article.jurisdictions.add(place)
        action = PolicyAction.objects.create(
            title=payload,
            slug=f"action-{number}",
            action_type="ban",
            status="in_force",
            scope="government",
            jurisdiction=place,
            date=datetime.date(2021, 2, 12),
            date_source=payload,
            summary=payload,
            state="published",
        )
        Citation.objects.create(action=action, article=article, quote=payload)
        ActionParticipant.objects.create(
            action=action, organisation=organisation, role=ParticipantRole.ACTOR
        )
        for name, record in zip(created, (action, place, organisation, article), strict=True):
            created[name].append(record)
    articles = created["articles"]
    for article, related in itertools.pairwise(articles):
        ArticleRelation.objects.create(article=article, related=related, position=0)
    Jurisdiction.objects.rebuild_tree()
    return created


def public_urls(base, records):
    urls = ["/", "/jurisdictions/", "/organisations/", "/articles/", "/about/"]
    urls += [f"/?q={number}" for number in range(3)]
    urls += ["/?sort=oldest&page=1", "/api/docs/", "/api/redoc/"]
    urls += [f"/api/{name}/?format=api" for name in ("actions", "articles", "organisations")]
    urls += ["/api/jurisdictions/?format=api"]
    for kind in ("actions", "places", "organisations", "articles"):
        urls += [record.get_absolute_url() for record in records[kind]]
    return [base + url for url in urls]


def test_no_stored_payload_runs_on_any_public_page(live_server, page, hostile_records):
    assert len(PAYLOADS) >= 30
    watch = Watch(page)
    for url in public_urls(live_server.url, hostile_records):
        watch.visit(url)
    # The search box and filter chips echo what was searched for.
    for payload in PAYLOADS:
        page.goto(f"{live_server.url}/")
        page.fill("input[name=q]", payload)
        page.press("input[name=q]", "Enter")
        page.wait_for_load_state("load")
        watch.visit(page.url)
    assert watch.problems == []


def test_a_payload_that_escaped_would_be_caught(live_server, page):
    """The watch itself works: a page that runs a payload, and one that breaks the policy."""
    watch = Watch(page)
    page.goto(f"{live_server.url}/about/")
    page.evaluate("() => alert(1)")
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__xss = 1'; document.body.append(s); }"""
    )
    page.evaluate(
        "() => { const a = document.createElement('a'); a.href = 'javascript:alert(1)';"
        " document.body.append(a); }"
    )
    page.wait_for_timeout(200)  # console messages arrive on their own
    watch.inspect("/about/")
    assert any("a payload ran: alert" in problem for problem in watch.problems)
    assert any("policy violation" in problem for problem in watch.problems)
    assert any("href='javascript:alert(1)'" in problem for problem in watch.problems)


def test_the_admin_shows_the_records_under_its_policy_and_its_scripts_run(
    live_server, page, hostile_records, django_user_model, settings
):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    django_user_model.objects.create_superuser("curator", password=PASSWORD)
    admin = f"{live_server.url}/admin/"
    page.goto(admin)
    page.fill("#id_username", "curator")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    watch = Watch(page)
    action, place = hostile_records["actions"][0], hostile_records["places"][0]
    organisation, article = hostile_records["organisations"][0], hostile_records["articles"][0]
    for url in [
        "",
        "policies/policyaction/",
        f"policies/policyaction/{action.pk}/change/",
        f"policies/policyaction/{action.pk}/history/",
        "directory/jurisdiction/",
        f"directory/jurisdiction/{place.pk}/change/",
        "directory/organisation/",
        f"directory/organisation/{organisation.pk}/change/",
        "articles/article/",
        f"articles/article/{article.pk}/change/",
    ]:
        watch.visit(admin + url)
    assert watch.problems == []
    # The admin's own scripts run: the autocomplete widgets are built, and "select all" works.
    watch.visit(f"{admin}policies/policyaction/{action.pk}/change/")
    assert page.locator(".select2-container").count() > 0
    watch.visit(f"{admin}policies/policyaction/")
    page.check("#action-toggle")
    assert page.locator("input.action-select:checked").count() == len(PAYLOADS)
    assert watch.problems == []
