"""Organisations first met in round ha of news the reader had not seen (bench/reading_unseen):
a football club named with its initials, before its town's name ("FC Metz") or after it
("Brøndby IF"), is a club, and its town is not a place the text names."""

from .reading_directory import make_matcher, organisations_in, places_in

# pk, name, kind, parent, population, iso code
METZ = (90, "Metz", "city", 4, None, None)
BRONDBY = (91, "Brøndby", "city", None, None, None)
MATCHER = make_matcher(more_places=[METZ, BRONDBY])


def test_a_club_whose_initials_open_its_name_before_its_towns_is_an_organisation():
    text = "Reuters reported that the club was FC Metz."
    assert organisations_in(text, MATCHER) == ["FC Metz"]
    assert places_in(text, MATCHER) == []


def test_a_club_whose_initials_close_its_name_in_capitals_is_an_organisation():
    text = "The regulator has approved the system that Brøndby IF wants at its gates."
    assert organisations_in(text, MATCHER) == ["Brøndby IF"]
    assert places_in(text, MATCHER) == []


def test_if_in_lower_case_after_a_name_is_a_conjunction_not_a_club():
    assert organisations_in("It asked Brøndby if the cameras worked.", MATCHER) == []
