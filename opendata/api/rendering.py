"""DRF's JSON renderer, taking values already written as JSON text as they are.

A list of actions is written as JSON text from its rows (`serializers.action_json`), not built
as dicts for `json.dumps` to encode again. `JSONTextRenderer` writes a response's `JSONText`
values into the response as they are when it writes what they were written as (no indent,
compact separators, `ensure_ascii=False`: DRF's defaults); otherwise (`?format=api`, which
renders with an indent of 4, or `Accept: application/json; indent=2`) it reads them back and
renders as `JSONRenderer` does. Either way the bytes are `JSONRenderer`'s for the same data
(tests/opendata/test_api_rendering.py).
"""

import json

from rest_framework.compat import SHORT_SEPARATORS
from rest_framework.renderers import JSONRenderer


class JSONText(str):
    """A value already written as JSON text, as `json.dumps(value, ensure_ascii=False,
    separators=(",", ":"))` would write it."""


class JSONTextRenderer(JSONRenderer):
    """`JSONRenderer`, writing a `JSONText` response (a record alone), or the `JSONText` values
    of a response's top-level object, as they are."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, JSONText):
            if self._as_written(accepted_media_type, renderer_context):
                return self._encoded(data)
            return super().render(json.loads(data), accepted_media_type, renderer_context)
        if not isinstance(data, dict) or not any(isinstance(v, JSONText) for v in data.values()):
            return super().render(data, accepted_media_type, renderer_context)
        as_written = self._as_written(accepted_media_type, renderer_context)
        if not as_written or not all(isinstance(key, str) for key in data):
            read_back = {
                key: json.loads(value) if isinstance(value, JSONText) else value
                for key, value in data.items()
            }
            return super().render(read_back, accepted_media_type, renderer_context)
        members = ",".join(
            f"{self._json(key)}:{value if isinstance(value, JSONText) else self._json(value)}"
            for key, value in data.items()
        )
        return self._encoded("{" + members + "}")

    def _as_written(self, accepted_media_type, renderer_context):
        """Whether the response is written as `JSONText` is: no indent, compact, unescaped."""
        indent = self.get_indent(accepted_media_type, renderer_context or {})
        return indent is None and self.compact and not self.ensure_ascii

    def _encoded(self, text):
        # As `JSONRenderer.render`: never a raw line or paragraph separator, for JavaScript.
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode()

    def _json(self, value):
        """`value` as `JSONRenderer.render` writes it, compact and without indent."""
        return json.dumps(
            value,
            cls=self.encoder_class,
            ensure_ascii=self.ensure_ascii,
            allow_nan=not self.strict,
            separators=SHORT_SEPARATORS,
        )
