"""Readings first met in round qa of news the reader had not seen (bench/reading_unseen): face
scans at railway stations, stadium gates and supermarket doors, where groups are described by
what they campaign for."""

from .reading_helpers import feed, read


def test_groups_described_as_ones_that_campaign_against_a_technology_launch_no_campaign():
    proposals = read(
        feed(
            "Privacy advocates question face scans at the gate",
            "Groups that campaign against facial recognition say workers should be able to "
            "choose a badge instead; the league says staff who opt in have their photo taken "
            "before the season.",
            published="2024-08-16",
        )
    )
    assert [p.action_type for p in proposals] == []
