"""The whole curation path through the admin: import, review queue, draft, review, publish,
public timeline, unpublish."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.models import Article
from directory.models import Jurisdiction, Organisation
from policies.models import EditorialState, PolicyAction
from tests.admin_forms import action_form_data

pytestmark = pytest.mark.django_db

NEW_DOCUMENT = b"""---
title: "Minneapolis council adds a facial recognition clause to its privacy code"
webUrl: "https://news.example/minneapolis-privacy-code"
publishedDateTime: 2021-03-02T12:00:00Z
provider:
  name: News Example
  domain: news.example
---
The Minneapolis City Council amended the city's privacy code on Tuesday.
"""


def test_a_new_document_becomes_a_published_action_and_can_be_taken_down(
    imported_seeds, staff_user, upload_storage
):
    contributor, editor = Client(), Client()
    contributor.force_login(staff_user("Contributor"))
    editor.force_login(staff_user("Editor"))

    # A contributor uploads the news and finds it in the review queue.
    upload = SimpleUploadedFile("minneapolis.md", NEW_DOCUMENT)
    report = contributor.post(
        reverse("admin:articles_importrun_upload"), {"documents": [upload]}, follow=True
    )
    assert "1 created" in report.content.decode()
    article = Article.objects.get(url="https://news.example/minneapolis-privacy-code")
    queue = contributor.get(reverse("admin:articles_article_changelist"), {"queue": "unreviewed"})
    assert article in queue.context["cl"].result_list

    # One click starts a draft citing it, with Minneapolis and its council offered.
    add = reverse("admin:policies_policyaction_add")
    form = contributor.get(add, {"from_article": article.pk})
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    council = Organisation.objects.get(name="Minneapolis City Council")
    assert form.context["adminform"].form.initial["jurisdiction"] == minneapolis.pk
    offered = {
        f.initial["organisation"]
        for inline in form.context["inline_admin_formsets"]
        if inline.formset.prefix == "participants"
        for f in inline.formset.forms
    }
    assert council.pk in offered
    data = action_form_data(
        title="Minneapolis writes its ban into the privacy code",
        slug="minneapolis-privacy-code-2021",
        action_type="regulation",
        jurisdiction=minneapolis.pk,
        summary="The council amended the privacy code to include the ban.",
        date="2021-03-02",
        state="review",
        citations=[(article, "The Minneapolis City Council amended the city's privacy code")],
        participants=[(council, "actor")],
    )
    created = contributor.post(f"{add}?from_article={article.pk}", data)
    assert created.status_code == 302, created.context["adminform"].form.errors
    action = PolicyAction.objects.get(slug="minneapolis-privacy-code-2021")
    assert action.state == EditorialState.REVIEW
    queue = contributor.get(reverse("admin:articles_article_changelist"), {"queue": "unreviewed"})
    assert article not in queue.context["cl"].result_list

    # Not public until an editor publishes it.
    assert "privacy code" not in Client().get("/").content.decode()
    changelist = reverse("admin:policies_policyaction_changelist")
    editor.post(changelist, {"action": "publish", "_selected_action": [action.pk]})
    action.refresh_from_db()
    assert action.state == EditorialState.PUBLISHED
    timeline = Client().get("/").content.decode()
    assert "Minneapolis writes its ban into the privacy code" in timeline
    assert Client().get(action.get_absolute_url()).status_code == 200

    # Unpublished, it is gone from the site again.
    editor.post(changelist, {"action": "unpublish", "_selected_action": [action.pk]})
    assert "Minneapolis writes its ban" not in Client().get("/").content.decode()
    assert Client().get(action.get_absolute_url()).status_code == 404
    reasons = list(action.history.order_by("history_date").values_list("history_change_reason"))
    assert [reason for (reason,) in reasons] == [None, "Published", "Unpublished"]
