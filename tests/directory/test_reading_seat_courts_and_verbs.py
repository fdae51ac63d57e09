"""Names first met in round fe of news the reader had not seen (bench/reading_unseen): a
country's court named "in" its seat, and a plural type noun used as a verb."""

from .reading_directory import organisations_in, places_in


def test_an_administrative_court_in_a_city_is_that_citys_court():
    text = "The administrative court in Budapest on Wednesday ordered the city to stop."
    assert organisations_in(text) == ["Administrative Court of Budapest"]


def test_a_regional_court_in_a_city_is_that_citys_court():
    assert organisations_in("A regional court in Zürich ruled.") == ["Regional Court of Zürich"]


def test_a_federal_court_in_a_city_is_no_court_of_that_city():
    text = "A federal court in Detroit dismissed the suit."
    assert organisations_in(text) == []
    assert places_in(text) == ["Detroit, Michigan"]


def test_a_body_which_groups_towns_does_not_make_a_town_an_organisation():
    text = "The authority, which groups Zorbanville and ten neighbouring towns, said no."
    assert organisations_in(text) == []


def test_groups_named_after_their_noun_are_still_organisations():
    text = "Two rights groups Mijente and Just Futures Law sued."
    assert "Mijente" in organisations_in(text)


def test_a_courts_formation_named_alone_is_no_body_of_its_own():
    """Round ne: "Sitting as a Grand Chamber, the court said": the court the text names, sitting
    in its largest formation."""
    text = "Sitting as a Grand Chamber, the court said the rule went too far."
    assert organisations_in(text) == []
    assert organisations_in("The Full Bench dismissed the appeal.") == []
