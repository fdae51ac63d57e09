"""The Content-Security-Policy of every response, with the one exception the admin needs.

The policy itself is `CONTENT_SECURITY_POLICY` in the settings; django-csp writes it, and views
may widen it for themselves (the API docs pages add a nonce). The admin is the one place whose
third-party templates still write `style="..."` attributes (django-simple-history's history
pages; the admin's own widgets set a few from script). A style attribute cannot run script, so
the admin alone may use them; scripts stay this site's own files there as everywhere. The
browsable API's pages (Django REST framework's templates) write a few too, and get the same,
with the response's nonce for their one inline <style> (templates/rest_framework/api.html).

Cross-Origin-Opener-Policy is set on every response too: drf-spectacular's Swagger page asks
for "unsafe-none" for OAuth pop-ups, and this API has no sign-in at all.
"""

from csp.constants import NONCE
from csp.middleware import CSPMiddleware
from django.conf import settings

from core.links import link

STYLE_ATTRIBUTES = {"style-src-attr": ["'unsafe-inline'"]}
BROWSABLE_API = {**STYLE_ATTRIBUTES, "style-src": [NONCE]}


class SitePolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        exceptions = None if report_only else self.third_party_exceptions(request, response)
        if exceptions:
            parts.update = {**exceptions, **(parts.update or {})}
        return parts

    @staticmethod
    def third_party_exceptions(request, response):
        path = request.path_info
        if path.startswith(link("admin:index")):
            return STYLE_ATTRIBUTES
        is_html = response.get("Content-Type", "").startswith("text/html")
        # The docs pages set their own exceptions (opendata/api/urls.py).
        is_browsable = is_html and not hasattr(response, "_csp_update")
        if is_browsable and path.startswith(link("api:api-root")):
            return BROWSABLE_API
        return None

    def process_response(self, request, response):
        response["Cross-Origin-Opener-Policy"] = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
        return super().process_response(request, response)
