"""A university named by a place's name ("Georgetown Law's Center on Privacy and Technology",
"a Georgetown study"), as the directory records it: the university, not a town of that name."""

import yaml

from directory.loading import ORGANISATION_DIRECTORY

from .reading_directory import make_matcher, organisations_in, places_in

_GEORGETOWN_TOWN = (90, "Georgetown", "city", 1, 10_000, None)


def _directory_entry(slug):
    records = yaml.safe_load(ORGANISATION_DIRECTORY.read_text())
    return next(record for record in records if record["slug"] == slug)


def _matcher_with_the_university():
    entry = _directory_entry("georgetown-university")
    aliases = [
        (300, alias, False, False)
        if isinstance(alias, str)
        else (300, alias["text"], alias.get("case_sensitive", False), False)
        for alias in entry["aliases"]
    ]
    return make_matcher(
        more_places=[_GEORGETOWN_TOWN],
        more_organisations=[(300, entry["name"], entry["kind"], 1)],
        more_aliases=aliases,
    )


def test_georgetown_law_named_before_its_research_centre_is_the_university_not_a_town():
    matcher = _matcher_with_the_university()
    text = "The report by researchers at Georgetown Law was published on Tuesday."
    assert places_in(text, matcher) == []
    assert organisations_in(text, matcher) == ["Georgetown University"]


def test_a_study_named_after_georgetown_in_a_headline_is_the_universitys():
    matcher = _matcher_with_the_university()
    text = "Half of adults are in police face networks, Georgetown study finds"
    assert places_in(text, matcher) == []
