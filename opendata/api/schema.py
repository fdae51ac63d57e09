"""The API's OpenAPI schema, generated and written once a process.

drf-spectacular generates the schema from the code (the URLs, views, serializers and filters)
on every request, and its YAML renderer writes it in Python: `/api/schema/` took ~26 ms of CPU
for what depends only on the code. `SchemaView` keeps the schema it generated, and each of its
renderers the bytes it wrote, for a request that names neither a version nor a language (which
drf-spectacular writes into the schema); any other is answered as drf-spectacular answers it.
The bytes are the same (tests/opendata/test_schema.py).
"""

from django.conf import settings
from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response


def _written_once(renderer_class):
    """`renderer_class`, writing the kept schema once for its own media type; anything else (an
    error, a version's schema, an `Accept` with parameters such as an indent) as it comes."""

    class WrittenOnce(renderer_class):
        written = None

        def render(self, data, accepted_media_type=None, renderer_context=None):
            if data is not SchemaView.kept or accepted_media_type != self.media_type:
                return super().render(data, accepted_media_type, renderer_context)
            if WrittenOnce.written is None:
                WrittenOnce.written = super().render(data, accepted_media_type, renderer_context)
            return WrittenOnce.written

    WrittenOnce.__name__ = WrittenOnce.__qualname__ = renderer_class.__name__
    return WrittenOnce


class SchemaView(SpectacularAPIView):
    """drf-spectacular's schema view, generating the schema of the code once a process."""

    renderer_classes = [_written_once(renderer) for renderer in SpectacularAPIView.renderer_classes]
    kept = None  # the schema of the code, once generated: its renderers know it by identity

    def _get_schema_response(self, request):
        version = self.api_version or request.version or self._get_version_parameter(request)
        if version or (settings.USE_I18N and request.GET.get("lang")):
            return super()._get_schema_response(request)
        if SchemaView.kept is None:
            generator = self.generator_class(urlconf=self.urlconf, patterns=self.patterns)
            SchemaView.kept = generator.get_schema(request=request, public=self.serve_public)
        filename = self._get_filename(request, None)
        return Response(
            data=SchemaView.kept, headers={"Content-Disposition": f'inline; filename="{filename}"'}
        )
