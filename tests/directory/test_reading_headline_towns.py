"""A Title Case headline capitalises every word, so its capitals prove no name: a town abroad
that is no major city ("Man", Côte d'Ivoire) is not read from a headline alone."""

from .reading_directory import make_matcher, organisations_in, places_in

IVORY_COAST, MAN, WEST_VIRGINIA, MAN_WV, FLORIDA, ABIDJAN = 9001, 9002, 9003, 9004, 9005, 9006
MATCHER = make_matcher(
    more_places=[
        (IVORY_COAST, "Côte d'Ivoire", "country", None, None, "CI"),
        (MAN, "Man", "city", IVORY_COAST, 241_969, ""),
        (WEST_VIRGINIA, "West Virginia", "state", 1, None, "US-WV"),
        (MAN_WV, "Man", "city", WEST_VIRGINIA, None, ""),  # a village: needs its state named
        (FLORIDA, "Florida", "state", 1, None, "US-FL"),
        (ABIDJAN, "Abidjan", "city", IVORY_COAST, 4_707_000, ""),
    ]
)


def test_a_small_town_abroad_named_by_a_headlines_capital_alone_is_no_place():
    assert places_in(
        "Florida Appeals Court Says Man Named By Face Software Had No Right To See Them\n\n"
        "A Florida appeals court upheld the conviction.",
        MATCHER,
    ) == ["Florida, United States"]


def test_the_town_is_a_place_where_the_text_names_it_outside_the_headline():
    assert places_in(
        "Police In Man Start Scanning Faces At The Market\n\nPolice in Man began using cameras.",
        MATCHER,
    ) == ["Man, Côte d'Ivoire"]


def test_a_major_city_abroad_in_a_headline_is_still_the_city():
    assert places_in("Police In Abidjan Start Scanning Faces At The Market", MATCHER) == [
        "Abidjan, Côte d'Ivoire"
    ]


ARGENTINA, FEDERAL, SAN_FRANCISCO_AR = 9011, 9012, 9013
OPENING_MATCHER = make_matcher(
    more_places=[
        (ARGENTINA, "Argentina", "country", None, None, "AR"),
        (FEDERAL, "Federal", "city", ARGENTINA, 16_333, ""),
        (SAN_FRANCISCO_AR, "San Francisco", "city", ARGENTINA, 59_062, ""),
    ]
)


def test_a_small_town_abroad_that_only_opens_a_sentence_is_no_place_nor_context():
    assert places_in(
        "Opinion: Federal agencies have rules. Some cities have acted: San Francisco banned it.",
        OPENING_MATCHER,
    ) == ["San Francisco, United States"]


def test_the_opening_town_is_a_place_where_the_text_names_its_country():
    assert places_in(
        "Federal approved the plan, the first town in Argentina.", OPENING_MATCHER
    ) == [
        "Federal, Argentina",
        "Argentina",
    ]


def test_villages_named_like_words_keep_no_headline_capital_for_a_body_to_end_on():
    # Protection, Kansas and Agency, Iowa: in "Italy's Data Protection Agency Fines ...", the
    # headline's capitals made "Protection Agency" a body of its own.
    villages = [(85, "Protection", "city", 18, None, ""), (86, "Agency", "city", 17, None, "")]
    matcher = make_matcher(more_places=villages)
    headline = "Italy's Data Protection Agency Fines Supermarket Chain Over Face Scans"
    assert "Protection Agency" not in organisations_in(headline, matcher)
    assert places_in(headline, matcher) == ["Italy"]
