"""Bodies of countries the directory knows little of, first met in news from Latin America
(bench/reading_unseen, ba04): "Mexico's Congress" beside the United States Congress, and a
country that shares its name with one of its states."""

from .reading_directory import make_matcher, organisations_in, places_in

MEXICO, MEXICO_STATE, MEXICO_MAINE = 200, 201, 202
PLACES = [
    (MEXICO, "Mexico", "country", None, None, "MX"),
    (MEXICO_STATE, "México", "state", MEXICO, None, "MX-MEX"),
    (MEXICO_MAINE, "Mexico", "city", 10, 2_600, ""),  # a town in Maine
]
ORGANISATIONS = [
    (300, "United States Congress", "government", 1),
    (301, "National Institute for Transparency", "regulator", MEXICO),
]
MATCHER = make_matcher(
    more_places=PLACES,
    more_organisations=ORGANISATIONS,
    more_aliases=[(300, "Congress", True, False), (301, "INAI", True, False)],
)


def test_a_chamber_after_another_countrys_possessive_is_that_countrys_own():
    names = organisations_in(
        "The registry was created by a reform Mexico's Congress approved.", MATCHER
    )
    assert names == ["Congress of Mexico"]


def test_congress_alone_is_still_the_united_states_congress():
    assert organisations_in("Congress approved the reform.", MATCHER) == ["United States Congress"]


def test_a_state_named_like_its_country_takes_no_context_from_the_countrys_bodies():
    text = "Mexico's court struck the registry down, in a case the INAI brought."
    assert places_in(text, MATCHER) == ["Mexico"]


def test_a_country_that_is_also_a_state_gives_its_chamber_no_name_of_its_own():
    assert organisations_in("Georgia's Senate approved the bill.", MATCHER) == []


UNITED_NATIONS, COUNCIL_OF_EUROPE = 210, 211
BODIES = make_matcher(
    more_places=[
        (UNITED_NATIONS, "United Nations", "international", None, None, ""),
        (COUNCIL_OF_EUROPE, "Council of Europe", "international", None, None, ""),
    ],
    more_organisations=[
        (310, "United Nations", "government", UNITED_NATIONS),
        (311, "Council of Europe", "government"),
    ],
)


def test_a_body_placed_in_the_place_of_its_own_name_is_a_party_and_a_place():
    text = "The United Nations special rapporteur on privacy raised it last year."
    assert organisations_in(text, BODIES) == ["United Nations"]
    assert places_in(text, BODIES) == ["United Nations"]


def test_a_body_placed_nowhere_is_only_a_body():
    text = "The Council of Europe adopted guidelines."
    assert organisations_in(text, BODIES) == ["Council of Europe"]
    assert places_in(text, BODIES) == []


def test_a_name_opened_by_a_legal_form_is_a_company_and_two_joined_by_and_are_two():
    text = "The ministry summoned PT Terang Bulan Abadi and PT Sandina Abadi Nusantara."
    assert organisations_in(text, MATCHER) == [
        "PT Terang Bulan Abadi",
        "PT Sandina Abadi Nusantara",
    ]
