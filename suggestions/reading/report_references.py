"""A regulator's or court's report told more of in a sentence of its own: "The report
recommended that police delete every photograph taken unlawfully" is what the finding just
reported recommends, part of that decision, not a call of its own. For `assembly`.
"""

import re

from policies.models import ActionType

T = ActionType
# The sentence opens with the report as its subject, the cue right after it.
_THE_REPORT = re.compile(
    r"^\W*the\s+(?:(?:joint|final|full|\d{4})\s+)?(?:report|findings|decision|determination|"
    r"ruling|judgment)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
_SAID_OF_IT = (T.CAMPAIGN, T.ENFORCEMENT, T.LETTER)
_DECISIONS = (T.ENFORCEMENT, T.COURT_RULING, T.REGULATION)


def report_referred_to(event, kept):
    """The decision kept last that `event`, opening "The report recommended ...", tells more
    of; None if the sentence does not open so, or nothing was decided before it."""
    if event.action_type not in _SAID_OF_IT:
        return None
    if not _THE_REPORT.match(event.sentence.text, 0, event.cue_start):
        return None
    return next((other for other in reversed(kept) if other.action_type in _DECISIONS), None)
