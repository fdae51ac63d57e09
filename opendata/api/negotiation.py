"""Content negotiation that names a `?format=` it does not know, instead of a bare "Not found."."""

from rest_framework.exceptions import NotFound
from rest_framework.negotiation import DefaultContentNegotiation


class NamedFormatNegotiation(DefaultContentNegotiation):
    def filter_renderers(self, renderers, format):
        chosen = [renderer for renderer in renderers if renderer.format == format]
        if not chosen:
            known = ", ".join(renderer.format for renderer in renderers)
            raise NotFound(f"Unknown format {format!r}: the format parameter takes {known}.")
        return chosen
