"""History rows are written for single admin edits and for bulk changes, with who and what."""

import pytest
from django.urls import reverse

from policies.models import EditorialState, PolicyAction
from tests.admin_forms import action_form_data
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


def test_an_admin_edit_records_who_changed_which_field(admin_client, admin_user):
    action = PolicyActionFactory(title="Old title")
    action.citations.create(article=ArticleFactory())
    url = reverse("admin:policies_policyaction_change", args=[action.pk])
    response = admin_client.post(url, action_form_data(action, title="New title"))
    assert response.status_code == 302
    new, old = action.history.all()[:2]
    assert new.history_user == admin_user
    assert new.diff_against(old).changed_fields == ["title"]


@pytest.mark.parametrize(
    ("factory", "url_name", "data"),
    [
        (
            OrganisationFactory,
            "directory_organisation_change",
            lambda o: {
                "name": "Renamed", "slug": o.slug, "kind": o.kind, "website": "",
                "description": "", "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0",
            },
        ),
        (
            JurisdictionFactory,
            "directory_jurisdiction_change",
            lambda j: {
                "name": "Renamed", "slug": j.slug, "kind": j.kind, "parent": "", "ocd_id": "",
                "iso_code": "", "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0",
            },
        ),
        (
            ArticleFactory,
            "articles_article_change",
            lambda a: {
                "url": a.url, "title": "Renamed", "origin": a.origin, "excerpt": "", "body": "",
                "images": "[]", "feed_metadata": "{}", "published_at_0": "2021-02-17",
                "published_at_1": "10:00:00", "urls-TOTAL_FORMS": "0",
                "urls-INITIAL_FORMS": "0",
            },
        ),
    ],
)  # fmt: skip
def test_admin_edits_of_organisations_jurisdictions_and_articles_are_recorded(
    admin_client, admin_user, factory, url_name, data
):
    record = factory()
    response = admin_client.post(reverse(f"admin:{url_name}", args=[record.pk]), data(record))
    assert response.status_code == 302, response.context["adminform"].form.errors
    latest = record.history.latest()
    assert (latest.history_user, latest.history_type) == (admin_user, "~")
    assert "Renamed" in (getattr(latest, "name", None), getattr(latest, "title", None))
    history_page = reverse(f"admin:{url_name.replace('_change', '_history')}", args=[record.pk])
    assert "Renamed" in admin_client.get(history_page).content.decode()


def test_a_bulk_admin_action_writes_one_history_row_per_record(staff_client):
    client = staff_client("Editor")
    actions = PolicyActionFactory.create_batch(4, state="draft")
    client.post(
        reverse("admin:policies_policyaction_changelist"),
        {"action": "submit_for_review", "_selected_action": [a.pk for a in actions]},
    )
    rows = PolicyAction.history.filter(id__in=[a.pk for a in actions], state="review")
    assert rows.count() == 4
    assert {row.history_user.username for row in rows} == {"editor"}


@pytest.mark.parametrize("group", ["Editor", "Contributor", "Viewer"])
def test_no_one_can_change_a_record_through_its_history_page(staff_client, group):
    action = PolicyActionFactory(title="The published title")
    CitationFactory(action=action)
    version = action.history.earliest()
    client = staff_client(group)
    url = reverse(
        "admin:policies_policyaction_simple_history", args=[action.pk, version.history_id]
    )
    assert client.get(url).status_code in (200, 403)
    response = client.post(url, {"title": "Rewritten through history", "state": "review"})
    assert response.status_code == 403
    action.refresh_from_db()
    assert (action.title, action.state) == ("The published title", EditorialState.PUBLISHED)
