"""Earlier actions given as context are proposed too, marked as background."""

from .reading_helpers import (
    CALIFORNIA,
    MAINE,
    OAKLAND,
    PORTLAND,
    SAN_FRANCISCO,
    TEXAS,
    iso,
    plain,
    read,
)


def test_earlier_bans_are_background_each_in_its_own_place():
    document = plain(
        "The Portland City Council voted on Monday night to ban facial recognition. "
        "San Francisco and Oakland passed similar bans last year.",
        published="2020-08-05",
    )
    proposals = read(document)
    assert [(p.jurisdiction_id, iso(p), p.background) for p in proposals] == [
        (PORTLAND.pk, "2020-08-03", False),
        (SAN_FRANCISCO.pk, "2019", True),
        (OAKLAND.pk, "2019", True),
    ]


def test_a_sentence_that_only_describes_the_measure_adds_nothing():
    document = plain(
        "The Portland City Council voted on Monday night to ban facial recognition. "
        "The ordinance bars police from using it. It takes effect in 30 days."
    )
    assert len(read(document)) == 1


def test_a_measure_replaced_by_a_dated_law_is_its_own_action():
    document = plain(
        "Maine's education department on Wednesday barred schools from using facial "
        "recognition, replacing a pause imposed by a 2020 state law.",
        published="2023-09-28",
    )
    assert [(p.action_type, iso(p), p.background) for p in read(document)] == [
        ("ban", "2023-09-27", False),
        ("moratorium", "2020", True),
    ]


def test_places_that_also_have_such_a_measure_are_not_the_measure_read_before():
    proposals = read(
        plain(
            "Maine is the latest state to act. Its law, passed in 2019, bars police from "
            "using face surveillance. Texas and California also have laws on it.",
            published="2020-08-05",
        )
    )
    assert sorted((p.jurisdiction_id, iso(p)) for p in proposals) == [
        (CALIFORNIA.pk, None),
        (MAINE.pk, "2019"),
        (TEXAS.pk, None),
    ]
