"""Names first met in round tf of news the reader had not seen (bench/reading_unseen): a
state's journal named for the state, a stop named for a place, a bare Supreme Court in a text
about one country abroad, and a dateline that names a city by its region's name."""

from .reading_directory import make_matcher, organisations_in, places_in

# pk, name, kind, parent, population, iso code
_ABROAD = [
    (400, "India", "country", None, None, "IN"),
    (401, "Argentina", "country", None, None, "AR"),
    (402, "Buenos Aires", "state", 401, None, "AR-B"),
    (403, "Ciudad Autónoma de Buenos Aires", "state", 401, None, "AR-C"),
    (404, "Buenos Aires", "city", 401, 13_076_300, ""),
    (405, "Retiro", "city", 403, 65_000, ""),
]
_ALIASES = [(404, "Ciudad Autónoma de Buenos Aires", False, False)]
MATCHER = make_matcher(more_places=_ABROAD, more_place_aliases=_ALIASES)


def test_the_gazette_of_a_country_is_no_organisation_and_names_the_country():
    text = "The ministry notified the rules in the Gazette of India on Friday."
    assert organisations_in(text, MATCHER) == []
    assert places_in(text, MATCHER) == ["India"]


def test_a_name_between_the_and_stations_is_the_stops_own():
    text = "Cameras watch the Retiro and Constitución stations of the Subte in Buenos Aires."
    assert "Retiro, Ciudad Autónoma de Buenos Aires" not in places_in(text, MATCHER)


def test_a_bare_supreme_court_in_a_text_about_one_country_abroad_is_that_countrys():
    text = "Rules in India took effect. In 2018 the Supreme Court struck down Section 57."
    assert organisations_in(text, MATCHER) == ["Supreme Court of India"]


def test_a_dateline_in_the_citys_own_name_leaves_the_headlines_name_the_city():
    text = (
        "Buenos Aires switches on face recognition. CIUDAD AUTÓNOMA DE BUENOS AIRES — The "
        "system began on Thursday."
    )
    assert places_in(text, MATCHER) == ["Buenos Aires, Argentina"]
