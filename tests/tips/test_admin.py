"""The tips queue in the admin, for each curation group: Editors and Contributors handle tips,
Viewers read them without the sender's e-mail, only Editors delete, nobody adds one by hand."""

import pytest
from django.urls import reverse

from tests.factories import PolicyActionFactory
from tips.models import Tip, TipKind, TipState

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:tips_tip_changelist")


@pytest.fixture
def tip():
    return Tip.objects.create(
        kind=TipKind.CORRECTION,
        action=PolicyActionFactory(title="Oakland bans city use"),
        message="The vote was on 16 July.",
        email="reader@example.org",
    )


def change_url(tip):
    return reverse("admin:tips_tip_change", args=[tip.pk])


@pytest.mark.parametrize(
    ("group", "can_handle", "can_delete", "sees_email"),
    [
        ("Editor", True, True, True),
        ("Contributor", True, False, True),
        ("Viewer", False, False, False),
    ],
)
def test_each_group_gets_what_it_may_do_with_tips(
    staff_client, tip, group, can_handle, can_delete, sees_email
):
    client = staff_client(group)
    queue = client.get(QUEUE)
    assert queue.status_code == 200
    assert "The vote was on 16 July." in queue.content.decode()
    page = client.get(change_url(tip)).content.decode()
    assert ("reader@example.org" in page) is sees_email
    client.post(change_url(tip), {"state": TipState.HANDLED, "staff_note": "Fixed the date."})
    tip.refresh_from_db()
    assert (tip.state == TipState.HANDLED) is can_handle
    client.post(reverse("admin:tips_tip_delete", args=[tip.pk]), {"post": "yes"})
    assert Tip.objects.filter(pk=tip.pk).exists() is not can_delete
    assert client.get(reverse("admin:tips_tip_add")).status_code == 403


def test_handling_records_who_and_when_and_the_queue_opens_on_new_tips(staff_client, tip):
    client = staff_client("Contributor")
    handled = Tip.objects.create(
        kind=TipKind.MISSING, message="Old", source_url="https://x.example/"
    )
    handled.state = TipState.HANDLED
    handled.save()
    queue = client.get(QUEUE).content.decode()
    assert "The vote was on 16 July." in queue and ">Old<" not in queue
    client.post(change_url(tip), {"state": TipState.HANDLED, "staff_note": "Done."})
    tip.refresh_from_db()
    assert tip.handled_by.username == "contributor"
    assert tip.handled_at is not None
    assert tip.message == "The vote was on 16 July."  # what the sender wrote stays as sent


def test_tips_are_marked_handled_in_bulk_with_a_sentence(staff_client, tip):
    client = staff_client("Editor")
    response = client.post(
        QUEUE, {"action": "mark_handled", "_selected_action": [tip.pk]}, follow=True
    )
    assert "1 tip marked handled." in response.content.decode()
    tip.refresh_from_db()
    assert tip.state == TipState.HANDLED
