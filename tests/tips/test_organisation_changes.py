"""A contributor proposes a change to what published actions show of an organisation; it
waits in a queue and changes nothing until an editor accepts it (or refuses it)."""

import pytest
from django.urls import reverse

from directory.models import Organisation
from policies.models import EditorialState
from tests.factories import JurisdictionFactory, ParticipantFactory
from tips.models import ChangeState, OrganisationChange

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:tips_organisationchange_changelist")
PROPOSE = reverse("admin:tips_organisationchange_add")


@pytest.fixture
def organisation():
    return ParticipantFactory(
        action__state=EditorialState.PUBLISHED,
        organisation__name="Oakland Council",
        organisation__website="https://oakland.example",
    ).organisation


def proposal(organisation, **changes):
    return {
        "name": organisation.name,
        "kind": organisation.kind,
        "website": organisation.website,
        "description": organisation.description,
        "jurisdiction": organisation.jurisdiction_id or "",
        "reason": "",
        **changes,
    }


def propose(client, organisation, **changes):
    return client.post(
        f"{PROPOSE}?organisation={organisation.pk}", proposal(organisation, **changes)
    )


def decide(client, action, *changes):
    return client.post(
        QUEUE, {"action": action, "_selected_action": [c.pk for c in changes]}, follow=True
    )


def test_the_page_of_an_organisation_published_actions_show_offers_a_contributor_a_proposal(
    staff_client, organisation
):
    url = reverse("admin:directory_organisation_change", args=[organisation.pk])
    page = staff_client("Contributor").get(url).content.decode()
    assert f'<a href="{PROPOSE}?organisation={organisation.pk}">Propose a change</a>' in page


def test_the_proposal_form_starts_from_the_organisation_s_current_details(
    staff_client, organisation
):
    page = staff_client("Contributor").get(f"{PROPOSE}?organisation={organisation.pk}")
    html = page.content.decode()
    assert "Propose a change to Oakland Council" in html
    assert 'value="Oakland Council"' in html
    assert 'value="https://oakland.example"' in html


def test_a_proposal_changes_nothing_until_an_editor_accepts_it(staff_client, organisation, client):
    response = propose(
        staff_client("Contributor"), organisation, name="City of Oakland", reason="Renamed 2026"
    )
    assert response.status_code == 302
    change = OrganisationChange.objects.get()
    assert change.changes == {"name": ["Oakland Council", "City of Oakland"]}
    assert (change.state, change.proposed_by.username) == (ChangeState.WAITING, "contributor")
    assert Organisation.objects.get(pk=organisation.pk).name == "Oakland Council"
    client.logout()
    assert "Oakland Council" in client.get(organisation.get_absolute_url()).content.decode()

    editor = staff_client("Editor")
    assert "name: Oakland Council → City of Oakland" in editor.get(QUEUE).content.decode()
    page = decide(editor, "accept_changes", change).content.decode()
    assert "Accepted 1 change." in page
    organisation.refresh_from_db()
    assert organisation.name == "City of Oakland"
    change.refresh_from_db()
    assert (change.state, change.decided_by.username) == (ChangeState.ACCEPTED, "editor")
    latest = organisation.history.latest()
    assert latest.history_user.username == "editor"
    assert latest.history_change_reason == "Proposed by contributor, accepted"


def test_an_editor_refuses_a_proposal_and_nothing_changes(staff_client, organisation):
    propose(staff_client("Contributor"), organisation, website="https://elsewhere.example")
    change = OrganisationChange.objects.get()
    editor = staff_client("Editor")
    assert "Refused 1 change." in decide(editor, "refuse_changes", change).content.decode()
    change.refresh_from_db()
    assert change.state == ChangeState.REFUSED
    assert Organisation.objects.get(pk=organisation.pk).website == "https://oakland.example"
    assert "Accepted 0 changes." in decide(editor, "accept_changes", change).content.decode()


def test_an_edit_made_since_the_proposal_is_never_overwritten(staff_client, organisation):
    propose(staff_client("Contributor"), organisation, name="City of Oakland")
    Organisation.objects.filter(pk=organisation.pk).update(name="Oakland City Council")
    change = OrganisationChange.objects.get()
    page = decide(staff_client("Editor"), "accept_changes", change).content.decode()
    assert "name changed since it was proposed" in page
    assert Organisation.objects.get(pk=organisation.pk).name == "Oakland City Council"
    change.refresh_from_db()
    assert change.state == ChangeState.WAITING


def test_a_proposal_that_changes_nothing_or_is_not_valid_is_refused_with_why(
    staff_client, organisation
):
    client = staff_client("Contributor")
    assert "The proposal changes nothing." in propose(client, organisation).content.decode()
    # Each error once, beside its field.
    assert (
        propose(client, organisation, website="not a url")
        .content.decode()
        .count("Enter a valid URL.")
        == 1
    )
    assert (
        propose(client, organisation, name="").content.decode().count("This field is required.")
        == 1
    )
    assert not OrganisationChange.objects.exists()


def test_a_place_proposed_is_shown_by_its_name(staff_client, organisation):
    place = JurisdictionFactory(name="Alameda County")
    propose(staff_client("Contributor"), organisation, jurisdiction=place.pk)
    assert "jurisdiction: — → Alameda County" in staff_client("Editor").get(QUEUE).content.decode()


def test_a_proposal_is_made_from_an_organisation_s_page(staff_client):
    response = staff_client("Contributor").get(PROPOSE, follow=True)
    assert "choose “Propose a change” there" in response.content.decode()


@pytest.mark.parametrize(
    ("group", "can_propose", "can_decide"),
    [("Editor", True, True), ("Contributor", True, False), ("Viewer", False, False)],
)
def test_each_group_gets_what_it_may_do_with_proposals(
    staff_client, organisation, django_user_model, group, can_propose, can_decide
):
    waiting = OrganisationChange.objects.create(
        organisation=organisation, changes={"name": ["Oakland Council", "Renamed"]}
    )
    client = staff_client(group)
    queue = client.get(QUEUE)
    assert queue.status_code == 200
    assert ("accept_changes" in queue.content.decode()) is can_decide
    assert f'href="{PROPOSE}"' not in queue.content.decode()  # proposed from an organisation
    form = client.get(f"{PROPOSE}?organisation={organisation.pk}")
    assert form.status_code == (200 if can_propose else 403)
    change_page = client.get(reverse("admin:tips_organisationchange_change", args=[waiting.pk]))
    assert 'name="reason"' not in change_page.content.decode()  # nobody edits a proposal

    decide(client, "accept_changes", waiting)
    renamed = Organisation.objects.get(pk=organisation.pk).name == "Renamed"
    assert renamed is can_decide


def test_changes_proposed_to_a_merged_organisation_wait_on_the_one_kept(organisation):
    from policies.merging import merge_organisations
    from tests.factories import OrganisationFactory

    kept = OrganisationFactory(name="City of Oakland")
    OrganisationChange.objects.create(
        organisation=organisation,
        changes={"website": ["https://oakland.example", "https://oak.example"]},
    )
    merge_organisations(kept, [kept, organisation])
    change = OrganisationChange.objects.get()
    assert change.organisation == kept
    assert change.state == ChangeState.WAITING
