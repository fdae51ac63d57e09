"""Bodies as the directory records them: a department named by its short name in a headline
("Senators ask Homeland Security to pause ..."), and an auditing firm whose name holds "and"."""

import yaml

from directory.loading import ORGANISATION_DIRECTORY

from .reading_directory import make_matcher, organisations_in


def _matcher_with(slug, pk):
    records = yaml.safe_load(ORGANISATION_DIRECTORY.read_text())
    entry = next(record for record in records if record["slug"] == slug)
    aliases = [
        (pk, alias, False, False)
        if isinstance(alias, str)
        else (pk, alias["text"], alias.get("case_sensitive", False), False)
        for alias in entry.get("aliases", [])
    ]
    return make_matcher(
        more_organisations=[(pk, entry["name"], entry["kind"], 1)], more_aliases=aliases
    )


def test_homeland_security_in_a_headline_is_the_department():
    matcher = _matcher_with("dhs", 301)
    text = "Senators ask Homeland Security to pause airport face scans until it writes rules"
    assert organisations_in(text, matcher) == ["Department of Homeland Security"]


def test_an_auditing_firm_whose_name_holds_and_is_one_firm():
    matcher = _matcher_with("orcaa", 302)
    text = "The company commissioned an audit from O'Neil Risk Consulting and Algorithmic Auditing."
    assert organisations_in(text, matcher) == ["O'Neil Risk Consulting and Algorithmic Auditing"]
