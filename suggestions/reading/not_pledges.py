"""Cues that read like a company's pledge but report none: a second stop that an order asks
for, and a business putting the technology to use. Pure functions of a sentence's text, its
clause and what was found in it, for `events.read_sentence`."""

import re

from policies.models import ActionType

from . import cue_context as around

_DEPLOYING = re.compile(
    r"(?:to |will )?(?:begin|begun|start|began|started|starting|roll|launch(?:ed|es)|goes|went|"
    r"gone|switch(?:es|ed|ing)?|turn(?:s|ed|ing)?)\b"
)


def ordered_too(cue_text, clause, found):
    """A second stop that an order of its clause asks for ("ordered Worldcoin to stop scanning
    irises and to stop using the data"): what the order requires, no pledge of the company's."""
    return cue_text.lower().startswith("to ") and any(
        item["cue"].action_type == ActionType.ENFORCEMENT and item["clause"] == clause
        for item in found
    )


def company_deploys(cue_text, text, clause, start, organisations):
    """A business putting the technology to use ("The railway began using the system", "the
    companies, which began scanning irises"): no policy of anyone's, where a police force doing
    so is an authorisation."""
    if not _DEPLOYING.match(cue_text):
        return False
    actors = [record for s, _e, record in organisations if clause[0] <= s < start]
    if actors:
        return all(record.kind == "company" for record in actors)
    prefix = text[clause[0] : start]
    if around.RELATIVE_START.match(prefix):
        return bool(around.COMPANIES_DESCRIBED.search(text, 0, clause[0]))
    return bool(around.COMPANY_SUBJECT.match(prefix))
