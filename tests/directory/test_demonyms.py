"""Which country a nationality names, asked one way by every reader of names."""

from directory.demonyms import nationality_countries, nationality_country

from .reading_directory import make_matcher

PALESTINE = (76, "Palestine", "country", None, None, "PS")


def test_a_nationality_names_its_country():
    assert nationality_country("Dutch") == "Netherlands"


def test_a_plural_names_its_country_only_when_plurals_are_asked_about():
    assert nationality_country("Palestinians") is None
    assert nationality_country("Palestinians", plural=True) == "Palestine"


def test_a_word_that_is_no_nationality_names_no_country():
    assert nationality_country("Dutchess", plural=True) is None


def test_a_nationality_names_the_directorys_country_of_that_name():
    index = make_matcher(more_places=[PALESTINE]).name_index
    assert nationality_countries(index, "Palestinian") == (76,)
    assert nationality_countries(index, "Portland") == ()
