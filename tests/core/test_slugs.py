"""Record URLs never die: a renamed record's old address redirects to its current one."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from policies.merging import merge_organisations
from policies.models import EditorialState
from tests.factories import (
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


def published_action(**fields):
    action = PolicyActionFactory(**fields)
    CitationFactory(action=action)
    return action


def test_a_renamed_action_s_old_url_redirects_permanently_to_the_new_one(client):
    action = published_action(slug="old-name")
    old_url = action.get_absolute_url()
    action.slug = "new-name"
    action.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == reverse("policies:action-detail", args=["new-name"])
    assert client.get(response["Location"]).status_code == 200


def test_every_former_slug_redirects_after_several_renames(client):
    action = published_action(slug="first")
    for slug in ("second", "third"):
        action.slug = slug
        action.save()
    for old in ("first", "second"):
        response = client.get(reverse("policies:action-detail", args=[old]))
        assert response["Location"] == reverse("policies:action-detail", args=["third"])


def test_an_old_address_of_a_draft_stays_a_404(client):
    action = PolicyActionFactory(slug="secret", state=EditorialState.DRAFT)
    action.slug = "still-secret"
    action.save()
    assert client.get(reverse("policies:action-detail", args=["secret"])).status_code == 404


def test_a_former_slug_stays_reserved_for_its_record():
    action = published_action(slug="taken-once")
    action.slug = "renamed"
    action.save()
    other = PolicyActionFactory.build(slug="taken-once", jurisdiction=action.jurisdiction)
    with pytest.raises(ValidationError) as error:
        other.clean()
    assert "slug" in error.value.message_dict


def test_renamed_places_and_organisations_redirect_too(client):
    place = JurisdictionFactory(slug="old-place")
    place.slug = "new-place"
    place.save()
    response = client.get(reverse("policies:jurisdiction-detail", args=["old-place"]))
    assert response["Location"] == reverse("policies:jurisdiction-detail", args=["new-place"])

    organisation = OrganisationFactory(slug="old-org")
    ParticipantFactory(organisation=organisation, action=published_action())
    organisation.slug = "new-org"
    organisation.save()
    response = client.get(reverse("policies:organisation-detail", args=["old-org"]))
    assert response["Location"] == reverse("policies:organisation-detail", args=["new-org"])


def test_a_merged_organisation_s_address_leads_to_the_one_kept(client):
    keep, duplicate = OrganisationFactory(slug="kept"), OrganisationFactory(slug="duplicate")
    ParticipantFactory(organisation=duplicate, action=published_action())
    merge_organisations(keep, [keep, duplicate])
    response = client.get(reverse("policies:organisation-detail", args=["duplicate"]))
    assert response.status_code == 301
    assert response["Location"] == reverse("policies:organisation-detail", args=["kept"])


def test_a_renamed_record_s_correction_form_moves_with_it(client):
    action = published_action(slug="old-name")
    action.slug = "new-name"
    action.save()
    response = client.get(reverse("tips:action-correction", args=["old-name"]))
    assert response.status_code == 301
    assert response["Location"] == reverse("tips:action-correction", args=["new-name"])
    assert client.get(response["Location"]).status_code == 200


def test_a_correction_form_at_a_slug_no_published_record_had_is_a_404(client):
    draft = PolicyActionFactory(slug="draft-once", state=EditorialState.DRAFT)
    draft.slug = "draft-now"
    draft.save()
    for slug in ("never-existed", "draft-once"):
        assert client.get(reverse("tips:action-correction", args=[slug])).status_code == 404


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_subscriptions_to_a_renamed_place_or_organisation_follow_the_new_name(client, kind):
    place = JurisdictionFactory(slug="old-place")
    organisation = OrganisationFactory(slug="old-org")
    ParticipantFactory(organisation=organisation, action=published_action(jurisdiction=place))
    place.slug, organisation.slug = "new-place", "new-org"
    place.save()
    organisation.save()
    for name, old, new in [
        ("jurisdiction", "old-place", "new-place"),
        ("organisation", "old-org", "new-org"),
    ]:
        response = client.get(reverse(f"opendata:{name}-feed-{kind}", args=[old]))
        assert response.status_code == 301
        assert response["Location"] == reverse(f"opendata:{name}-feed-{kind}", args=[new])
        assert client.get(response["Location"]).status_code == 200
    missing = reverse(f"opendata:jurisdiction-feed-{kind}", args=["nowhere"])
    assert client.get(missing).status_code == 404
