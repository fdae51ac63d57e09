"""Names first met in round ib of news the reader had not seen (bench/reading_unseen): an
office is a person's, not a place nor another body: "the President" is no village of
Pennsylvania, "the President and Congress" names Congress, and "the IRS Commissioner" the
IRS."""

from .reading_directory import make_matcher, organisations_in, places_in

PENNSYLVANIA, PRESIDENT, OAKLAND_PA = 9101, 9102, 9103
IRS, CONGRESS = 9201, 9202
MATCHER = make_matcher(
    more_places=[
        (PENNSYLVANIA, "Pennsylvania", "state", 1, None, "US-PA"),
        (PRESIDENT, "President", "city", PENNSYLVANIA, None, ""),
        (OAKLAND_PA, "Oakland", "city", PENNSYLVANIA, 1_500, ""),
        (9104, "Oakland", "city", 26, 440_646, ""),
        (9105, "San Francisco", "city", 26, 873_965, ""),
    ],
    more_organisations=[
        (IRS, "Internal Revenue Service", "regulator", 1),
        (CONGRESS, "United States Congress", "government", 1),
    ],
    more_aliases=[(IRS, "IRS", True, False), (CONGRESS, "Congress", True, False)],
)


def test_the_president_is_an_office_not_a_village_nor_context_for_its_state():
    assert places_in(
        "The board advises the President on such programs. San Francisco and Oakland banned "
        "the technology last year.",
        MATCHER,
    ) == ["San Francisco, California", "Oakland, California"]


def test_a_title_and_a_body_joined_by_and_name_the_body_alone():
    assert organisations_in("The board advises the President and Congress.", MATCHER) == [
        "United States Congress"
    ]


def test_a_known_bodys_officer_is_that_body_not_another():
    assert organisations_in(
        "The letter asks the IRS Commissioner, Charles Rettig, how data is kept.", MATCHER
    ) == ["Internal Revenue Service"]


UN = 9203
UN_MATCHER = make_matcher(
    more_organisations=[(UN, "United Nations", "government", None)],
    more_aliases=[(UN, "UN", True, False)],
)


def test_a_high_office_with_its_portfolio_and_holder_is_its_body():
    # Round wa: "The UN High Commissioner for Human Rights, Michelle Bachelet, on Thursday
    # urged ...": a high office, its portfolio and its holder, not a body of their own.
    for text in (
        "The UN High Commissioner for Human Rights, Michelle Bachelet, urged a moratorium.",
        "UN High Commissioner for Human Rights Michelle Bachelet urged a moratorium.",
    ):
        assert organisations_in(text, UN_MATCHER) == ["United Nations"]
