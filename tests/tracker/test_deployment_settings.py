"""Settings read from the environment: the proxy header is trusted only when a proxy is said to
set it, and the cache is Redis only when one is named. Each case is a fresh process, as a server
reading its environment at start-up."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "test-only-" + "x" * 50,
    "DJANGO_ALLOWED_HOSTS": "tracker.example.org",
}


def settings_in_a_fresh_process(**environment):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))}
    env.update(environment, DJANGO_SETTINGS_MODULE="tracker.settings")
    script = (
        "import json; from django.conf import settings; print(json.dumps({"
        "'proxy': settings.SECURE_PROXY_SSL_HEADER, "
        "'cache': settings.CACHES['default']}))"
    )
    result = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_x_forwarded_proto_is_not_trusted_by_default_even_in_production():
    assert settings_in_a_fresh_process(**PRODUCTION)["proxy"] is None


def test_x_forwarded_proto_is_trusted_when_a_proxy_is_said_to_set_it():
    found = settings_in_a_fresh_process(**PRODUCTION, DJANGO_BEHIND_TLS_PROXY="1")
    assert found["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_the_cache_is_local_memory_unless_redis_is_named():
    found = settings_in_a_fresh_process()
    assert found["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    found = settings_in_a_fresh_process(REDIS_URL="redis://127.0.0.1:6379/0")
    assert found["cache"]["BACKEND"] == "core.redis_cache.RedisCache"  # Django's, one client kept
    assert found["cache"]["LOCATION"] == "redis://127.0.0.1:6379/0"
