import os
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.seed_snapshot import SeedSnapshot

SEEDS = Path(settings.BASE_DIR) / "seeds"


def run_import(*args, **options):
    """Run `import_seeds` and return (stdout, stderr)."""
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *map(str, args), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """A SQLite test database in a file, not in memory: import workers are other processes,
    and an in-memory database is seen only by the process that made it."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """Every request of a test comes from one address, so the rate limits would soon answer
    429; tests/tracker/test_rate_limits.py turns them back on to test them."""
    settings.RATELIMIT_ENABLE = False


@pytest.fixture(autouse=True)
def _public_pages_live(settings):
    """Pages and their aggregates computed afresh, so that each test's query counts are the
    page's own; tests/tracker/test_public_cache.py turns the page cache on to test it, and the
    `aggregates_kept` fixture the aggregates."""
    settings.PUBLIC_CACHE_ENABLED = False
    settings.PUBLIC_AGGREGATES_KEPT = False


@pytest.fixture
def aggregates_kept(settings):
    """What scans every match kept until public data changes, as in production, the page cache
    still off: every page is rendered afresh, and only its aggregates are kept."""
    from django.core.cache import caches

    settings.PUBLIC_AGGREGATES_KEPT = True
    caches["public_pages"].clear()
    yield
    caches["public_pages"].clear()


@pytest.fixture
def upload_storage(settings, tmp_path):
    """The folder of the test's own where the admin keeps uploaded documents (the default
    storage), and where Django receives large uploads, so that no test writes into the
    project's uploads/."""
    folder = tmp_path / "uploads"
    settings.IMPORT_UPLOAD_DIR = folder
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "receiving"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(folder)},
        },
    }
    return folder


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Background tasks (an upload's import) run as they are queued, inside the test;
    tests/articles/test_upload_tasks.py queues them in the database as production does."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def seeds_dir():
    return SEEDS


_seed_import = {}


@pytest.fixture
def imported_seeds(db):
    """The real seed documents and curated records, as imported by `import_seeds`: imported
    once, by the first test that asks, and its rows put back for each test after, imported again
    only when what it was imported onto has changed (see tests/seed_snapshot.py). Returns the
    import's (stdout, stderr)."""
    if not _seed_import or not _seed_import["snapshot"].fits():
        _seed_import["snapshot"], _seed_import["output"] = SeedSnapshot.of(run_import)
    _seed_import["snapshot"].restore()
    return _seed_import["output"]


@pytest.fixture
def staff_user(db, django_user_model):
    """Make a staff account in one of the groups the data migration creates."""
    from django.contrib.auth.models import Group

    def make(group_name, password=None):
        user = django_user_model.objects.create_user(
            username=group_name.lower(), password=password, is_staff=True
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def staff_client(staff_user, client):
    """A client signed in as a member of the given group: staff_client("Editor")."""

    def sign_in(group_name):
        client.force_login(staff_user(group_name))
        return client

    return sign_in


# -- browser tests (pytest-playwright, driving the system Chromium) ------------------------------

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # `playwright install` cannot download browsers here; use the distribution's Chromium.
    # A missing browser fails rather than skips: CI installs it, and a skip would hide that.
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH")
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture(scope="session", autouse=True)
def _allow_django_beside_playwright(request):
    """Playwright's sync API keeps an event loop running for the whole session once a browser
    test starts, and Django refuses ORM calls beside a running loop unless told it is safe: the
    tests call the ORM from one thread, so it is."""
    if any(item.get_closest_marker("browser") for item in request.session.items):
        os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run browser tests last, after every other reordering.

    They run on committed data that is flushed afterwards, which would also remove what the
    migrations created (the staff groups) from under any ordinary test that came after them.
    """
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
