"""A national body named bare in a text that names no place, first met in round fd of news the
reader had not seen (bench/reading_unseen): the country whose public bodies the text names."""

from .reading_directory import make_matcher, organisations_in

ORGANISATIONS = [
    (400, "UK Parliament", "government", 2),
    (401, "House of Lords", "government", 2),
    (402, "Parliament of Canada", "government", 8),
    (403, "Royal Canadian Mounted Police", "government", 8),
]
MATCHER = make_matcher(
    more_organisations=ORGANISATIONS,
    more_aliases=[
        (400, "British Parliament", False, False),
        (402, "Canadian Parliament", False, False),
    ],
)


def test_a_bare_parliament_beside_one_countrys_bodies_is_that_countrys():
    text = (
        "A peer introduced a bill in the House of Lords that would halt the cameras until a "
        "review has reported to Parliament."
    )
    assert organisations_in(text, MATCHER) == ["House of Lords", "UK Parliament"]


def test_the_bodies_of_another_country_say_whose_parliament_it_is():
    text = "The Royal Canadian Mounted Police will report to Parliament."
    assert organisations_in(text, MATCHER) == [
        "Royal Canadian Mounted Police",
        "Parliament of Canada",
    ]


def test_a_bare_parliament_beside_bodies_of_two_countries_stays_as_written():
    text = "The House of Lords and the Royal Canadian Mounted Police wrote to Parliament."
    assert organisations_in(text, MATCHER)[-1] == "Parliament"


def test_a_campaign_groups_home_says_nothing_of_whose_parliament_it_is():
    text = "Big Brother Watch wrote to Parliament."
    assert organisations_in(text, MATCHER) == ["Big Brother Watch", "Parliament"]
