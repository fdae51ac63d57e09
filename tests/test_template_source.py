"""No page shows its template's source: a `{# #}` comment spread over lines, a tag or a variable
left unrendered is printed as text by Django, so every public page type is checked for them."""

import pytest
from django.urls import reverse

from articles.models import Article
from policies.models import PolicyAction

pytestmark = pytest.mark.django_db

TEMPLATE_SOURCE = ("{#", "#}", "{%", "%}", "{{", "}}")


def public_pages():
    action = PolicyAction.objects.published().order_by("pk").first()
    article = Article.objects.order_by("pk").first()
    return [
        "/",
        "/?type=ban&sort=oldest",
        "/?jurisdiction=california",
        "/?q=police",
        "/?jurisdiction=no-such-place",
        action.get_absolute_url(),
        reverse("maps:jurisdiction-list"),
        reverse("policies:jurisdiction-detail", args=["california"]),
        reverse("policies:organisation-list"),
        reverse("policies:organisation-detail", args=["amazon"]),
        reverse("news:article-list"),
        reverse("news:article-list") + "?cited=true",
        article.get_absolute_url(),
        reverse("policies:about"),
        reverse("tips:action-correction", args=[action.slug]),
        reverse("tips:missing-action"),
        reverse("tips:thanks"),
        "/no-such-page/",
    ]


def test_no_public_page_shows_template_source(imported_seeds, client):
    for url in public_pages():
        response = client.get(url)
        assert response.status_code in (200, 400, 404), url
        page = response.content.decode()
        body = page[page.index("<body") :]
        leaked = [marker for marker in TEMPLATE_SOURCE if marker in body]
        assert not leaked, f"{url} shows template source: {leaked}"
