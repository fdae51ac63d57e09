"""Readings first met in round az of news the reader had not seen (bench/reading_unseen): a
government's deal for a system, dated by the month it was "signed in" though the sentence looks
ahead, and a court's order whose supervision falls to a regulator."""

from .reading_helpers import ITALY, TEXAS, iso, one, plain


def test_a_deal_to_build_a_facial_recognition_system_authorises_it_in_the_month_signed():
    proposal = one(
        plain(
            "Italy's government has agreed to a deal with Acme to build a national facial "
            "recognition system. The agreement, signed in March, will give Acme access to "
            "millions of faces.",
            published="2018-04-12",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2018-03",
        ITALY.pk,
    )


def test_a_courts_order_is_its_ruling_though_a_regulator_is_to_supervise_it():
    proposal = one(
        plain(
            "The Texas Supreme Court ruled on Monday that Acme had collected data unlawfully and "
            "ordered it to delete the scans under the supervision of the FTC.",
            published="2025-05-06",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "court_ruling",
        "2025-05-05",
        TEXAS.pk,
    )
