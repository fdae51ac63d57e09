"""Date expressions are resolved as a careful reader would, against the text's own date."""

import datetime

import pytest

from suggestions.reading.dates import find_dates

D = datetime.date


def first(sentence, published):
    mentions = find_dates(sentence, published)
    assert mentions, sentence
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "published", "date", "precision"),
    [
        ("The council voted on Tuesday night.", D(2019, 10, 16), D(2019, 10, 15), "day"),
        ("The council voted on Wednesday.", D(2019, 10, 16), D(2019, 10, 16), "day"),
        ("Since Sunday, the practices are prohibited.", D(2025, 2, 3), D(2025, 2, 2), "day"),
        ("welcomed Wednesday's ban", D(2023, 9, 27), D(2023, 9, 27), "day"),
        ("reso noto mercoledì", D(2022, 3, 9), D(2022, 3, 9), "day"),
        ("Somerville banned it in June.", D(2020, 1, 14), D(2019, 6, 1), "month"),
        ("The council adopted it in August.", D(2020, 11, 4), D(2020, 8, 1), "month"),
        ("It was passed last year.", D(2021, 3, 1), D(2020, 1, 1), "year"),
        # Round td: "A year ago, ... GSA said Login.gov would not use facial recognition".
        ("A year ago, the agency said it would not.", D(2023, 3, 10), D(2022, 1, 1), "year"),
        ("It was approved earlier this month.", D(2021, 3, 20), D(2021, 3, 1), "month"),
        ("It was approved last month.", D(2021, 1, 5), D(2020, 12, 1), "month"),
        ("The watchdog said this week that it fined them.", D(2024, 9, 4), D(2024, 9, 1), "month"),
        ("It was signed on June 10, 2020.", D(2021, 1, 1), D(2020, 6, 10), "day"),
        ("It was signed on 10 June 2020.", D(2021, 1, 1), D(2020, 6, 10), "day"),
        ("The decision is dated 17 October.", D(2022, 10, 21), D(2022, 10, 17), "day"),
        ("The case began in 2016.", D(2019, 1, 28), D(2016, 1, 1), "year"),
        ("In December 2017 the court sided with them.", D(2019, 1, 28), D(2017, 12, 1), "month"),
        ("The measure passed on Election Day.", D(2020, 11, 4), D(2020, 11, 3), "day"),
        ("The tool will be switched off on Jan. 1.", D(2019, 12, 10), D(2020, 1, 1), "day"),
    ],
)
def test_each_date_form_is_read_at_the_precision_the_text_gives(
    sentence, published, date, precision
):
    mention = first(sentence, published)
    assert (mention.date, mention.precision) == (date, precision)


def test_a_month_after_a_written_year_takes_that_year():
    mentions = find_dates("in August 2020, and that November its voters agreed", D(2021, 7, 2))
    assert [(m.date, m.precision) for m in mentions] == [
        (D(2020, 8, 1), "month"),
        (D(2020, 11, 1), "month"),
    ]


@pytest.mark.parametrize(
    "sentence", ["Today, February 3, the commissioners reported.", "They voted on Tuesday."]
)
def test_without_a_year_in_the_text_or_a_publication_date_there_is_no_date(sentence):
    assert all(m.date is None for m in find_dates(sentence, None))


def test_a_date_after_until_is_a_deadline_not_an_event():
    mentions = find_dates("bars schools until at least July 1, 2022", D(2020, 12, 23))
    assert [m.role for m in mentions] == ["deadline"]


def test_may_as_a_verb_is_no_month():
    assert find_dates("Police may not run searches themselves.", D(2021, 7, 2)) == []


def test_a_year_inside_a_reference_number_is_no_date():
    mentions = find_dates("Decree 13/2023/ND-CP took effect on Saturday.", D(2023, 7, 3))
    assert [(m.date, m.precision) for m in mentions] == [(D(2023, 7, 1), "day")]


def test_last_and_a_month_is_behind_even_in_a_sentence_that_looks_ahead():
    # "Kmart, which was found in breach last October, will be watching": no October to come.
    (mention,) = find_dates(
        "Kmart, which was found in breach last October, will be watching closely.",
        datetime.date(2026, 2, 9),
    )
    assert (mention.date, mention.precision) == (datetime.date(2025, 10, 1), "month")


def test_a_date_before_a_relative_clause_that_looks_ahead_is_behind():
    # "On November 27, the assembly passed the law, which from July 1 will ...": only the
    # relative clause looks ahead; the day it was passed is the last November 27.
    mentions = find_dates(
        "On November 27, the assembly passed the law, which from July 1 will replace the cards.",
        datetime.date(2023, 12, 4),
    )
    assert [m.date for m in mentions] == [datetime.date(2023, 11, 27), datetime.date(2024, 7, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meta shut down its face recognition system later that year.",
        "The city council passed a ban that same year.",
        "In the same year the agency paused its pilot.",
    ],
)
def test_that_year_alone_is_the_year_the_text_last_wrote_out(sentence):
    mentions = find_dates(sentence, D(2024, 6, 18), year_named=2021)
    assert [(m.date, m.precision) for m in mentions] == [(D(2021, 1, 1), "year")]


def test_that_year_without_a_year_written_before_is_no_date():
    assert find_dates("Meta shut down its system later that year.", D(2024, 6, 18)) == []


def test_years_ago_beyond_one_give_no_year():
    # qb03: "Three years ago, the previous coalition ... had promised" may be any of two years.
    assert find_dates("Three years ago, the coalition had promised it.", D(2025, 4, 10)) == []
