"""Readings first met in round jc of news the reader had not seen (bench/reading_unseen): an
inquiry announced by a regulator and its counterparts in several places, dated "on the 21st"."""

from .reading_helpers import US, iso, plain, read


def test_regulators_that_announced_they_would_investigate_opened_an_inquiry():
    proposals = read(
        plain(
            "The Federal Trade Commission announced on Friday that it would investigate Acme.",
            published="2020-02-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2020-02-21")]


def test_on_the_21st_is_that_day_of_the_month_of_publication():
    proposals = read(
        plain("The Federal Trade Commission fined Acme on the 21st.", published="2020-02-24")
    )
    assert [iso(p) for p in proposals] == ["2020-02-21"]


def test_on_the_21st_said_early_in_a_month_is_that_day_of_the_month_before():
    proposals = read(
        plain("The Federal Trade Commission fined Acme on the 21st.", published="2020-03-03")
    )
    assert [iso(p) for p in proposals] == ["2020-02-21"]


def test_a_regulator_and_its_counterparts_in_three_states_act_once_in_the_country():
    proposals = read(
        plain(
            "The Federal Trade Commission and its counterparts in California, Maine and Texas "
            "announced on Friday that they would jointly investigate Acme.",
            published="2020-02-24",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("enforcement", US.pk)]
