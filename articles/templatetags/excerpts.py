"""`{{ article.excerpt|whole_words }}`: a feed's excerpt as readers should see it.

Feeds cut excerpts at a length, often mid-word ("dangers the technolog"). An excerpt that does
not end a sentence lost its end: its last, perhaps partial, word is dropped, with any dangling
punctuation, and an ellipsis says that more follows.
"""

import re

from django import template

register = template.Library()

# Closing quotes and brackets may follow the full stop.
_ENDS_A_SENTENCE = re.compile("[.!?\u2026][\"'\u201d\u2019)\\]]*$")
# What a cut leaves hanging: commas, dashes (hyphen, en, em), bars, opening quotes.
_DANGLING = " \t\n,;:-\u2013\u2014|/(\"'\u201c\u2018"


@register.filter
def whole_words(text):
    text = (text or "").strip()
    if not text or _ENDS_A_SENTENCE.search(text):
        return text
    kept = text.rsplit(None, 1)[0] if " " in text else text
    return kept.rstrip(_DANGLING) + "…"
