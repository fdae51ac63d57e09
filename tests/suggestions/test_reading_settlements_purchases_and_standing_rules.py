"""Readings first met in round rf of news the reader had not seen (bench/reading_unseen): a
regulator's settlement with a company, two regulators' settlements on one day, federal bodies
that may no longer buy what a demonym says is foreign, ministries named in the plural as a
government, and a body's standing rules told in passing."""

from .reading_helpers import ITALY, US, feed, iso, item, plain, read


def test_a_regulators_settlement_with_a_company_is_its_enforcement():
    proposals = read(
        plain(
            "The FTC on Wednesday announced a $5 billion settlement with Meta that requires "
            "the company to get users' consent before using face recognition.",
            published="2019-07-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2019-07-24")]


def test_a_company_settling_a_class_action_still_settles_a_suit():
    proposals = read(
        plain(
            "Acme agreed on Wednesday to pay $50 million to settle a class action.",
            published="2019-07-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2019-07-24")]


def test_two_regulators_settling_with_one_company_on_one_day_are_two_acts():
    proposals = read(
        feed(
            "FTC settles with Meta over face recognition",
            "The FTC on Wednesday announced a $5 billion settlement with Meta.",
            published="2019-07-24",
            related=[
                item(
                    "Meta to pay Italian regulator",
                    "The Garante said on Wednesday that Meta misled users, and agreed to pay "
                    "$100 million.",
                    published="2019-07-24",
                )
            ],
        )
    )
    assert [(p.action_type, iso(p), p.related_index) for p in proposals] == [
        ("enforcement", "2019-07-24", None),
        ("enforcement", "2019-07-24", 0),
    ]


def test_federal_agencies_that_may_no_longer_buy_foreign_cameras_are_barred_at_home():
    proposals = read(
        plain(
            "Federal agencies may no longer buy cameras made by two Italian companies, "
            "including Acme, under rules that took effect on Tuesday. Acme's cameras are "
            "widely used by U.S. cities.",
            published="2019-08-14",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("ban", "2019-08-13", US.pk)
    ]


def test_a_bodys_rules_told_in_passing_bar_nothing_new():
    proposals = read(
        plain(
            "The GAO found that as of May 2020 the agency had audited only one of its partners "
            "to see whether they followed its rules, which bar them from keeping the photos.",
            published="2020-09-03",
        )
    )
    assert "ban" not in [p.action_type for p in proposals]


def test_ministries_in_the_plural_that_give_up_a_companys_cameras_are_their_countrys():
    proposals = read(
        plain(
            "Italian ministries no longer use Acme's cameras after a review completed on Tuesday.",
            published="2020-09-03",
        )
    )
    assert [p.jurisdiction_id for p in proposals] == [ITALY.pk]
