"""The public's corrections and tips: sent without an account, stored for staff only, thanked
with what happens next, and guarded by CSRF, a honeypot, size limits and the forms rate limit."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from policies.models import EditorialState
from tests.factories import PolicyActionFactory
from tips.models import MAX_MESSAGE_LENGTH, Tip, TipKind, TipState

pytestmark = pytest.mark.django_db


@pytest.fixture
def action():
    return PolicyActionFactory(title="Minneapolis bans city use", slug="minneapolis-ban")


def correction_url(action):
    return reverse("tips:action-correction", args=[action.slug])


def test_every_record_offers_a_correction_form_that_names_it(client, action):
    record = client.get(action.get_absolute_url()).content.decode()
    assert f'href="{correction_url(action)}">Suggest a correction</a>' in record
    form = client.get(correction_url(action)).content.decode()
    assert "<h1>Suggest a correction</h1>" in form
    assert "Minneapolis bans city use" in form
    assert 'name="csrfmiddlewaretoken"' in form


def test_a_correction_is_stored_new_for_staff_and_the_sender_is_told_what_happens_next(
    client, action
):
    response = client.post(
        correction_url(action),
        {"message": "The ban passed on 12 February.", "email": "reader@example.org"},
        follow=True,
    )
    tip = Tip.objects.get()
    assert (tip.kind, tip.action, tip.state) == (TipKind.CORRECTION, action, TipState.NEW)
    assert tip.email == "reader@example.org"
    page = response.content.decode()
    assert response.redirect_chain == [(reverse("tips:thanks"), 302)]
    assert "What happens next" in page
    assert "Nothing you sent is published" in page


def test_nothing_sent_appears_on_a_public_page(client, action):
    client.post(correction_url(action), {"message": "Secret tip text", "email": "a@example.org"})
    for url in ("/", action.get_absolute_url(), "/about/"):
        page = client.get(url).content.decode()
        assert "Secret tip text" not in page and "a@example.org" not in page


def test_a_missing_action_needs_a_source(client):
    response = client.post(reverse("tips:missing-action"), {"message": "Portland banned it."})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Tip.objects.exists()
    client.post(
        reverse("tips:missing-action"),
        {"message": "Portland banned it.", "source_url": "https://news.example/portland"},
    )
    assert Tip.objects.get().kind == TipKind.MISSING


def test_the_about_page_and_every_footer_lead_to_the_forms(client):
    page = client.get("/about/").content.decode()
    assert f'href="{reverse("tips:missing-action")}"' in page
    assert f'href="{reverse("tips:correction")}">Report a correction</a>' in page
    assert "What you send goes to the editors' queue" in page


def test_a_draft_has_no_correction_form(client):
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    assert client.get(correction_url(draft)).status_code == 404


def test_a_robot_that_fills_the_honeypot_is_thanked_and_dropped(client, action):
    response = client.post(
        correction_url(action), {"message": "Buy now", "website": "https://spam.example"}
    )
    assert response.status_code == 302
    assert not Tip.objects.exists()


def test_an_overlong_message_is_refused_with_the_limit(client, action):
    response = client.post(correction_url(action), {"message": "x" * (MAX_MESSAGE_LENGTH + 1)})
    assert f"Ensure this value has at most {MAX_MESSAGE_LENGTH} characters" in (
        response.content.decode()
    )
    assert not Tip.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(action):
    response = Client(enforce_csrf_checks=True).post(correction_url(action), {"message": "Hi"})
    assert response.status_code == 403
    assert not Tip.objects.exists()


def test_sending_is_rate_limited_per_address(client, action, settings):
    settings.RATELIMIT_ENABLE = True
    settings.RATELIMITS = {**settings.RATELIMITS, "forms": "2/m"}
    cache.clear()
    statuses = [
        client.post(correction_url(action), {"message": f"Tip {n}"}).status_code for n in range(3)
    ]
    cache.clear()
    assert statuses == [302, 302, 429]
    assert Tip.objects.count() == 2
