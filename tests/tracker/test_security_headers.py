"""Every response carries the Content-Security-Policy, Permissions-Policy and
Cross-Origin-Opener-Policy; the only inline code anywhere is the API docs pages', allowed by a
nonce of their own; the site's templates and HTML-writing Python hold no inline script or style."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import (
    ArticleFactory,
    CitationFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)


@pytest.fixture
def pages(db):
    action = PolicyActionFactory()
    article = ArticleFactory()
    CitationFactory(action=action, article=article)
    organisation = OrganisationFactory()
    ParticipantFactory(action=action, organisation=organisation)
    return [
        "/",
        "/about/",
        action.get_absolute_url(),
        action.jurisdiction.get_absolute_url(),
        "/jurisdictions/",
        "/organisations/",
        organisation.get_absolute_url(),
        "/articles/",
        article.get_absolute_url(),
        "/feeds/actions.atom",
        "/export/actions.csv",
        "/export/timelinejs.json",
        "/api/actions/",
        "/api/actions/?format=api",
        "/api/schema/",
        "/api/docs/",
        "/api/redoc/",
        "/sitemap.xml",
        "/robots.txt",
        "/no-such-page/",
    ]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_every_response_carries_the_policies(client, pages):
    for url in pages:
        response = client.get(url)
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        assert policy["base-uri"] == ["'none'"], url
        assert "'unsafe-inline'" not in policy["script-src"], url
        sources = [source for listed in policy.values() for source in listed]
        assert not any(source.startswith("http") for source in sources), url
        assert "camera=()" in response["Permissions-Policy"], url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url


def test_public_pages_allow_no_inline_code_at_all(client, pages):
    for url in pages[:9]:
        policy = directives(client.get(url))
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert "style-src-attr" not in policy, url


@pytest.mark.parametrize("url", ["/api/docs/", "/api/redoc/"])
def test_the_api_docs_inline_scripts_run_by_a_nonce_of_each_response(client, url):
    first, second = client.get(url), client.get(url)
    nonces = []
    for response in (first, second):
        (source,) = [s for s in directives(response)["script-src"] if s.startswith("'nonce-")]
        nonce = source.removeprefix("'nonce-").removesuffix("'")
        html = response.content.decode()
        inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
        assert inline, "the docs page has an inline script to allow"
        assert all(f'nonce="{nonce}"' in attributes for attributes in inline)
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_the_timelinejs_source_can_be_fetched_by_any_embed(client):
    # TimelineJS loads the JSON with a cross-origin request; frame-ancestors does not apply.
    response = client.get("/export/timelinejs.json")
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_admin_may_use_style_attributes_but_still_only_its_own_scripts(admin_client):
    policy = directives(admin_client.get("/admin/"))
    assert policy["style-src-attr"] == ["'unsafe-inline'"]
    assert policy["script-src"] == ["'self'"]


INLINE_CODE = re.compile(
    r"\sstyle=|<style\b|<script\b(?![^>]*\bsrc=)|\son[a-z]+=|javascript:", re.I
)
# In Python, HTML is in strings: a tag with a style or handler attribute, or a bare <script>.
INLINE_CODE_IN_PYTHON = re.compile(r"<[a-z][^<>]*\s(?:style|on[a-z]+)\s*=|<script>", re.I)


def test_no_template_of_the_site_holds_inline_script_style_or_handlers():
    offending = []
    for template in (ROOT / "templates").rglob("*.html"):
        for number, line in enumerate(template.read_text().splitlines(), start=1):
            if "{% comment %}" in line or "csp_nonce" in line:
                continue
            if INLINE_CODE.search(line):
                offending.append(f"{template.relative_to(ROOT)}:{number}: {line.strip()}")
    # Redoc's page keeps drf-spectacular's one inline <style>: its policy allows inline styles.
    assert offending == [
        "templates/drf_spectacular/redoc.html:8: <style>",
    ]


def test_no_python_writes_inline_script_style_or_handlers_into_html():
    offending = []
    for module in ROOT.glob("*/**/*.py"):
        top = module.parts[len(ROOT.parts)]
        if top in {"tests", "bench", ".venv"} or "migrations" in module.parts:
            continue
        for number, line in enumerate(module.read_text().splitlines(), start=1):
            if INLINE_CODE_IN_PYTHON.search(line):
                offending.append(f"{module.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offending == []
