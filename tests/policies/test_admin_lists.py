"""What staff see in the admin's lists and forms: the article list's columns, a review queue
that says what it leaves out, history without "None", and an excerpt to quote from."""

import pytest
from django.urls import reverse

from articles.models import ArticleOrigin
from tests.factories import ArticleFactory, CitationFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

ARTICLES = reverse("admin:articles_article_changelist")


def test_the_article_list_keeps_cited_by_and_new_action_beside_the_title(admin_client):
    ArticleFactory(title="Portland bans it")
    page = admin_client.get(ARTICLES).content.decode()
    columns = [
        page.index(f"column-{name}")
        for name in ("title", "citation_count", "start_action", "provider")
    ]
    assert columns == sorted(columns)
    assert "column-origin" not in page
    assert "css/admin.css" in page


def test_the_review_queue_says_it_leaves_out_related_items_and_lists_them_apart(admin_client):
    ArticleFactory(title="A document nobody cites")
    ArticleFactory(title="A related item nobody cites", origin=ArticleOrigin.RELATED)
    CitationFactory(article=ArticleFactory(title="A cited document"))
    documents = admin_client.get(ARTICLES, {"queue": "unreviewed"}).content.decode()
    assert "Not cited: imported documents (related items left out)" in documents
    assert "A document nobody cites" in documents
    assert "A related item nobody cites" not in documents
    related = admin_client.get(ARTICLES, {"queue": "unreviewed_related"}).content.decode()
    assert "A related item nobody cites" in related
    assert "A document nobody cites" not in related and "A cited document" not in related


def test_history_shows_a_dash_where_no_reason_was_given(admin_client):
    action = PolicyActionFactory()
    action.save()  # a second version, saved without a reason
    page = admin_client.get(
        reverse("admin:policies_policyaction_history", args=[action.pk])
    ).content.decode()
    rows = page[page.index("<tbody>") :]
    assert "None" not in rows
    assert "not recorded (an import or a command)" in rows


def test_an_action_started_from_an_article_quotes_its_excerpt(admin_client):
    article = ArticleFactory(excerpt="The council voted to ban it over dangers the technolog")
    response = admin_client.get(
        reverse("admin:policies_policyaction_add"), {"from_article": article.pk}
    )
    page = response.content.decode()
    assert '<blockquote class="source-excerpt">' in page
    assert "The council voted to ban it over dangers the…</textarea>" in page
