"""A parliament's motion or resolution that asks a government to ban: its call, probed beside
round fc of news the reader had not seen (bench/reading_unseen), as "a resolution calling for
a ban" already was."""

from .reading_helpers import PARLIAMENT, iso, one, plain


def test_a_motion_asking_the_government_to_ban_is_a_campaign():
    proposal = one(
        plain(
            "The Italian Parliament on Tuesday adopted a motion asking the government to ban "
            "facial recognition in public spaces.",
            published="2021-03-10",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2021-03-09")
    assert PARLIAMENT.pk in [pk for pk, _role in proposal.organisations]


def test_a_resolution_urging_the_union_to_ban_is_a_campaign():
    proposal = one(
        plain(
            "The Italian Parliament on Tuesday passed a resolution urging the EU to ban "
            "facial recognition in public spaces.",
            published="2021-03-10",
        )
    )
    assert proposal.action_type == "campaign"


def test_an_ordinance_that_bans_still_bans():
    proposal = one(
        plain(
            "The Portland City Council on Tuesday passed an ordinance that bans facial "
            "recognition.",
            published="2021-03-10",
        )
    )
    assert proposal.action_type == "ban"
