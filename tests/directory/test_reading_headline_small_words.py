"""Names first met in round jc of news the reader had not seen (bench/reading_unseen): a small
word that a Title Case headline capitalises is that word, even where a town bears it as its
whole name ("Of", in Turkey), and no part of the name after it."""

from .reading_directory import make_matcher, organisations_in, places_in

# pk, name, kind, parent, population, iso code
TURKEY = (97, "Turkey", "country", None, None, "TR")
OF = (98, "Of", "city", 97, 40000, None)
MATCHER = make_matcher(more_places=[TURKEY, OF])


def test_of_in_a_title_case_headline_is_no_town_and_no_part_of_the_company_after_it():
    text = "Federal Commissioner Opens Investigation Into The Use Of Clearview AI By Police"
    assert places_in(text, MATCHER) == []
    assert "Of Clearview AI" not in organisations_in(text, MATCHER)
