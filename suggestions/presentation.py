"""How a suggestion's evidence is shown: the sentence marked in the text around it, escaped.

Imported text is hostile until proven otherwise: every piece goes through `format_html`.
"""

from django.utils.html import format_html

ELLIPSIS = "…"


def _trim_before(text, width):
    if len(text) <= width:
        return text
    cut = text[-width:]
    space = cut.find(" ")
    return ELLIPSIS + (cut[space + 1 :] if 0 <= space < width // 2 else cut)


def _trim_after(text, width):
    if len(text) <= width:
        return text
    cut = text[:width]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut) + ELLIPSIS


def evidence_in_context(before, evidence, after, *, width=120):
    """`evidence` in a <mark>, with up to `width` characters of its context on each side."""
    return format_html(
        '<span class="suggestion-evidence">{}<mark>{}</mark>{}</span>',
        _trim_before(before, width),
        evidence,
        _trim_after(after, width),
    )
