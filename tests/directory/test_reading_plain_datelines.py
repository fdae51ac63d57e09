"""A dateline written in plain text, first met in round ff of news the reader had not seen
(bench/reading_unseen): "BRUSSELS - The Commission ...", a hyphen where print has a dash."""

from .reading_directory import places_in


def test_a_dateline_before_a_hyphen_names_its_city():
    assert places_in("BUDAPEST - The city council voted on Monday.") == ["Budapest, Hungary"]


def test_a_dateline_before_a_dash_still_names_its_city():
    assert places_in("BUDAPEST \u2014 The city council voted on Monday.") == ["Budapest, Hungary"]


def test_a_doubtful_name_opening_a_sentence_in_plain_case_is_still_no_dateline():
    assert places_in("Reading - the report took an hour.") == []
