"""Names read by their shape or by what else the text names, first met in rounds ue and ve of
news the reader had not seen: a superintendency that heads a regulator's name, and a month
before a day that is no town deciding which of two namesake bodies a text means."""

from .reading_directory import make_matcher, organisations_in


def test_a_superintendency_of_a_subject_is_a_regulator_named():
    """ "It creates a Superintendency of Personal Data Protection": Latin America's name for a
    regulator, in English, as "superintendencia" is in Spanish."""
    text = "The law creates a Superintendency of Personal Data Protection with the power to fine."
    assert organisations_in(text) == ["Superintendency of Personal Data Protection"]


def test_a_month_before_a_day_is_no_town_that_decides_whose_house_of_commons():
    """ "until March 24": a date, though March is a town in England, so the House of Commons of
    a text about Canada stays Canada's."""
    matcher = make_matcher(
        more_places=[(90, "March", "city", 20, 22_000, "")],
        more_organisations=[
            (190, "House of Commons", "government", 2),
            (191, "House of Commons of Canada", "government", 8),
        ],
        more_aliases=[(191, "House of Commons", False, False)],
    )
    text = (
        "Canada's bill died. Parliament is not due to sit again until March 24. The bill had "
        "been under study in the House of Commons since 2023."
    )
    assert organisations_in(text, matcher) == ["House of Commons of Canada"]
