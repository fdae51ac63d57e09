"""Readings first met in round hc of news the reader had not seen (bench/reading_unseen): a
coalition's joint statement and what it asks for, a worker's claim settled and the claim he
brought, and a proposal for a law published."""

from .reading_helpers import EU, iso, plain, read


def test_a_coalitions_joint_statement_calling_on_lawmakers_is_its_campaign():
    proposals = read(
        plain(
            "Today, European Digital Rights and 114 other organisations published a joint "
            "statement calling on the European Parliament and the Council of the European Union "
            "to put fundamental rights first.",
            published="2021-11-30",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("campaign", "2021-11-30", EU.pk)
    ]


def test_a_group_that_asks_for_a_full_ban_campaigns_for_it():
    proposals = read(plain("Amnesty International asks for a full ban on face scans in the EU."))
    assert [p.action_type for p in proposals] == ["campaign"]


def test_a_claim_settled_is_a_step_of_the_suit():
    proposals = read(
        plain(
            "A courier has settled his claim against Acme, the ACLU said on Tuesday.",
            published="2024-03-26",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2024-03-26")]


def test_a_claim_which_he_brought_in_a_month_is_filed_then():
    proposals = read(
        plain(
            "The ACLU paid for his claim in the tribunal, which he brought in October 2021.",
            published="2024-03-26",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2021-10")]


def test_a_proposal_for_a_law_published_is_a_bill():
    proposals = read(
        plain(
            "The European Commission published its proposal for the Act on 21 April.",
            published="2021-11-30",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2021-04-21")]
