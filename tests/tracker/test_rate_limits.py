"""Per-address rate limits on the API, the downloads, searches and public forms: a 429 that says
which limit, with Retry-After; counted in the cache, so app servers sharing Redis share them."""

import socket

import pytest
from django.core.cache import cache, caches
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

TIGHT = {"api": "2/m", "downloads": "1/m", "search": "2/m", "forms": "1/m"}


@pytest.fixture(autouse=True)
def tight_limits(settings):
    settings.RATELIMIT_ENABLE = True
    settings.RATELIMITS = TIGHT
    cache.clear()
    yield
    cache.clear()


def assert_limited(response, group):
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    text = response.content.decode()
    assert f"limited to {TIGHT[group]} for {group}" in text
    assert f"Try again in {response['Retry-After']} seconds" in text


def test_the_api_answers_429_in_json_past_its_limit(client):
    assert [client.get("/api/actions/").status_code for _ in range(2)] == [200, 200]
    response = client.get("/api/organisations/")
    assert_limited(response, "api")
    assert response["Content-Type"] == "application/json"
    assert "limited to 2/m for api" in response.json()["detail"]


def test_downloads_are_limited(client):
    assert client.get("/export/actions.csv").status_code == 200
    assert_limited(client.get("/export/actions.json"), "downloads")


def test_searches_are_limited_and_browsing_is_not(client):
    assert [client.get("/", {"q": "ban"}).status_code for _ in range(2)] == [200, 200]
    assert_limited(client.get("/articles/", {"q": "ban"}), "search")
    assert client.get("/").status_code == 200
    assert client.get("/articles/", {"q": " "}).status_code == 200


def test_public_forms_are_limited(client):
    assert client.post("/").status_code == 405  # counted before the view refuses it
    assert_limited(client.post("/"), "forms")


def test_each_address_has_its_own_count(client):
    client.get("/export/actions.csv", REMOTE_ADDR="192.0.2.1")
    assert client.get("/export/actions.csv", REMOTE_ADDR="192.0.2.2").status_code == 200
    assert client.get("/export/actions.csv", REMOTE_ADDR="192.0.2.1").status_code == 429


@pytest.mark.parametrize("address", ["", "not an address", "::1, 10.0.0.1"])
def test_an_address_that_cannot_be_read_is_counted_not_fatal(client, address):
    assert client.get("/export/actions.csv", REMOTE_ADDR=address).status_code == 200
    assert client.get("/export/actions.csv", REMOTE_ADDR=address).status_code == 429


def test_behind_a_proxy_the_named_header_is_the_address(client, settings):
    settings.RATELIMIT_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    client.get("/export/actions.csv", HTTP_X_REAL_IP="192.0.2.1")
    assert client.get("/export/actions.csv", HTTP_X_REAL_IP="192.0.2.2").status_code == 200
    assert client.get("/export/actions.csv", HTTP_X_REAL_IP="192.0.2.1").status_code == 429


def test_the_admin_is_not_limited(admin_client):
    for _ in range(3):
        assert admin_client.post(reverse("admin:index")).status_code != 429


def test_an_empty_rate_turns_a_limit_off(client, settings):
    settings.RATELIMITS = {**TIGHT, "downloads": ""}
    assert {client.get("/export/actions.csv").status_code for _ in range(3)} == {200}


def redis_is_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_is_running(), reason="no Redis on 127.0.0.1:6379")
def test_counts_kept_in_redis_are_shared_by_every_server(client):
    shared = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
        "KEY_PREFIX": "policy-tracker-test",
    }
    with override_settings(CACHES={"default": shared}):
        caches["default"].clear()
        assert client.get("/export/actions.csv").status_code == 200
        # Another server is another connection to the same Redis: it sees the same count.
        del caches["default"]
        assert client.get("/export/actions.csv").status_code == 429
        caches["default"].clear()
