"""Readings first met in rounds na-nc of news the reader had not seen (bench/reading_unseen):
a president's executive order, a group's case said in a report it released, a government
revoking or rescinding a measure of its own, and the year of the measure it rescinds."""

from .reading_helpers import ITALY, US, iso, plain, read


def test_a_presidents_executive_order_is_a_regulation_the_president_makes():
    proposals = read(
        plain(
            "President Jane Doe on Wednesday signed an executive order that directs federal "
            "agencies in the United States to study facial recognition.",
            published="2022-05-26",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("regulation", "2022-05-25", US.pk)
    ]


def test_a_groups_case_said_in_a_report_it_released_is_its_campaign():
    proposals = read(
        plain(
            "Amnesty International said in a report released on Tuesday that the government "
            "should act promptly to limit facial recognition in Italy.",
            published="2024-01-26",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("campaign", "2024-01-23", ITALY.pk)
    ]


def test_a_government_revoking_an_order_repeals_it():
    proposals = read(
        plain(
            "President Jane Doe on Monday revoked the executive order that limited face scans "
            "in the United States.",
            published="2025-01-21",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("repeal", "2025-01-20", US.pk)
    ]


def test_a_year_between_the_verb_and_the_measure_dates_the_measure_not_the_act():
    proposals = read(
        plain(
            "In April, the Federal Trade Commission rescinded its 2019 policy on face scans in "
            "the United States.",
            published="2025-05-06",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("repeal", "2025-04", US.pk)
    ]


def test_a_final_rule_an_agency_publishes_is_a_regulation():
    # "published a final rule on Monday that lets ...": an agency's rule, singular and final.
    proposals = read(
        plain(
            "The Federal Trade Commission published a final rule on Monday that lets it "
            "photograph every visitor to the United States.",
            published="2025-10-27",
        )
    )
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("regulation", US.pk, "2025-10-27")
    ]
