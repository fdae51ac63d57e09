"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server."""

import json
import os
from pathlib import Path

import pytest

from tests.conftest import run_import

# Playwright's sync API runs an event loop in the test thread; Django refuses database access
# from a thread with a running loop unless told that this is deliberate.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text()


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture
def seeded_site(live_server, transactional_db):
    """The live server with the real seeds and curated records in its database."""
    run_import()
    return live_server.url


def axe_violations(page):
    """Run axe-core in the page and return its violations, each as a short readable line."""
    page.add_script_tag(content=AXE_SOURCE)
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + json.dumps([node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
    ]
