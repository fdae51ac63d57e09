"""Names first met in round uf of news the reader had not seen (bench/reading_unseen): a
country's court named bare with the seat or the clause that says whose it is, and a bare
Parliament in a text whose places lie in another country than the one it names."""

from .reading_directory import make_matcher, organisations_in, places_in

# pk, name, kind, parent, population, iso code
_ABROAD = [
    (200, "Uganda", "country", None, None, "UG"),
    (201, "Central", "state", 200, None, "UG-C"),
    (202, "Kampala", "city", 201, 1_353_189, ""),
    (203, "Kenya", "country", None, None, "KE"),
]
_PARLIAMENT = [(300, "Parliament of Uganda", "government", 200)]
MATCHER = make_matcher(more_places=_ABROAD, more_organisations=_PARLIAMENT)


def test_a_high_court_in_a_city_abroad_is_that_countrys_high_court():
    text = "The groups filed the case in the High Court in Kampala in late April."
    assert organisations_in(text, MATCHER) == ["High Court of Uganda"]
    assert places_in(text, MATCHER) == ["Kampala, Central"]


def test_a_high_court_in_london_keeps_its_own_name():
    assert organisations_in("The case went to the High Court in London.", MATCHER) == ["High Court"]


def test_the_high_court_of_a_where_clause_is_that_countrys():
    text = "Campaigners point to Kenya, where the High Court ruled in January 2020."
    assert organisations_in(text, MATCHER) == ["High Court of Kenya"]


def test_the_high_court_after_in_and_a_country_is_that_countrys():
    text = "In Kenya, the High Court halted the register."
    assert organisations_in(text, MATCHER) == ["High Court of Kenya"]


def test_a_court_after_a_country_and_no_in_or_where_is_left_bare():
    # (two countries named, so that no one country of the whole text says whose it is)
    text = "They wrote to Kenya and Uganda, the High Court said nothing."
    assert organisations_in(text, MATCHER) == ["High Court"]


def test_a_bare_parliament_is_that_of_the_place_named_before_it():
    text = (
        "KAMPALA — Registration began in 2014, and Parliament made it compulsory in 2015. "
        "Campaigners point to Kenya, where the courts stepped in."
    )
    assert organisations_in(text, MATCHER) == ["Parliament of Uganda"]
