"""The admin login locks an account out after repeated failed passwords (django-axes)."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="the right password", is_staff=True
    )


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def test_the_right_password_signs_in(client, editor):
    response = sign_in(client, "editor", "the right password")
    assert response.status_code == 302


def test_repeated_failures_lock_the_account_even_against_the_right_password(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "editor", "a guess")
        assert response.status_code in (200, 429)
    locked = sign_in(client, "editor", "the right password")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_only_locks_the_guessed_account(client, editor, django_user_model):
    django_user_model.objects.create_user("viewer", password="another password", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "a guess")
    assert sign_in(client, "viewer", "another password").status_code == 302
