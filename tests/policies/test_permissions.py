"""What each staff group may and may not do in the admin, publishing included."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from directory.models import Organisation
from policies.models import EditorialState, PolicyAction
from tests.admin_forms import action_form_data
from tests.factories import (
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

EDITOR, CONTRIBUTOR, VIEWER = "Editor", "Contributor", "Viewer"


DIRECTORY_MODELS = {"jurisdiction", "organisation"}


def admin_url(model, view, *args):
    app = "directory" if model in DIRECTORY_MODELS else "policies"
    return reverse(f"admin:{app}_{model}_{view}", args=args)


def test_the_migration_creates_the_three_groups_with_their_permissions():
    perms = {
        group.name: {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        for group in Group.objects.prefetch_related("permissions__content_type")
    }
    assert set(perms) >= {EDITOR, CONTRIBUTOR, VIEWER}
    assert "policies.publish_policyaction" in perms[EDITOR]
    assert "directory.delete_organisation" in perms[EDITOR]
    assert "directory.change_jurisdiction" in perms[EDITOR]
    assert "policies.publish_policyaction" not in perms[CONTRIBUTOR]
    assert {"policies.add_policyaction", "policies.change_citation"} <= perms[CONTRIBUTOR]
    assert "directory.change_jurisdiction" not in perms[CONTRIBUTOR]
    assert "directory.delete_organisation" not in perms[CONTRIBUTOR]
    assert all(perm.split(".")[1].startswith("view_") for perm in perms[VIEWER])
    # Everyone can look at everything the curation admin holds.
    assert perms[VIEWER] <= perms[CONTRIBUTOR] and perms[VIEWER] <= perms[EDITOR]
    assert {"policies.view_policyaction", "articles.view_article", "articles.view_importrun"} <= (
        perms[VIEWER]
    )


@pytest.fixture
def records():
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    in_review = PolicyActionFactory(state=EditorialState.REVIEW)
    CitationFactory(action=in_review)
    published = PolicyActionFactory()
    CitationFactory(action=published)
    return {
        "draft": draft,
        "review": in_review,
        "published": published,
        "jurisdiction": JurisdictionFactory(),
        "organisations": OrganisationFactory.create_batch(2),
    }


# (group, can it?) for each thing staff do; checked through the admin's real pages.
MATRIX = {
    "see the action list and history": {EDITOR: True, CONTRIBUTOR: True, VIEWER: True},
    "open the add form": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "edit a draft": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "submit for review": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "publish in the form": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "publish in bulk": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "edit a published action": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "delete a draft": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "delete a published action": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "edit a jurisdiction": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "add an organisation": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
    "merge organisations": {EDITOR: True, CONTRIBUTOR: False, VIEWER: False},
    "upload documents": {EDITOR: True, CONTRIBUTOR: True, VIEWER: False},
}


def attempt(capability, client, records):
    """Try `capability`; True if the admin let it happen."""
    draft, review, published = records["draft"], records["review"], records["published"]
    if capability == "see the action list and history":
        return all(
            client.get(url).status_code == 200
            for url in (
                admin_url("policyaction", "changelist"),
                admin_url("policyaction", "history", published.pk),
                admin_url("policyaction", "change", published.pk),
            )
        )
    if capability == "open the add form":
        return client.get(admin_url("policyaction", "add")).status_code == 200
    if capability == "edit a draft":
        client.post(
            admin_url("policyaction", "change", draft.pk),
            action_form_data(draft, title="Edited draft"),
        )
        return PolicyAction.objects.filter(pk=draft.pk, title="Edited draft").exists()
    if capability == "submit for review":
        client.post(
            admin_url("policyaction", "change", draft.pk), action_form_data(draft, state="review")
        )
        draft.refresh_from_db()
        return draft.state == EditorialState.REVIEW
    if capability == "publish in the form":
        client.post(
            admin_url("policyaction", "change", review.pk),
            action_form_data(review, state="published"),
        )
        review.refresh_from_db()
        return review.state == EditorialState.PUBLISHED
    if capability == "publish in bulk":
        client.post(
            admin_url("policyaction", "changelist"),
            {"action": "publish", "_selected_action": [review.pk]},
        )
        review.refresh_from_db()
        return review.state == EditorialState.PUBLISHED
    if capability == "edit a published action":
        client.post(
            admin_url("policyaction", "change", published.pk),
            action_form_data(published, title="Edited live"),
        )
        return PolicyAction.objects.filter(pk=published.pk, title="Edited live").exists()
    if capability == "delete a draft":
        client.post(admin_url("policyaction", "delete", draft.pk), {"post": "yes"})
        return not PolicyAction.objects.filter(pk=draft.pk).exists()
    if capability == "delete a published action":
        client.post(
            admin_url("policyaction", "changelist"),
            {"action": "delete_selected", "_selected_action": [published.pk], "post": "yes"},
        )
        client.post(admin_url("policyaction", "delete", published.pk), {"post": "yes"})
        return not PolicyAction.objects.filter(pk=published.pk).exists()
    if capability == "edit a jurisdiction":
        place = records["jurisdiction"]
        client.post(
            admin_url("jurisdiction", "change", place.pk),
            {
                "name": "Renamed", "slug": place.slug, "kind": place.kind, "parent": "",
                "ocd_id": "", "iso_code": "", "aliases-TOTAL_FORMS": "0",
                "aliases-INITIAL_FORMS": "0",
            },
        )  # fmt: skip
        place.refresh_from_db()
        return place.name == "Renamed"
    if capability == "add an organisation":
        client.post(
            admin_url("organisation", "add"),
            {
                "name": "New Coalition", "slug": "new-coalition", "kind": "coalition",
                "website": "", "description": "", "aliases-TOTAL_FORMS": "0",
                "aliases-INITIAL_FORMS": "0",
            },
        )  # fmt: skip
        return Organisation.objects.filter(slug="new-coalition").exists()
    if capability == "merge organisations":
        keep, other = records["organisations"]
        client.post(
            admin_url("organisation", "changelist"),
            {"action": "merge", "_selected_action": [keep.pk, other.pk], "keep": keep.pk},
        )
        return not Organisation.objects.filter(pk=other.pk).exists()
    if capability == "upload documents":
        return client.get(reverse("admin:articles_importrun_upload")).status_code == 200
    raise AssertionError(capability)


@pytest.mark.parametrize("group", [EDITOR, CONTRIBUTOR, VIEWER])
@pytest.mark.parametrize("capability", MATRIX)
def test_permission_matrix(staff_client, records, group, capability):
    client = staff_client(group)
    assert attempt(capability, client, records) is MATRIX[capability][group]


def test_a_contributor_is_not_offered_the_published_state_or_the_publish_actions(staff_client):
    client = staff_client(CONTRIBUTOR)
    action = PolicyActionFactory(state=EditorialState.REVIEW)
    form = client.get(admin_url("policyaction", "change", action.pk)).context["adminform"].form
    assert [value for value, _label in form.fields["state"].choices] == ["review", "draft"]
    changelist = client.get(admin_url("policyaction", "changelist"))
    offered = [name for name, _label in changelist.context["action_form"].fields["action"].choices]
    assert "submit_for_review" in offered
    assert "publish" not in offered and "unpublish" not in offered


def test_a_contributor_sees_a_published_action_read_only(staff_client):
    client = staff_client(CONTRIBUTOR)
    action = PolicyActionFactory()
    page = client.get(admin_url("policyaction", "change", action.pk))
    assert page.context["has_change_permission"] is False
    assert 'name="_save"' not in page.content.decode()
