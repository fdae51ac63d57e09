"""Published content changes only through review: what published actions show of an
organisation or a place is changed by an editor, never by a contributor alone."""

import pytest
from django.urls import reverse

from directory.models import Organisation
from policies.models import EditorialState
from tests.factories import JurisdictionFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


def organisation_form(organisation, **changes):
    data = {
        "name": organisation.name,
        "slug": organisation.slug,
        "kind": organisation.kind,
        "website": organisation.website,
        "description": organisation.description,
        "jurisdiction": "",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000",
        **changes,
    }
    return data


def change_url(organisation):
    return reverse("admin:directory_organisation_change", args=[organisation.pk])


def on_an_action(state):
    return ParticipantFactory(action__state=state).organisation


def test_a_contributor_cannot_rename_an_organisation_that_published_actions_show(staff_client):
    organisation = on_an_action(EditorialState.PUBLISHED)
    client = staff_client("Contributor")
    page = client.get(change_url(organisation)).content.decode()
    assert "change only through an editor" in page
    assert 'name="name"' not in page
    client.post(change_url(organisation), organisation_form(organisation, name="Renamed"))
    organisation.refresh_from_db()
    assert organisation.name != "Renamed"


def test_a_contributor_can_still_add_an_alias_to_it(staff_client):
    organisation = on_an_action(EditorialState.PUBLISHED)
    data = organisation_form(
        organisation,
        **{"aliases-TOTAL_FORMS": "1", "aliases-0-text": "Another name"},
    )
    response = staff_client("Contributor").post(change_url(organisation), data)
    assert response.status_code == 302
    assert list(organisation.aliases.values_list("text", flat=True)) == ["Another name"]


def test_a_contributor_may_rename_an_organisation_only_drafts_name(staff_client):
    organisation = on_an_action(EditorialState.DRAFT)
    client = staff_client("Contributor")
    response = client.post(change_url(organisation), organisation_form(organisation, name="New"))
    assert response.status_code == 302
    assert Organisation.objects.get(pk=organisation.pk).name == "New"


def test_an_editor_renames_an_organisation_that_published_actions_show(staff_client):
    organisation = on_an_action(EditorialState.PUBLISHED)
    client = staff_client("Editor")
    response = client.post(change_url(organisation), organisation_form(organisation, name="New"))
    assert response.status_code == 302
    assert Organisation.objects.get(pk=organisation.pk).name == "New"


def test_a_contributor_cannot_rename_a_place(staff_client):
    place = JurisdictionFactory(name="Oakland")
    url = reverse("admin:directory_jurisdiction_change", args=[place.pk])
    client = staff_client("Contributor")
    assert 'name="name"' not in client.get(url).content.decode()
    assert client.post(url, {"name": "Renamed", "slug": place.slug}).status_code == 403
    place.refresh_from_db()
    assert place.name == "Oakland"


def test_a_new_organisation_is_the_contributor_s_to_fill_in(staff_client):
    page = staff_client("Contributor").get(reverse("admin:directory_organisation_add"))
    assert 'name="name"' in page.content.decode()
