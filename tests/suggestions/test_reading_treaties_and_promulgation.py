"""Readings first met in rounds te and ve of news the reader had not seen (bench/reading_unseen):
a law promulgated, states signing a treaty together, rules notified, and a bill that died on the
order paper."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_law_that_was_promulgated_was_enacted():
    proposals = read(plain("The AI Basic Act was promulgated on Tuesday.", published="2025-01-21"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-01-21")]


def test_states_that_signed_a_treaty_together_make_one_act():
    proposals = read(
        plain(
            "Italy and the Netherlands signed the Council of Europe's Framework Convention on "
            "Artificial Intelligence on Tuesday.",
            published="2025-02-12",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("regulation", "2025-02-11", ITALY.pk)
    ]


def test_states_that_passed_bans_together_still_make_one_each():
    proposals = read(
        plain(
            "Italy and the Netherlands passed laws on Tuesday that ban face recognition in "
            "public places.",
            published="2025-02-12",
        )
    )
    assert len(proposals) == 2


def test_rules_a_ministry_notified_are_made():
    proposals = read(
        plain(
            "The Federal Trade Commission on Thursday notified the Digital Personal Data "
            "Protection Rules, 2025, bringing the act into operation in stages.",
            published="2025-11-14",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-11-13")]


def test_a_bill_that_died_on_the_order_paper_ended_unpassed():
    proposals = read(
        plain(
            "Canada's Bill C-27 died on the order paper on Monday when Parliament was prorogued.",
            published="2025-01-08",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2025-01-06")]
