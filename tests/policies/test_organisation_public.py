"""An organisation's page is found exactly for the organisations every public list shows
(`public_organisations()`): its page reads that from what it counts, not from the rule's own
query, so the two are compared here for each way an organisation can stand."""

import pytest
from django.urls import reverse

from directory.models import ReviewStatus
from policies.models import EditorialState
from policies.participants import public_organisations
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db


def standing(name, status, *, published=0, drafts=0, mentions=0):
    organisation = OrganisationFactory(name=name, slug=name, review_status=status)
    for _ in range(published):
        ParticipantFactory(organisation=organisation, action=PolicyActionFactory())
    for _ in range(drafts):
        draft = PolicyActionFactory(state=EditorialState.DRAFT)
        ParticipantFactory(organisation=organisation, action=draft)
    for _ in range(mentions):
        ArticleFactory().organisations.add(organisation)
    return organisation


@pytest.mark.parametrize("status", [ReviewStatus.CONFIRMED, ReviewStatus.CANDIDATE])
def test_a_page_is_found_for_the_public_organisations_only(client, status):
    organisations = [
        standing("acting", status, published=1),
        standing("acting-and-mentioned", status, published=2, mentions=1),
        standing("only-drafts", status, drafts=1),
        standing("drafts-and-mentions", status, drafts=1, mentions=2),
        standing("only-mentioned", status, mentions=1),
        standing("nothing", status),
    ]
    public = set(public_organisations().values_list("slug", flat=True))
    found = {
        organisation.slug
        for organisation in organisations
        if client.get(reverse("policies:organisation-detail", args=[organisation.slug])).status_code
        == 200
    }
    assert found == public
    assert "acting" in found and "nothing" not in found
    assert ("only-mentioned" in found) == (status == ReviewStatus.CONFIRMED)
