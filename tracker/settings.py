"""Settings for Policy Tracker, read from the environment.

Local development needs nothing set: DEBUG is on and the database is SQLite in the project folder.
Production sets DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and usually DATABASE_URL.
"""

import json
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from tracker.databases_and_caches import (
    SQLITE_OPTIONS,  # noqa: F401 (a setting too: the options DATABASES gives SQLite)
    caches,
    databases,
)

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

# The key comes from the environment, or from the untracked file `make run` writes once
# (DJANGO_SECRET_KEY_FILE, default .secret_key). A development key is only acceptable while
# DEBUG is on; production must bring its own.
SECRET_KEY_FILE = Path(os.environ.get("DJANGO_SECRET_KEY_FILE", BASE_DIR / ".secret_key"))
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY and SECRET_KEY_FILE.is_file():
    SECRET_KEY = SECRET_KEY_FILE.read_text().strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off "
            f"(or written to {SECRET_KEY_FILE}, as `make run` does)."
        )
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

# What `read_news` suggests for a document: `policies` sits below `suggestions`, so the reader
# is named here, at the top layer, instead of imported by the command.
NEWS_SUGGESTION_READER = "suggestions.news.suggestions_for"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "django_ratelimit",
    # Imports of admin uploads run as background tasks (articles/tasks.py), queued in the
    # database and run by `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
    # The project's apps, from the bottom layer up: each imports only those above it here.
    "core",
    "directory",
    "articles",
    "policies",
    "suggestions",
    "tips",
    "maps",
    "opendata",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (tracker/security.py) and Permissions-Policy on every response.
    "tracker.security.SitePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public pages from the cache, and 304s (tracker/public_cache.py). Before
    # sessions, CSRF and messages, so a page served from the cache never meets them.
    "tracker.public_cache.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before CSRF's check reads the body: an upload over the limits gets a message naming them.
    "articles.uploads.UploadLimitsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # 429 for a client over its rate limit (API, downloads, search, public forms).
    "tracker.ratelimits.RateLimitMiddleware",
    # Records the signed-in user on every history row, bulk admin actions included.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed logins and locks the admin login after AXES_FAILURE_LIMIT of them.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "tracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "tracker.wsgi.application"

# The database and the caches, read from the environment (tracker/databases_and_caches.py):
# DATABASE_URL unset means SQLite in the project folder, with SQLITE_OPTIONS.
DATABASES = databases(sqlite_path=BASE_DIR / "db.sqlite3")
# Where the directory's reader of names is kept between runs (directory/matcher_cache.py): a
# folder; unset, beside a SQLite database ("<name>-matcher/"), else .matcher-cache/ here;
# "off" keeps none.
DIRECTORY_MATCHER_CACHE = os.environ.get("DIRECTORY_MATCHER_CACHE", "")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Documents uploaded in the admin are kept in the default storage, where the background import
# (whichever machine runs it) reads them: a folder here (IMPORT_UPLOAD_DIR) unless
# DJANGO_STORAGE_BACKEND names another Django storage class, with DJANGO_STORAGE_OPTIONS (JSON)
# as its options: with several app servers, storage they share (an S3 bucket through
# django-storages, a shared mount).
IMPORT_UPLOAD_DIR = Path(os.environ.get("IMPORT_UPLOAD_DIR", BASE_DIR / "uploads"))
try:
    UPLOAD_STORAGE_OPTIONS = json.loads(os.environ.get("DJANGO_STORAGE_OPTIONS") or "null")
except ValueError as exc:
    raise ImproperlyConfigured(f"DJANGO_STORAGE_OPTIONS is not valid JSON: {exc}") from None
STORAGES = {
    "default": {
        "BACKEND": os.environ.get(
            "DJANGO_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
        ),
        "OPTIONS": UPLOAD_STORAGE_OPTIONS or {"location": str(IMPORT_UPLOAD_DIR)},
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Where `import_seeds` looks when given no path, and where the curated records live.
SEEDS_DIR = BASE_DIR / "seeds"
CURATED_FIXTURES_DIR = BASE_DIR / "fixtures"
# Documents larger than this are rejected before they are read.
IMPORT_MAX_DOCUMENT_BYTES = int(os.environ.get("IMPORT_MAX_DOCUMENT_BYTES", str(1024 * 1024)))
# A running import renews its heartbeat with each batch it writes; a machine other than the one
# running it takes it for cut short after this many seconds without one (the machine running it
# looks its process up). The slowest batch measured, 100 documents of 1 MB (the most allowed),
# took 107 s of CPU and 253 s in all on a 2-core machine with a load average of 7.
IMPORT_HEARTBEAT_LIMIT = int(os.environ.get("IMPORT_HEARTBEAT_LIMIT", "900"))

# Where readers send corrections; the about page links to it when it is set.
CORRECTIONS_EMAIL = os.environ.get("DJANGO_CORRECTIONS_EMAIL", "")
# A second reviewer: whoever last changed what an action says may not publish it themselves.
REQUIRE_SECOND_REVIEWER = env_bool("DJANGO_REQUIRE_SECOND_REVIEWER", True)
# Admin login lockout: a username from one address is locked for AXES_COOLOFF_HOURS after
# AXES_FAILURE_LIMIT failed attempts. Locking the pair, not the username alone, stops a stranger
# from locking staff out by guessing at their names. A success resets the count.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no banner on every manage.py command

# History rows are read, not replayed: reverting would bypass the publishing workflow.
SIMPLE_HISTORY_REVERT_DISABLED = True

# What one upload may hold: refused beyond, with a message naming the limit (articles/uploads.py).
DATA_UPLOAD_MAX_NUMBER_FILES = int(os.environ.get("IMPORT_UPLOAD_MAX_FILES", "1000"))
IMPORT_UPLOAD_MAX_BYTES = int(os.environ.get("IMPORT_UPLOAD_MAX_BYTES", str(200 * 1024 * 1024)))
# Where Django writes an upload it is receiving (one over 2.5 MB): a folder of the project's, not
# the system's temporary folder, so that what a web worker killed mid-upload leaves is found and
# removed an hour later (articles.uploads.remove_stale_received_files).
FILE_UPLOAD_TEMP_DIR = Path(
    os.environ.get("IMPORT_UPLOAD_TEMP_DIR", IMPORT_UPLOAD_DIR / ".receiving")
)

# Background tasks (django-tasks): uploads are imported by `manage.py db_worker`, which
# `make run` starts next to gunicorn, so a large upload never holds a web worker.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The read API (/api/): public, read-only and anonymous, so no authentication at all (and no
# session or CSRF handling); JSON by default, the browsable API from DRF's own static files.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "opendata.api.views.OpenDataSchema",
    # An unknown ?format= is a 404 that names the formats there are.
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "opendata.api.negotiation.NamedFormatNegotiation",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Policy Tracker API",
    "DESCRIPTION": (
        "Read-only access to the published record of what governments, companies and civil "
        "society do about facial recognition. Only published actions appear. The curated data "
        "is licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): credit Policy "
        "Tracker and link to the record."
    ),
    "VERSION": "1",
    "LICENSE": {"name": "CC BY 4.0 (data)", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and Redoc from drf-spectacular-sidecar's static files: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "JurisdictionKindEnum": "directory.models.JurisdictionKind",
        "OrganisationKindEnum": "directory.models.OrganisationKind",
    },
}

# The cache: Redis when REDIS_URL (or DJANGO_CACHE_URL) names one, so that every app server
# counts the same rate limits; otherwise this process's memory (tracker/databases_and_caches.py).
CACHE_URL = os.environ.get("DJANGO_CACHE_URL") or os.environ.get("REDIS_URL", "")
CACHES = caches(CACHE_URL)

# Anonymous public pages, feeds and API reads are served from "public_pages" until public data
# changes (tracker/public_cache.py). Browsers and CDNs revalidate every time (no-cache, answered
# with 304s) unless DJANGO_PUBLIC_CACHE_MAX_AGE lets them reuse a page for that many seconds.
# Off by default with DEBUG on: a template edited under `runserver` shows at once.
PUBLIC_CACHE_ENABLED = env_bool("DJANGO_PUBLIC_CACHE", not DEBUG)
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("DJANGO_PUBLIC_CACHE_MAX_AGE", "0"))
# Larger responses are answered afresh each time (with 304s still); old versions' pages expire.
PUBLIC_CACHE_MAX_BYTES = int(os.environ.get("DJANGO_PUBLIC_CACHE_MAX_BYTES", str(2 * 1024 * 1024)))
PUBLIC_CACHE_TIMEOUT = 24 * 60 * 60
# Aggregates that scan every matching record (the timeline's chart and count, the news list's
# count) are kept in the "public_pages" cache until public data changes (core.publicdata),
# whether pages are kept or not: a page rendered afresh then costs what its own rows cost. Off
# by default with DEBUG on, as the page cache.
PUBLIC_AGGREGATES_KEPT = env_bool("DJANGO_KEEP_AGGREGATES", not DEBUG)

# Rate limits per client address, as "count/period" (s, m, h, d); empty turns one off. A client
# over a limit gets a 429 with Retry-After (tracker/ratelimits.py, counting with django-ratelimit
# in the cache above). "forms" counts every POST outside the admin.
RATELIMIT_ENABLE = env_bool("DJANGO_RATELIMIT_ENABLE", True)
RATELIMITS = {
    "api": os.environ.get("DJANGO_RATELIMIT_API", "300/m"),
    "downloads": os.environ.get("DJANGO_RATELIMIT_DOWNLOADS", "30/m"),
    "search": os.environ.get("DJANGO_RATELIMIT_SEARCH", "60/m"),
    "forms": os.environ.get("DJANGO_RATELIMIT_FORMS", "10/m"),
}
# The client's address is REMOTE_ADDR; behind a proxy, name the header that carries the real one
# (e.g. HTTP_X_REAL_IP), or every client shares the proxy's address and its limits.
RATELIMIT_CLIENT_IP_HEADER = os.environ.get("DJANGO_RATELIMIT_IP_HEADER", "")
RATELIMIT_IP_META_KEY = "tracker.ratelimits.client_address"
# django-ratelimit knows Django's own Redis backend only as "not officially supported"; it
# increments atomically (Redis INCR), which is all the counting needs. Local memory is refused as
# "not shared": it is the documented single-server fallback.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not CACHE_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Content-Security-Policy (django-csp): only this site's own scripts, styles, images and fonts;
# no inline script or style, no plugin, no framing. The API docs pages add a per-response nonce
# for their inline scripts (opendata/api/urls.py); the admin's exception is in tracker/security.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features no page uses are switched off for this site and anything it might embed.
# (django-permissions-policy checks each name against the features browsers know.)
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Trust X-Forwarded-Proto only when a proxy in front sets it (and strips it from clients):
# a client talking to gunicorn directly could otherwise claim HTTPS.
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Production hardening; `manage.py check --deploy` is clean with DJANGO_DEBUG=0. A site served
# over plain HTTP on this machine (`make run`) sets DJANGO_HTTPS=0: no redirect to HTTPS, no
# HSTS, cookies that a plain-HTTP admin login can use.
SERVED_OVER_HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
if SERVED_OVER_HTTPS:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
