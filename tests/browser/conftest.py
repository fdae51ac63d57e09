"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

The browser launch settings live in tests/conftest.py.
"""

import json
import re
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


SCRIPT_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)
# The vendored Redoc asks for its logo from its maker's CDN; the policy blocks it, as it should.
EXPECTED_BLOCKS = ("https://cdn.redoc.ly/",)


class Watch:
    """What a page did that it must not: dialogs opened, policy violations, script errors."""

    def __init__(self, page):
        self.page = page
        self.problems = []
        page.on("dialog", self.on_dialog)
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def on_dialog(self, dialog):
        self.problems.append(f"a payload ran: {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    def on_console(self, message):
        text = message.text
        if "Content Security Policy" in text and not any(u in text for u in EXPECTED_BLOCKS):
            self.problems.append(f"policy violation: {text[:300]}")

    def visit(self, url):
        self.page.goto(url)
        self.page.wait_for_load_state("load")
        self.inspect(url)

    def inspect(self, url):
        if self.page.evaluate("() => window.__xss !== undefined"):
            self.problems.append(f"a payload ran: window.__xss set on {url}")
        for attribute, value in self.page.evaluate(
            """() => [...document.querySelectorAll('[href], [src], [action], [formaction]')]
                .flatMap(el => ['href', 'src', 'action', 'formaction']
                    .filter(name => el.hasAttribute(name))
                    .map(name => [name, el.getAttribute(name)]))"""
        ):
            if SCRIPT_URL.match(value) and not value.startswith("data:image/"):
                self.problems.append(f"{attribute}={value!r} on {url}")
