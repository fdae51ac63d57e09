from django import template

from ..presentation import evidence_in_context

register = template.Library()


@register.simple_tag
def suggestion_evidence(suggestion, width=400):
    """The evidence of `suggestion` marked in its context, escaped."""
    return evidence_in_context(
        suggestion.context_before, suggestion.evidence, suggestion.context_after, width=width
    )
