"""The API docs pages, the only pages with inline scripts, work under the Content-Security-Policy:
their scripts run by the response's nonce and draw every operation, with no policy violation
but the one image Redoc asks of its maker's CDN, which the policy blocks as it should."""

import pytest

from tests.browser.conftest import Watch

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("url", "drawn"),
    [
        ("/api/docs/", ".opblock"),  # Swagger UI: one block per operation
        ("/api/redoc/", "[data-section-id^='tag/']"),  # Redoc: one section per tag
    ],
)
def test_the_docs_page_draws_every_operation_under_the_policy(live_server, page, url, drawn):
    watch = Watch(page)
    watch.visit(live_server.url + url)
    page.wait_for_selector(drawn)
    page.wait_for_load_state("networkidle")
    assert page.locator(drawn).count() >= 4
    assert watch.problems == []
