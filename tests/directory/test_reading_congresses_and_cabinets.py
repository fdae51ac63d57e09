"""Names first met in round vf of news the reader had not seen (bench/reading_unseen): a bare
"Congress" in a text about one country abroad, that country's chambers named bare after it,
and a bare "Cabinet" a text about one country names."""

from .reading_directory import make_matcher, organisations_in

# pk, name, kind, parent, population, iso code
_PLACES = [
    (200, "Brazil", "country", None, None, "BR"),
    (201, "Distrito Federal", "state", 200, None, "BR-DF"),
    (202, "Brasília", "city", 201, 2_207_718, ""),
    (203, "Japan", "country", None, None, "JP"),
    (204, "Peru", "country", None, None, "PE"),
]
_BODIES = [
    (300, "United States Congress", "government", 1),
    (301, "National Congress of Brazil", "government", 200),
    (302, "Federal Senate of Brazil", "government", 200),
    (303, "Cabinet of Japan", "government", 203),
]
_ALIASES = [
    (300, "Congress", True, False),
    (301, "Brazilian Congress", False, False),
    (302, "Brazilian Senate", False, False),
    (303, "Japanese Cabinet", False, False),
]
MATCHER = make_matcher(more_places=_PLACES, more_organisations=_BODIES, more_aliases=_ALIASES)


def test_a_bare_congress_in_a_text_from_brasilia_is_brazils():
    text = "BRASÍLIA — Lula signed the law. Congress approved the bill in August."
    assert organisations_in(text, MATCHER) == ["National Congress of Brazil"]


def test_the_senate_of_that_text_is_brazils_too():
    text = "BRASÍLIA — Congress approved the bill after the Senate passed it last year."
    assert organisations_in(text, MATCHER) == [
        "National Congress of Brazil",
        "Federal Senate of Brazil",
    ]


def test_a_bare_congress_in_a_text_about_an_american_state_stays_the_united_states():
    text = "Congress has not acted, so Texas passed its own law."
    assert organisations_in(text, MATCHER) == ["United States Congress"]


def test_a_bare_congress_of_a_country_whose_congress_is_unknown_stays_as_it_was():
    text = "In Peru, Congress approved the bill on Tuesday."
    assert organisations_in(text, MATCHER) == ["United States Congress"]


def test_the_cabinet_of_a_text_about_japan_is_japans():
    text = "In Japan, the Cabinet approved bills to abolish paper insurance cards."
    assert organisations_in(text, MATCHER) == ["Cabinet of Japan"]
