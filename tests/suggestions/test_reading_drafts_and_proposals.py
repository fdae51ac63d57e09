"""Readings first met in round rd of news the reader had not seen (bench/reading_unseen): a
cabinet's draft law, a proposal to change a law, and groups described by what they campaign for."""

from .reading_helpers import iso, plain, read


def test_a_draft_law_a_cabinet_approved_is_a_bill():
    proposals = read(
        plain(
            "Italy's cabinet approved on Tuesday a draft law to put the AI Act into practice.",
            published="2025-03-12",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2025-03-11")]


def test_a_law_a_cabinet_approved_is_still_enacted():
    proposals = read(
        plain(
            "The Italian Parliament approved on Tuesday a law on cameras.", published="2025-03-12"
        )
    )
    assert [p.action_type for p in proposals] == ["regulation"]


def test_a_proposal_to_push_back_a_laws_obligations_is_a_bill():
    proposals = read(
        plain(
            "The Italian Parliament's government proposed on Wednesday to push back the AI "
            "Act's obligations for high-risk systems.",
            published="2025-11-19",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2025-11-19")]


def test_groups_campaigning_against_it_are_described_not_campaigning():
    proposals = read(
        plain(
            "Groups campaigning against facial recognition noted that the Italian Parliament's "
            "text is silent on cameras.",
            published="2025-09-18",
        )
    )
    assert proposals == []
