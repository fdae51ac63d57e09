"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

The browser launch settings live in tests/conftest.py.
"""

import json
from pathlib import Path

import pytest

from tests.conftest import run_import

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text()


def pytest_collection_modifyitems(items):
    """Mark every test here as a browser test on a committed database.

    The live server reads from another thread, so the data must be committed; the flush after
    each test would also wipe what migrations created (the staff groups), so the database is
    restored from its serialised state for the tests that come after.
    """
    for item in items:
        if Path(item.fspath).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture
def seeded_site(live_server):
    """The live server with the real seeds and curated records in its database."""
    run_import()
    return live_server.url


def axe_violations(page):
    """Run axe-core in the page and return its violations, each as a short readable line.

    axe is evaluated by the browser's tooling, not added as a <script>: the site's
    Content-Security-Policy refuses inline scripts, as it should.
    """
    page.evaluate(AXE_SOURCE)
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + json.dumps([node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
    ]
