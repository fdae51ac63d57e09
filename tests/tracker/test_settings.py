"""Settings read from the environment, as `make run` and production give them."""

import os
import subprocess
import sys

from django.conf import settings

SHOW = (
    "from django.conf import settings; "
    "print(settings.SECRET_KEY, settings.DEBUG, getattr(settings, 'SECURE_SSL_REDIRECT', False), "
    "settings.SESSION_COOKIE_SECURE)"
)


def settings_with(tmp_path, **environ):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    env |= {"DJANGO_SETTINGS_MODULE": "tracker.settings", **environ}
    env.setdefault("DJANGO_SECRET_KEY_FILE", str(tmp_path / "no-such-file"))
    return subprocess.run(  # noqa: S603 - this interpreter, on a fixed snippet
        [sys.executable, "-c", f"import django; django.setup(); {SHOW}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_without_debug_a_missing_key_is_an_error_naming_the_file(tmp_path):
    result = settings_with(tmp_path, DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr
    assert str(tmp_path / "no-such-file") in result.stderr


def test_the_key_file_written_once_by_make_run_is_read(tmp_path):
    key_file = tmp_path / "secret"
    key_file.write_text("a-key-from-the-file\n")
    result = settings_with(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY_FILE=str(key_file))
    assert result.stdout.split()[:2] == ["a-key-from-the-file", "False"]


def test_production_redirects_to_https_and_sends_secure_cookies(tmp_path):
    result = settings_with(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k")
    assert result.stdout.split()[2:] == ["True", "True"]


def test_plain_http_on_this_machine_neither_redirects_nor_needs_https_cookies(tmp_path):
    result = settings_with(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k", DJANGO_HTTPS="0")
    assert result.stdout.split()[2:] == ["False", "False"]


def database_setting(tmp_path, name, **environ):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    env |= {"DJANGO_SETTINGS_MODULE": "tracker.settings", "DJANGO_SECRET_KEY": "k", **environ}
    return subprocess.run(  # noqa: S603 - this interpreter, on a fixed snippet
        [
            sys.executable,
            "-c",
            f"from django.conf import settings; print(settings.DATABASES['default'][{name!r}])",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_a_web_worker_keeps_its_sqlite_connection_between_requests(tmp_path):
    sqlite = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    assert database_setting(tmp_path, "CONN_MAX_AGE", **sqlite) == "60"
    assert database_setting(tmp_path, "CONN_MAX_AGE", DJANGO_CONN_MAX_AGE="0", **sqlite) == "0"


def test_postgresql_plans_for_a_database_on_ssd_unless_the_url_says_otherwise(tmp_path):
    postgres = "postgres://user@db.example:5432/tracker"
    options = database_setting(tmp_path, "OPTIONS", DATABASE_URL=postgres)
    assert options == "{'options': '-c random_page_cost=1.1'}"
    own = database_setting(
        tmp_path, "OPTIONS", DATABASE_URL=f"{postgres}?options=-c%20work_mem%3D64MB"
    )
    assert own == "{'options': '-c work_mem=64MB'}"


def test_postgresql_options_can_be_left_out_for_a_pooler_that_refuses_them(tmp_path):
    postgres = {"DATABASE_URL": "postgres://user@db.example:5432/tracker"}
    assert database_setting(tmp_path, "OPTIONS", DJANGO_POSTGRES_OPTIONS="", **postgres) == "{}"
    given = database_setting(
        tmp_path, "OPTIONS", DJANGO_POSTGRES_OPTIONS="-c work_mem=64MB", **postgres
    )
    assert given == "{'options': '-c work_mem=64MB'}"
