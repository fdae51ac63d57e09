"""Readings first met in rounds hd and he of news the reader had not seen (bench/reading_unseen):
roundups that report several actions in one text, and opinion and explainer pieces. A law named
with its state inside the signing ("signed the Tennessee Information Protection Act") is that
state's; Iowa's bills are "Files"; a place that went before in a ranking ("the second state,
after California") is not where the act is; a national group's call on "the law" just reported
is the law's place. In round he: "<the act>, which <someone> signed in June" and "has applied
since" report a law; a related item that dates to the day what the main text mentions as
background is the one kept."""

from .reading_helpers import CALIFORNIA, TEXAS, feed, iso, item, plain, read


def test_a_law_named_with_its_state_in_the_signing_is_that_states():
    proposals = read(
        plain(
            "California's governor signed House Bill 5 on May 1.\n\nOn May 11, Governor Bill "
            "Lee signed the Texas Information Protection Act.",
            published="2023-12-19",
        )
    )
    assert [(p.jurisdiction_id, iso(p)) for p in proposals] == [
        (CALIFORNIA.pk, "2023-05-01"),
        (TEXAS.pk, "2023-05-11"),
    ]


def test_a_senate_file_signed_is_a_bill_signed():
    proposals = read(
        plain(
            "Governor Kim Reynolds signed Senate File 262 in Texas on March 28.",
            published="2023-12-19",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2023-03-28")]


def test_the_place_that_went_first_in_a_ranking_is_not_where_the_act_is():
    proposals = read(
        plain(
            "Texas became the second state, after California, with a privacy law when the "
            "governor signed House Bill 1392 on March 2.",
            published="2021-04-09",
        )
    )
    assert [p.jurisdiction_id for p in proposals] == [TEXAS.pk]


def test_a_national_groups_call_on_the_state_law_just_reported_is_the_states():
    proposals = read(
        plain(
            "Texas's governor signed House Bill 5 on May 1.\n\nThe American Civil Liberties "
            "Union said the law was too weak and urged lawmakers to add a private right of "
            "action.",
            published="2021-05-09",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [
        ("bill", TEXAS.pk),
        ("campaign", TEXAS.pk),
    ]


def test_an_act_which_someone_signed_is_a_law_enacted_then():
    proposals = read(
        plain(
            "Texas's Data Protection Act, which Governor Greg Abbott signed in June, treats "
            "biometric data as sensitive.",
            published="2023-09-05",
        )
    )
    assert [(p.action_type, iso(p), p.background) for p in proposals] == [
        ("regulation", "2023-06", True)
    ]


def test_a_law_that_has_applied_since_a_day_began_then():
    proposals = read(
        plain(
            "Texas's revised privacy act has applied since September 1, 2023.",
            published="2024-02-20",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2023-09-01")]


def test_a_related_item_that_dates_a_background_signing_to_the_day_is_kept():
    document = feed(
        "Explainer: what Texas's privacy law says about faces",
        "Texas's Data Protection Act, which Governor Greg Abbott signed in June, treats "
        "biometric data as sensitive.",
        published="2023-09-05",
        related=[
            item(
                "Abbott signs privacy bill",
                "Texas Governor Greg Abbott on Monday signed the Texas Data Protection Bill into "
                "law.",
                published="2023-06-14",
            )
        ],
    )
    assert [(iso(p), p.related_index) for p in read(document)] == [("2023-06-12", 0)]
