"""A body the directory knows by a name that opens with its place's possessive ("New Zealand's
Privacy Commissioner", "Australia's Privacy Commissioner") names that place, as the same
words do where the directory knows the body only by its other names (round zb of
bench/reading_unseen); a commission named for the field it regulates is a regulator, and a
court named for the cases it hears ("in Administrative and Tax Matters") is named whole
(round zc)."""

from .reading_directory import make_matcher, organisations_in, places_in

MATCHER = make_matcher(more_aliases=[(109, "Canada's Privacy Commissioner", False, False)])


def test_a_known_name_opening_with_a_countrys_possessive_names_the_country():
    text = "The report went to Canada's Privacy Commissioner on Monday."
    assert organisations_in(text, MATCHER) == ["Privacy Commissioner of Canada"]
    assert places_in(text, MATCHER) == ["Canada"]


def test_the_same_body_by_its_plain_name_names_no_place():
    text = "The report went to the Privacy Commissioner of Canada on Monday."
    assert places_in(text, MATCHER) == []


def test_a_commission_named_for_the_field_it_regulates_is_a_regulator():
    keys = MATCHER.read("The Nigerian Communications Commission told operators so.").organisations
    assert [key[1].kind for key in keys] == ["regulator"]
    keys = MATCHER.read("The Kenya Human Rights Commission said so.").organisations
    assert [key[1].kind for key in keys] == ["government"]


def test_a_court_named_for_the_cases_it_hears_is_named_whole():
    text = "The Court of Appeals in Administrative and Tax Matters rejected the appeal."
    assert organisations_in(text, MATCHER) == ["Court of Appeals in Administrative and Tax Matters"]


def test_a_court_in_a_city_keeps_its_own_name():
    text = "The Court of Appeals in Boston rejected the appeal."
    assert organisations_in(text, MATCHER) == ["Court of Appeals"]


def test_a_name_ending_in_s_owns_a_body_with_its_apostrophe_alone():
    text = "Illinois' Supreme Court ruled last month."
    assert organisations_in(text, MATCHER) == ["Illinois Supreme Court"]
    assert places_in(text, MATCHER) == ["Illinois, United States"]


def test_a_plurals_apostrophe_before_a_name_owns_nothing():
    assert organisations_in("It registered a European Citizens' Initiative.", MATCHER) == []
